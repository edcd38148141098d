// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectuser.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<ProjectUser> ProjectUser::fromJson(const QJsonObject &object)
{
    ProjectUser user;
    if (!hasObjectType(object, QLatin1String("organization.project.user"))
        || !requiredString(object, QLatin1String("id"), &user.id) || user.id.isEmpty()
        || !nullableString(object, QLatin1String("name"), &user.name)
        || !nullableString(object, QLatin1String("email"), &user.email)
        || !requiredString(object, QLatin1String("role"), &user.role)
        || !requiredTime(object, QLatin1String("added_at"), &user.addedAt))
        return std::nullopt;
    return user;
}
