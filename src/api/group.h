// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// An organization group (schema GroupResponse).
struct Group
{
    QString id;
    QString name;
    QString groupType; // see ProjectGroup::groupType
    qint64 createdAt = 0;
    bool isScimManaged = false;

    static std::optional<Group> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(Group, Q_RELOCATABLE_TYPE);
