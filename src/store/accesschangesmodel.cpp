// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesschangesmodel.h"

#include "access/accesslistmodel.h"

AccessChangesModel::AccessChangesModel(QObject *parent)
    : ColumnTableModel(parent)
{
    setColumns({
        {tr("Change"), tr("Change: added, removed, or a role changed"), QStringLiteral("change")},
        {tr("Project"), tr("Project: where the access changed"), QStringLiteral("project_name")},
        {tr("Type"), tr("Type: a person, a service account, or a group granted to the project"),
         QStringLiteral("member_type")},
        {tr("Member"), tr("Member: the person's, service account's or group's name"), QStringLiteral("member_name")},
        {tr("Email"), tr("Email: the person's address"), QStringLiteral("member_email")},
        {tr("Via group"), tr("Via group: the group through which a person has access; empty for a direct member"),
         QStringLiteral("via_group_name")},
        {tr("Old role"), tr("Old role: the role before; empty for an added row"), QStringLiteral("old_role")},
        {tr("New role"), tr("New role: the role after; empty for a removed row"), QStringLiteral("new_role")},
        {tr("Project ID"), tr("Project ID: the identifier the API uses for the project"), QStringLiteral("project_id")},
        {tr("Member ID"), tr("Member ID: the identifier the API uses for the member"), QStringLiteral("member_id")},
        {tr("Via group ID"), tr("Via group ID: the identifier of the group"), QStringLiteral("via_group_id")},
    });
}

void AccessChangesModel::setDiff(AccessDiff diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    endResetModel();
}

int AccessChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes().size());
}

QVector<ColumnTableModel::Category> AccessChangesModel::categories() const
{
    const QString added = AccessDiff::kindWord(AccessChange::Kind::Added);
    const QString removed = AccessDiff::kindWord(AccessChange::Kind::Removed);
    const QString roleChanged = AccessDiff::kindWord(AccessChange::Kind::RoleChanged);
    return {{tr("Every change"), {}, false, {}},
            {tr("Added"), {added}, false, added},
            {tr("Removed"), {removed}, false, removed},
            {tr("Role changes"), {roleChanged}, false, roleChanged}};
}

QVariant AccessChangesModel::rawValue(int row, int column) const
{
    const AccessChange &change = m_diff.changes().at(row);
    switch (column) {
    case ChangeColumn: return AccessDiff::kindWord(change.kind);
    case ProjectNameColumn: return change.projectName;
    case MemberTypeColumn: return OrganizationAccess::memberTypeWord(change.memberType);
    case MemberNameColumn: return change.memberName;
    case MemberEmailColumn: return change.memberEmail;
    case ViaGroupNameColumn: return change.viaGroupName;
    case OldRoleColumn: return change.oldRole;
    case NewRoleColumn: return change.newRole;
    case ProjectIdColumn: return change.projectId;
    case MemberIdColumn: return change.memberId;
    case ViaGroupIdColumn: return change.viaGroupId;
    default: return {};
    }
}

QString AccessChangesModel::displayText(int column, const QString &raw) const
{
    if (column == ChangeColumn) {
        if (raw == AccessDiff::kindWord(AccessChange::Kind::Added))
            return tr("Added");
        if (raw == AccessDiff::kindWord(AccessChange::Kind::Removed))
            return tr("Removed");
        return tr("Role changed");
    }
    if (column == MemberTypeColumn) {
        for (MemberType type : {MemberType::User, MemberType::ServiceAccount, MemberType::Group}) {
            if (raw == OrganizationAccess::memberTypeWord(type))
                return AccessListModel::memberTypeText(type);
        }
    }
    return raw;
}
