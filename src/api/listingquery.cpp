// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingquery.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <algorithm>

ListingQuery::ListingQuery(Listing listing, QString parentId)
    : m_listing(listing), m_parentId(std::move(parentId))
{
}

ListingQuery ListingQuery::projects(bool includeArchived)
{
    ListingQuery q(Listing::Projects);
    q.setIncludeArchived(includeArchived);
    return q;
}

ListingQuery ListingQuery::projectUsers(const QString &projectId)
{
    return ListingQuery(Listing::ProjectUsers, projectId);
}

ListingQuery ListingQuery::projectGroups(const QString &projectId, Qt::SortOrder order)
{
    ListingQuery q(Listing::ProjectGroups, projectId);
    q.setOrder(order);
    return q;
}

ListingQuery ListingQuery::groups()
{
    return ListingQuery(Listing::Groups);
}

ListingQuery ListingQuery::groupUsers(const QString &groupId)
{
    return ListingQuery(Listing::GroupUsers, groupId);
}

ListingQuery ListingQuery::organizationUsers()
{
    return ListingQuery(Listing::OrganizationUsers);
}

ListingQuery ListingQuery::projectServiceAccounts(const QString &projectId)
{
    return ListingQuery(Listing::ProjectServiceAccounts, projectId);
}

bool ListingQuery::isRunnable() const
{
    return !m_parentId.isEmpty() || m_listing == Listing::Projects || m_listing == Listing::Groups
        || m_listing == Listing::OrganizationUsers;
}

ListingQuery::Envelope ListingQuery::envelope() const
{
    switch (m_listing) {
    case Listing::Projects:
    case Listing::ProjectUsers:
    case Listing::OrganizationUsers:
    case Listing::ProjectServiceAccounts:
        return Envelope::CursorIds;
    default:
        return Envelope::NextCursor;
    }
}

QLatin1String ListingQuery::envelopeCursorField() const
{
    return envelope() == Envelope::CursorIds ? QLatin1String("last_id") : QLatin1String("next");
}

QString ListingQuery::itemIdField() const
{
    return m_listing == Listing::ProjectGroups ? QStringLiteral("group_id") : QStringLiteral("id");
}

int ListingQuery::maximumLimit() const
{
    // Users, projects and service accounts state 1..100 only in prose; project groups 0..100 and
    // organization groups and their members 0..1000 in the schema. Roster never sends less than 1:
    // a page of nothing would never end a listing.
    switch (m_listing) {
    case Listing::Groups:
    case Listing::GroupUsers:
        return 1000;
    default:
        return 100;
    }
}

void ListingQuery::setLimit(int limit)
{
    m_limit = std::clamp(limit, 1, maximumLimit());
}

bool ListingQuery::hasOrder() const
{
    // Project users, projects, organization users and service accounts take no `order`;
    // sending it anyway could be refused.
    return m_listing == Listing::ProjectGroups || m_listing == Listing::Groups
        || m_listing == Listing::GroupUsers;
}

QString ListingQuery::path() const
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(m_parentId));
    switch (m_listing) {
    case Listing::Projects: return QStringLiteral("/organization/projects");
    case Listing::ProjectUsers: return QStringLiteral("/organization/projects/%1/users").arg(id);
    case Listing::ProjectGroups: return QStringLiteral("/organization/projects/%1/groups").arg(id);
    case Listing::Groups: return QStringLiteral("/organization/groups");
    case Listing::GroupUsers: return QStringLiteral("/organization/groups/%1/users").arg(id);
    case Listing::OrganizationUsers: return QStringLiteral("/organization/users");
    case Listing::ProjectServiceAccounts: return QStringLiteral("/organization/projects/%1/service_accounts").arg(id);
    }
    return {};
}

QString ListingQuery::queryString(const QString &afterCursor) const
{
    QStringList items{QStringLiteral("limit=%1").arg(m_limit)};
    if (!afterCursor.isEmpty())
        items << QStringLiteral("after=") + QString::fromLatin1(QUrl::toPercentEncoding(afterCursor));
    // Group members default to desc on the server; Roster always says which order it wants,
    // so every page of one listing is asked for the same way.
    if (hasOrder())
        items << (m_order == Qt::AscendingOrder ? QStringLiteral("order=asc") : QStringLiteral("order=desc"));
    if (m_listing == Listing::Projects)
        items << (m_includeArchived ? QStringLiteral("include_archived=true")
                                    : QStringLiteral("include_archived=false"));
    return items.join(QLatin1Char('&'));
}

QString ListingQuery::subject() const
{
    switch (m_listing) {
    case Listing::ProjectUsers:
    case Listing::ProjectGroups:
    case Listing::ProjectServiceAccounts:
        return QObject::tr("project %1").arg(m_parentId);
    case Listing::GroupUsers:
        return QObject::tr("group %1").arg(m_parentId);
    default:
        return {};
    }
}

bool ListingQuery::operator==(const ListingQuery &other) const
{
    return m_listing == other.m_listing && m_parentId == other.m_parentId && m_limit == other.m_limit
        && m_order == other.m_order && m_includeArchived == other.m_includeArchived;
}
