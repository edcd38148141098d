// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A group's access to a project (schema ProjectGroup). It has no `id`: group_id identifies it.
struct ProjectGroup
{
    QString groupId;
    QString groupName;
    // `group` or `tenant_group`; unknown values kept. The spec's own examples omit this
    // required field, so a missing type is accepted as empty rather than dropping the row.
    QString groupType;
    QString projectId;
    qint64 createdAt = 0; // when the group was granted access

    static std::optional<ProjectGroup> fromJson(const QJsonObject &object);
};

// Only Qt's values and numbers: a listing's QVector grows by realloc instead of moving each record.
Q_DECLARE_TYPEINFO(ProjectGroup, Q_RELOCATABLE_TYPE);
