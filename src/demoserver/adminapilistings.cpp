// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapilistings.h"

#include <QJsonArray>

namespace {

ServerAnswer noGroup(const QString &id)
{
    return ServerAnswer::error(404, QStringLiteral("No group found with id '%1'.").arg(id));
}

// What the API answers instead of a project's listing: 404 for an unknown project and, where
// `refuseArchived` (documented for project users and project service accounts alone), 400 for
// an archived one.
std::optional<ServerAnswer> projectRefusal(const DemoOrganization::ProjectSpec *project, const QString &id,
                                           bool refuseArchived = false)
{
    if (!project)
        return ServerAnswer::error(404, QStringLiteral("No project found with id '%1'.").arg(id));
    if (refuseArchived && project->archived)
        return ServerAnswer::error(400, QStringLiteral("Project %1 is archived.").arg(project->id));
    return std::nullopt;
}

// `listing` over `count` rows, each read by its index; indexOf finds an id's (-1 when absent).
ListingSource withRows(ListingSource listing, int count, std::function<QJsonObject(int)> item,
                       std::function<int(const QString &)> indexOf)
{
    listing.count = count;
    listing.item = std::move(item);
    listing.indexOf = std::move(indexOf);
    return listing;
}

// The listings paged by `after` and `next` rather than first_id/last_id: `limit` from 0, and
// `order` asc (the default) or desc.
ListingSource nextStyleListing(const ServerRequest &request, int maxLimit, int defaultLimit)
{
    ListingSource listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = maxLimit;
    listing.defaultLimit = defaultLimit;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    return listing;
}

int positionOfId(const QVector<QJsonObject> &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

// The role assignment listings state no default `limit` or `order`: this server takes the
// catalogue's (1000, oldest first).
ListingSource roleAssignmentListing(const ServerRequest &request, const QVector<QJsonObject> &rows)
{
    return withRows(nextStyleListing(request, 1000, 1000), int(rows.size()), [rows](int i) { return rows.at(i); },
                    [rows](const QString &id) { return positionOfId(rows, id); });
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
    if (auto refused = projectRefusal(project, projectId, true))
        return *refused;
    const DemoOrganization::ProjectSpec spec = *project;
    return withRows({}, spec.userCount, [this, spec](int i) { return m_organization.projectUserJson(spec, i); },
                    [this, spec](const QString &id) { return m_organization.projectUserPosition(spec, id); });
}

AdminApiListings::Result AdminApiListings::projectGroups(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (auto refused = projectRefusal(project, projectId))
        return *refused;
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    return withRows(nextStyleListing(request, 100, 20), spec.groupCount,
                    [this, spec](int i) { return m_organization.projectGroupJson(spec, i); },
                    [this, spec](const QString &id) { return m_organization.projectGroupPosition(spec, id); });
}

AdminApiListings::Result AdminApiListings::projectServiceAccounts(const ServerRequest &, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (auto refused = projectRefusal(project, projectId, true))
        return *refused;
    const DemoOrganization::ProjectSpec spec = *project;
    return withRows({}, m_organization.serviceAccountCount(spec),
                    [this, spec](int i) { return m_organization.serviceAccountJson(spec, i); },
                    [this, spec](const QString &id) { return m_organization.serviceAccountPosition(spec, id); });
}

AdminApiListings::Result AdminApiListings::projectApiKeys(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (auto refused = projectRefusal(project, projectId))
        return *refused;
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
    return withRows(nextStyleListing(request, 1000, 100), m_organization.groupCount(),
                    [this](int i) { return m_organization.groupJson(i); },
                    [this](const QString &id) { return m_organization.groupIndex(id); });
}

AdminApiListings::Result AdminApiListings::groupUsers(const ServerRequest &request, const QString &groupId)
{
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    ListingSource listing = nextStyleListing(request, 1000, 100);
    // This listing alone defaults to newest first.
    listing.descending = listing.descending || request.query.queryItemValue(QStringLiteral("order")).isEmpty();
    return withRows(listing, m_organization.groupUserCount(group),
                    [this, group](int i) { return m_organization.groupUserJson(group, i); },
                    [this, group](const QString &id) { return m_organization.groupUserPosition(group, id); });
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
    if (auto refused = projectRefusal(project, projectId))
        return *refused;
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    return withRows(nextStyleListing(request, 1000, 1000), m_organization.roleCount(spec),
                    [this, spec](int i) { return m_organization.roleJson(spec, i); },
                    [this, spec](const QString &id) { return m_organization.rolePosition(spec, id); });
}

AdminApiListings::Result AdminApiListings::userRoles(const ServerRequest &request, const QString &projectId, const QString &userId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (auto refused = projectRefusal(project, projectId))
        return *refused;
    if (!m_organization.isUserOf(*project, userId))
        return ServerAnswer::error(404, QStringLiteral("No user found with id '%1'.").arg(userId));
    if (auto bad = orderError(request))
        return *bad;
    return roleAssignmentListing(request, m_organization.userRoleAssignments(*project, userId));
}

AdminApiListings::Result AdminApiListings::groupRoles(const ServerRequest &request, const QString &projectId, const QString &groupId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (auto refused = projectRefusal(project, projectId))
        return *refused;
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    return roleAssignmentListing(request, m_organization.groupRoleAssignments(*project, group));
}
