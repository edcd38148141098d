// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A service account of a project (schema ProjectServiceAccount). The schema's role is an enum
// (owner, member, none); an unknown word is still kept as sent rather than dropping the row,
// the same rule as for people's roles.
struct ProjectServiceAccount
{
    QString id;
    QString name;
    QString role;
    qint64 createdAt = 0;

    static std::optional<ProjectServiceAccount> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(ProjectServiceAccount, Q_RELOCATABLE_TYPE);
