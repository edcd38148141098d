// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Project> Project::fromJson(const QJsonObject &object)
{
    Project project;
    if (!hasObjectType(object, QLatin1String("organization.project"))
        || !requiredString(object, QLatin1String("id"), &project.id) || project.id.isEmpty()
        || !nullableString(object, QLatin1String("name"), &project.name)
        || !nullableString(object, QLatin1String("status"), &project.status)
        || !requiredTime(object, QLatin1String("created_at"), &project.createdAt)
        || !nullableTime(object, QLatin1String("archived_at"), &project.archivedAt, -1))
        return std::nullopt;
    return project;
}
