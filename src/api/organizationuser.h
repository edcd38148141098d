// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A member of the organization (schema User). Name, email and role are nullable; the role is
// documented as owner or reader but is not an enum, so it is kept as the server sent it.
// The optional extras (nested user, projects, SCIM flags) are not read: Roster needs none of them.
struct OrganizationUser
{
    QString id;
    QString name;
    QString email;
    QString role;
    qint64 addedAt = 0;

    static std::optional<OrganizationUser> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(OrganizationUser, Q_RELOCATABLE_TYPE);
