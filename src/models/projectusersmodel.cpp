// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectusersmodel.h"

ProjectUsersModel::ProjectUsersModel(ApiClient *client, QObject *parent)
    : RecordTableModel(client, ListingQuery::projectUsers({}), parent)
{
    setColumns({
        {tr("Name"), tr("Name: the user's name, or — when the account has none"), QStringLiteral("name")},
        {tr("Email"), tr("Email: the address the user signs in with"), QStringLiteral("email")},
        {tr("Role"), tr("Role: an owner manages the project; a member uses it"), QStringLiteral("role")},
        {tr("Added"), tr("Added: when the user was added to the project (your local time)"),
         QStringLiteral("added_at"), true},
        {tr("User ID"), tr("User ID: the identifier the API uses for this user"), QStringLiteral("id")},
    });
}

void ProjectUsersModel::setProjectId(const QString &projectId)
{
    setQuery(ListingQuery::projectUsers(projectId));
}

QVector<ColumnTableModel::Category> ProjectUsersModel::roleCategories()
{
    const QString owner = QStringLiteral("owner");
    const QString member = QStringLiteral("member");
    return {{tr("Any role"), {}, false, {}},
            {tr("Owner"), {owner}, false, owner},
            {tr("Member"), {member}, false, member},
            {tr("Other roles"), {owner, member}, true, QStringLiteral("other")}};
}

const QString &ProjectUsersModel::textOf(const ProjectUser &user, int column)
{
    static const QString none;
    switch (column) {
    case NameColumn: return user.name;
    case EmailColumn: return user.email;
    case RoleColumn: return user.role;
    case IdColumn: return user.id;
    default: return none;
    }
}

qint64 ProjectUsersModel::secondsOf(const ProjectUser &user, int)
{
    return user.addedAt;
}

QVariant ProjectUsersModel::rawValue(int row, int column) const
{
    const ProjectUser &user = record(row);
    if (column == AddedColumn)
        return secondsOf(user, column);
    return textOf(user, column);
}

QString ProjectUsersModel::displayText(int column, const QString &raw) const
{
    if (column != RoleColumn)
        return raw;
    // Unknown roles are shown as they come.
    if (raw == QLatin1String("owner"))
        return tr("Owner");
    if (raw == QLatin1String("member"))
        return tr("Member");
    return raw;
}
