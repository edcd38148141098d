// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslistmodel.h"

AccessListModel::AccessListModel(QObject *parent)
    : ColumnTableModel(parent)
{
    setColumns({
        {tr("Project"), tr("Project: the project the member can use"), QStringLiteral("project_name")},
        {tr("Type"), tr("Type: a person, a service account, or a group granted to the project"),
         QStringLiteral("member_type")},
        {tr("Member"), tr("Member: the person's, service account's or group's name"), QStringLiteral("member_name")},
        {tr("Email"), tr("Email: the person's address"), QStringLiteral("member_email")},
        {tr("Role"), tr("Role: the project role of a direct member or service account"), QStringLiteral("role")},
        {tr("Via group"), tr("Via group: the group through which a person has access; empty for a direct member"),
         QStringLiteral("via_group_name")},
        {tr("Since"), tr("Since: when the member was added, or the group granted (your local time)"),
         QStringLiteral("since"), true},
        {tr("Project ID"), tr("Project ID: the identifier the API uses for the project"), QStringLiteral("project_id")},
        {tr("Member ID"), tr("Member ID: the identifier the API uses for the member"), QStringLiteral("member_id")},
        {tr("Via group ID"), tr("Via group ID: the identifier of the group"), QStringLiteral("via_group_id")},
    });
}

void AccessListModel::setAccess(std::shared_ptr<const OrganizationAccess> access)
{
    beginResetModel();
    m_access = std::move(access);
    endResetModel();
}

int AccessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_access ? 0 : int(m_access->entries.size());
}

QVector<ColumnTableModel::Category> AccessListModel::categories() const
{
    const QString user = OrganizationAccess::memberTypeWord(MemberType::User);
    const QString account = OrganizationAccess::memberTypeWord(MemberType::ServiceAccount);
    const QString group = OrganizationAccess::memberTypeWord(MemberType::Group);
    return {{tr("Every member"), {}, false, {}},
            {tr("People"), {user}, false, user},
            {tr("Service accounts"), {account}, false, account},
            {tr("Groups"), {group}, false, group}};
}

QString AccessListModel::memberTypeText(MemberType type)
{
    switch (type) {
    case MemberType::User: return tr("Person");
    case MemberType::ServiceAccount: return tr("Service account");
    case MemberType::Group: return tr("Group");
    }
    return {};
}

QVariant AccessListModel::rawValue(int row, int column) const
{
    const OrganizationAccess &a = *m_access;
    const AccessEntry &entry = a.entries.at(row);
    const OrganizationAccess::Group *via = entry.viaGroup >= 0 ? &a.groups.at(entry.viaGroup) : nullptr;
    switch (column) {
    case ProjectNameColumn: return a.projects.at(entry.project).name;
    case MemberTypeColumn: return OrganizationAccess::memberTypeWord(entry.type);
    case MemberNameColumn: return a.memberName(entry);
    case MemberEmailColumn: return a.memberEmail(entry);
    case RoleColumn: return a.roleOf(entry);
    case ViaGroupNameColumn: return via ? via->name : QString();
    case SinceColumn: return entry.since;
    case ProjectIdColumn: return a.projects.at(entry.project).id;
    case MemberIdColumn: return a.memberId(entry);
    case ViaGroupIdColumn: return via ? via->id : QString();
    default: return {};
    }
}

QString AccessListModel::displayText(int column, const QString &raw) const
{
    if (column == MemberTypeColumn) {
        if (raw == QLatin1String("user"))
            return memberTypeText(MemberType::User);
        if (raw == QLatin1String("service_account"))
            return memberTypeText(MemberType::ServiceAccount);
        if (raw == QLatin1String("group"))
            return memberTypeText(MemberType::Group);
    }
    if (column == RoleColumn) {
        if (raw == QLatin1String("owner"))
            return tr("Owner");
        if (raw == QLatin1String("member"))
            return tr("Member");
        if (raw == QLatin1String("none"))
            return tr("None");
    }
    return raw;
}
