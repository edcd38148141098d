// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoorganization.h"
#include "listingsource.h"
#include "serveranswer.h"
#include "serverrequest.h"

#include <optional>
#include <variant>

// The eleven list operations of the OpenAI Admin API over a DemoOrganization: for a request, the
// listing it asks for, or the error the API answers instead (unknown project or group, archived
// project, a bad order or filter). Paging itself is AdminApiServer's.
class AdminApiListings
{
public:
    using Result = std::variant<ServerAnswer, ListingSource>;

    explicit AdminApiListings(const DemoOrganization &organization);

    Result projects(const ServerRequest &request);
    Result projectUsers(const ServerRequest &request, const QString &projectId);
    Result projectGroups(const ServerRequest &request, const QString &projectId);
    Result projectServiceAccounts(const ServerRequest &request, const QString &projectId);
    Result projectApiKeys(const ServerRequest &request, const QString &projectId);
    Result groups(const ServerRequest &request);
    Result groupUsers(const ServerRequest &request, const QString &groupId);
    Result organizationUsers(const ServerRequest &request);
    // The role listings live under /projects, not /organization/projects.
    Result projectRoles(const ServerRequest &request, const QString &projectId);
    Result userRoles(const ServerRequest &request, const QString &projectId, const QString &userId);
    Result groupRoles(const ServerRequest &request, const QString &projectId, const QString &groupId);

private:
    static std::optional<ServerAnswer> orderError(const ServerRequest &request);

    const DemoOrganization &m_organization;
};
