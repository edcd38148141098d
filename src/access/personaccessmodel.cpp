// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaccessmodel.h"

PersonAccessModel::PersonAccessModel(QObject *parent)
    : ColumnTableModel(parent)
{
    setColumns({
        {tr("Project"), tr("Project: a project this person can use"), QStringLiteral("project_name")},
        {tr("Role"), tr("Role: the person's project role as a direct member; empty through a group"),
         QStringLiteral("role")},
        {tr("Path"), tr("Path: a direct membership, or the group that grants the access"), QStringLiteral("via_group_name")},
        {tr("Since"), tr("Since: when the access began (your local time)"), QStringLiteral("since"), true},
        {tr("Project ID"), tr("Project ID: the identifier the API uses for the project"), QStringLiteral("project_id")},
        {tr("Via group ID"), tr("Via group ID: the identifier of the group"), QStringLiteral("via_group_id")},
    });
}

void PersonAccessModel::setAccess(std::shared_ptr<const OrganizationAccess> access)
{
    beginResetModel();
    m_access = std::move(access);
    m_person = -1;
    endResetModel();
}

void PersonAccessModel::setPerson(int person)
{
    beginResetModel();
    m_person = m_access && person >= 0 && person < m_access->people.size() ? person : -1;
    endResetModel();
}

int PersonAccessModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_person < 0)
        return 0;
    return int(m_access->entriesOfPerson.at(m_person).size());
}

const AccessEntry &PersonAccessModel::entry(int row) const
{
    return m_access->entries.at(m_access->entriesOfPerson.at(m_person).at(row));
}

QVariant PersonAccessModel::rawValue(int row, int column) const
{
    const AccessEntry &e = entry(row);
    const OrganizationAccess::Group *via = e.viaGroup >= 0 ? &m_access->groups.at(e.viaGroup) : nullptr;
    switch (column) {
    case ProjectNameColumn: return m_access->projects.at(e.project).name;
    case RoleColumn: return m_access->roleOf(e);
    // Raw: the group's name, or "" for a direct membership (so exports and sorts see the path).
    case PathColumn: return via ? via->name : QString(QLatin1String(""));
    case SinceColumn: return e.since;
    case ProjectIdColumn: return m_access->projects.at(e.project).id;
    case ViaGroupIdColumn: return via ? via->id : QString();
    default: return {};
    }
}

QString PersonAccessModel::displayText(int column, const QString &raw) const
{
    if (column == PathColumn)
        return raw.isEmpty() ? tr("Direct") : tr("Via group %1").arg(raw);
    if (column == RoleColumn) {
        if (raw == QLatin1String("owner"))
            return tr("Owner");
        if (raw == QLatin1String("member"))
            return tr("Member");
    }
    return raw;
}
