// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A member of a project (schema ProjectUser). Null name/email stay null QStrings.
struct ProjectUser
{
    QString id;
    QString name;
    QString email;
    // Documented as owner or member, but not an enum: kept exactly as the server sent it.
    QString role;
    qint64 addedAt = 0;

    static std::optional<ProjectUser> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(ProjectUser, Q_RELOCATABLE_TYPE);
