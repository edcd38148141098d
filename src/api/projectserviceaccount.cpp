// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectserviceaccount.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<ProjectServiceAccount> ProjectServiceAccount::fromJson(const QJsonObject &object)
{
    ProjectServiceAccount account;
    if (!hasObjectType(object, QLatin1String("organization.project.service_account"))
        || !requiredString(object, QLatin1String("id"), &account.id) || account.id.isEmpty()
        || !requiredString(object, QLatin1String("name"), &account.name)
        || !requiredString(object, QLatin1String("role"), &account.role)
        || !requiredTime(object, QLatin1String("created_at"), &account.createdAt))
        return std::nullopt;
    return account;
}
