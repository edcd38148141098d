// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapilistings.h"

#include <QJsonArray>

namespace {

ServerAnswer noProject(const QString &id)
{
    return ServerAnswer::error(404, QStringLiteral("No project found with id '%1'.").arg(id));
}

ServerAnswer noGroup(const QString &id)
{
    return ServerAnswer::error(404, QStringLiteral("No group found with id '%1'.").arg(id));
}

// Documented for project users and project service accounts alone.
ServerAnswer archived(const QString &id)
{
    return ServerAnswer::error(400, QStringLiteral("Project %1 is archived.").arg(id));
}

} // namespace

AdminApiListings::AdminApiListings(const DemoOrganization &organization)
    : m_organization(organization)
{
}

std::optional<ServerAnswer> AdminApiListings::orderError(const ServerRequest &request)
{
    const QString order = request.query.queryItemValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'order': expected 'asc' or 'desc'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("order"));
    return std::nullopt;
}

AdminApiListings::Result AdminApiListings::projects(const ServerRequest &request)
{
    const QString archived = request.query.queryItemValue(QStringLiteral("include_archived"));
    if (!archived.isEmpty() && archived != QLatin1String("true") && archived != QLatin1String("false"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'include_archived'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("include_archived"));
    QVector<int> visible;
    for (int i = 0; i < m_organization.projects().size(); ++i) {
        if (archived == QLatin1String("true") || !m_organization.projects().at(i).archived)
            visible.append(i);
    }
    ListingSource listing;
    listing.count = int(visible.size());
    listing.item = [this, visible](int i) { return m_organization.projectJson(visible.at(i)); };
    listing.indexOf = [this, visible](const QString &id) {
        for (int i = 0; i < visible.size(); ++i) {
            if (m_organization.projects().at(visible.at(i)).id == id)
                return i;
        }
        return -1;
    };
    return listing;
}

AdminApiListings::Result AdminApiListings::projectUsers(const ServerRequest &, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (project->archived)
        return archived(project->id);
    const DemoOrganization::ProjectSpec spec = *project;
    ListingSource listing;
    listing.count = spec.userCount;
    listing.item = [this, spec](int i) { return m_organization.projectUserJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.projectUserPosition(spec, id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::projectGroups(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = spec.groupCount;
    listing.item = [this, spec](int i) { return m_organization.projectGroupJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.projectGroupPosition(spec, id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::projectServiceAccounts(const ServerRequest &, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (project->archived)
        return archived(project->id);
    const DemoOrganization::ProjectSpec spec = *project;
    ListingSource listing;
    listing.count = m_organization.serviceAccountCount(spec);
    listing.item = [this, spec](int i) { return m_organization.serviceAccountJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.serviceAccountPosition(spec, id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::projectApiKeys(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    // Omitted, the spec says "membership-based visibility rules, which may exclude some enabled
    // keys": here, the keys whose owner still has access (as `active`).
    const QString access = request.query.queryItemValue(QStringLiteral("owner_project_access"));
    if (!access.isEmpty() && access != QLatin1String("active") && access != QLatin1String("inactive")
        && access != QLatin1String("any"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'owner_project_access': expected 'active', 'inactive' or 'any'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("owner_project_access"));
    const DemoOrganization::ProjectSpec spec = *project;
    QVector<int> shown;
    for (int i = 0; i < m_organization.apiKeyCount(spec); ++i) {
        const bool active = m_organization.apiKeyOwnerHasAccess(spec, i);
        if (access == QLatin1String("any") || active == (access != QLatin1String("inactive")))
            shown.append(i);
    }
    ListingSource listing;
    listing.count = int(shown.size());
    listing.item = [this, spec, shown](int i) { return m_organization.apiKeyJson(spec, shown.at(i)); };
    listing.indexOf = [this, spec, shown](const QString &id) {
        return int(shown.indexOf(m_organization.apiKeyPosition(spec, id)));
    };
    return listing;
}

AdminApiListings::Result AdminApiListings::groups(const ServerRequest &request)
{
    if (auto bad = orderError(request))
        return *bad;
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 100;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = m_organization.groupCount();
    listing.item = [this](int i) { return m_organization.groupJson(i); };
    listing.indexOf = [this](const QString &id) { return m_organization.groupIndex(id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::groupUsers(const ServerRequest &request, const QString &groupId)
{
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    const QString order = request.query.queryItemValue(QStringLiteral("order"));
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 100;
    // This listing alone defaults to newest first.
    listing.descending = order.isEmpty() || order == QLatin1String("desc");
    listing.count = m_organization.groupUserCount(group);
    listing.item = [this, group](int i) { return m_organization.groupUserJson(group, i); };
    listing.indexOf = [this, group](const QString &id) { return m_organization.groupUserPosition(group, id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::organizationUsers(const ServerRequest &request)
{
    // `emails` is an array: repeated `emails=` items by OpenAPI's default, `emails[]=` as the
    // official SDKs send it. Either way, only the people with one of those addresses.
    QStringList emails;
    bool filtered = false;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("emails") || item.first == QLatin1String("emails[]")) {
            filtered = true;
            emails << item.second;
        }
    }
    ListingSource listing;
    if (!filtered) {
        listing.count = m_organization.personCount();
        listing.item = [this](int i) { return m_organization.personJson(i); };
        listing.indexOf = [this](const QString &id) { return m_organization.personIndex(id); };
    } else {
        QVector<int> people;
        for (const QString &email : std::as_const(emails)) {
            const int person = m_organization.personWithEmail(email);
            if (person >= 0 && !people.contains(person))
                people.append(person);
        }
        std::sort(people.begin(), people.end());
        listing.count = int(people.size());
        listing.item = [this, people](int i) { return m_organization.personJson(people.at(i)); };
        listing.indexOf = [this, people](const QString &id) { return int(people.indexOf(m_organization.personIndex(id))); };
    }
    return listing;
}

AdminApiListings::Result AdminApiListings::projectRoles(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = m_organization.roleCount(spec);
    listing.item = [this, spec](int i) { return m_organization.roleJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.rolePosition(spec, id); };
    return listing;
}

namespace {

// The role assignment listings state no default `limit` or `order`: this server takes the
// catalogue's (1000, oldest first).
int positionOfId(const QVector<QJsonObject> &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

} // namespace

AdminApiListings::Result AdminApiListings::userRoles(const ServerRequest &request, const QString &projectId, const QString &userId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (!m_organization.isUserOf(*project, userId))
        return ServerAnswer::error(404, QStringLiteral("No user found with id '%1'.").arg(userId));
    if (auto bad = orderError(request))
        return *bad;
    const QVector<QJsonObject> rows = m_organization.userRoleAssignments(*project, userId);
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = int(rows.size());
    listing.item = [rows](int i) { return rows.at(i); };
    listing.indexOf = [rows](const QString &id) { return positionOfId(rows, id); };
    return listing;
}

AdminApiListings::Result AdminApiListings::groupRoles(const ServerRequest &request, const QString &projectId, const QString &groupId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    const QVector<QJsonObject> rows = m_organization.groupRoleAssignments(*project, group);
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = int(rows.size());
    listing.item = [rows](int i) { return rows.at(i); };
    listing.indexOf = [rows](const QString &id) { return positionOfId(rows, id); };
    return listing;
}
