// SPDX-License-Identifier: GPL-3.0-or-later
#include "group.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Group> Group::fromJson(const QJsonObject &object)
{
    Group group;
    const QJsonValue scim = object.value(QLatin1String("is_scim_managed"));
    if (!requiredString(object, QLatin1String("id"), &group.id) || group.id.isEmpty()
        || !requiredString(object, QLatin1String("name"), &group.name)
        || !nullableString(object, QLatin1String("group_type"), &group.groupType)
        || !requiredTime(object, QLatin1String("created_at"), &group.createdAt) || !scim.isBool())
        return std::nullopt;
    group.isScimManaged = scim.toBool();
    return group;
}
