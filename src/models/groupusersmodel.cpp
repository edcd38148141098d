// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupusersmodel.h"

namespace {
// This listing defaults to newest first on the server; Roster asks for oldest first,
// like every other table, and says so on every page.
ListingQuery membersOf(const QString &groupId)
{
    ListingQuery q = ListingQuery::groupUsers(groupId);
    q.setOrder(Qt::AscendingOrder);
    return q;
}
} // namespace

GroupUsersModel::GroupUsersModel(ApiClient *client, QObject *parent)
    : RecordTableModel(client, membersOf({}), parent)
{
    setColumns({
        {tr("Name"), tr("Name: the member's name"), QStringLiteral("name")},
        {tr("Email"), tr("Email: the member's address, or — when there is none"), QStringLiteral("email")},
        {tr("User ID"), tr("User ID: the identifier the API uses for this user"), QStringLiteral("id")},
    });
}

void GroupUsersModel::setGroupId(const QString &groupId)
{
    setQuery(membersOf(groupId));
}

const QString &GroupUsersModel::textOf(const GroupUser &user, int column)
{
    static const QString none;
    switch (column) {
    case NameColumn: return user.name;
    case EmailColumn: return user.email;
    case IdColumn: return user.id;
    default: return none;
    }
}

qint64 GroupUsersModel::secondsOf(const GroupUser &, int)
{
    return 0;
}

QVariant GroupUsersModel::rawValue(int row, int column) const
{
    return textOf(record(row), column);
}
