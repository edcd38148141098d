// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectgroupsmodel.h"

ProjectGroupsModel::ProjectGroupsModel(ApiClient *client, QObject *parent)
    : RecordTableModel(client, ListingQuery::projectGroups({}), parent)
{
    setColumns({
        {tr("Group"), tr("Group: the group's display name"), QStringLiteral("group_name")},
        {tr("Type"), tr("Type: a group of the organization, or a tenant group"), QStringLiteral("group_type")},
        {tr("Access granted"), tr("Access granted: when the group was given access to the project (your local time)"),
         QStringLiteral("created_at"), true},
        {tr("Group ID"), tr("Group ID: the identifier the API uses for this group"), QStringLiteral("group_id")},
    });
}

void ProjectGroupsModel::setProjectId(const QString &projectId)
{
    setQuery(ListingQuery::projectGroups(projectId, order()));
}

void ProjectGroupsModel::setOrder(Qt::SortOrder order)
{
    if (order == this->order())
        return;
    ListingQuery q = query();
    q.setOrder(order);
    setQuery(q);
}

QVector<ColumnTableModel::Category> ProjectGroupsModel::typeCategories()
{
    const QString group = QStringLiteral("group");
    const QString tenant = QStringLiteral("tenant_group");
    return {{tr("Any type"), {}, false, {}},
            {typeText(group), {group}, false, group},
            {typeText(tenant), {tenant}, false, tenant}};
}

QString ProjectGroupsModel::typeText(const QString &groupType)
{
    if (groupType == QLatin1String("group"))
        return tr("Group");
    if (groupType == QLatin1String("tenant_group"))
        return tr("Tenant group");
    return groupType;
}

const QString &ProjectGroupsModel::textOf(const ProjectGroup &group, int column)
{
    static const QString none;
    switch (column) {
    case NameColumn: return group.groupName;
    case TypeColumn: return group.groupType;
    case IdColumn: return group.groupId;
    default: return none;
    }
}

qint64 ProjectGroupsModel::secondsOf(const ProjectGroup &group, int)
{
    return group.createdAt;
}

QVariant ProjectGroupsModel::rawValue(int row, int column) const
{
    const ProjectGroup &group = record(row);
    if (column == GrantedColumn)
        return secondsOf(group, column);
    // A missing type reads as missing ("—"), as a null one does; both export as empty.
    if (column == TypeColumn && group.groupType.isEmpty())
        return QString();
    return textOf(group, column);
}

QString ProjectGroupsModel::displayText(int column, const QString &raw) const
{
    return column == TypeColumn ? typeText(raw) : raw;
}
