// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A member of an organization group (schema GroupUser).
struct GroupUser
{
    QString id;
    QString name;
    QString email; // nullable

    static std::optional<GroupUser> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(GroupUser, Q_RELOCATABLE_TYPE);
