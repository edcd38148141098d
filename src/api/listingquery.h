// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One of the Admin API's list operations Roster reads, with the parameters that must stay the
// same on every page of one listing (limit, order, include_archived).
class ListingQuery
{
public:
    enum class Listing {
        Projects,
        ProjectUsers,
        ProjectGroups,
        Groups,
        GroupUsers,
        OrganizationUsers,
        ProjectServiceAccounts,
    };
    // The two envelope shapes: A has first_id/last_id, B has next.
    enum class Envelope { CursorIds, NextCursor };

    ListingQuery() = default;
    explicit ListingQuery(Listing listing, QString parentId = {});

    static ListingQuery projects(bool includeArchived = false);
    static ListingQuery projectUsers(const QString &projectId);
    static ListingQuery projectGroups(const QString &projectId, Qt::SortOrder order = Qt::AscendingOrder);
    static ListingQuery groups();
    static ListingQuery groupUsers(const QString &groupId);
    static ListingQuery organizationUsers();
    static ListingQuery projectServiceAccounts(const QString &projectId);

    Listing listing() const { return m_listing; }
    QString parentId() const { return m_parentId; }
    // False for a project or group listing with no id yet: there is nothing to ask for.
    bool isRunnable() const;
    Envelope envelope() const;
    // The envelope's field naming the next page's cursor: last_id (A) or next (B).
    QLatin1String envelopeCursorField() const;
    // The field of an item that serves as the cursor when the envelope gives none.
    QString itemIdField() const;
    // The API's largest page for this listing; Roster asks for at most 100.
    int maximumLimit() const;

    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool hasOrder() const;
    Qt::SortOrder order() const { return m_order; }
    void setOrder(Qt::SortOrder order) { m_order = order; }
    bool includeArchived() const { return m_includeArchived; }
    void setIncludeArchived(bool include) { m_includeArchived = include; }

    // Path below the base URL, with the parent id percent-encoded.
    QString path() const;
    // The query string for one page, every value percent-encoded.
    QString queryString(const QString &afterCursor) const;
    // What a 404 is about, for the error message ("project proj_x").
    QString subject() const;

    bool operator==(const ListingQuery &other) const;
    bool operator!=(const ListingQuery &other) const { return !(*this == other); }

private:
    Listing m_listing = Listing::Projects;
    QString m_parentId;
    int m_limit = 100;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_includeArchived = false;
};
