// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A project of the organization (schema Project), for the project picker.
struct Project
{
    QString id;
    QString name;   // nullable
    QString status; // `active` or `archived`, nullable
    qint64 createdAt = 0;
    qint64 archivedAt = -1; // -1 when not archived

    bool isArchived() const { return archivedAt >= 0 || status == QLatin1String("archived"); }

    static std::optional<Project> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(Project, Q_RELOCATABLE_TYPE);
