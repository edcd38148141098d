// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupuser.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<GroupUser> GroupUser::fromJson(const QJsonObject &object)
{
    GroupUser user;
    if (!requiredString(object, QLatin1String("id"), &user.id) || user.id.isEmpty()
        || !requiredString(object, QLatin1String("name"), &user.name)
        || !nullableString(object, QLatin1String("email"), &user.email))
        return std::nullopt;
    return user;
}
