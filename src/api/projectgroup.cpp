// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectgroup.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<ProjectGroup> ProjectGroup::fromJson(const QJsonObject &object)
{
    ProjectGroup group;
    if (!hasObjectType(object, QLatin1String("project.group"))
        || !requiredString(object, QLatin1String("group_id"), &group.groupId) || group.groupId.isEmpty()
        || !requiredString(object, QLatin1String("group_name"), &group.groupName)
        || !nullableString(object, QLatin1String("group_type"), &group.groupType)
        || !requiredString(object, QLatin1String("project_id"), &group.projectId)
        || !requiredTime(object, QLatin1String("created_at"), &group.createdAt))
        return std::nullopt;
    return group;
}
