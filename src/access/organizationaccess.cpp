// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationaccess.h"

QString OrganizationAccess::memberId(const AccessEntry &entry) const
{
    switch (entry.type) {
    case MemberType::User: return people.at(entry.member).id;
    case MemberType::ServiceAccount: return serviceAccounts.at(entry.member).id;
    case MemberType::Group: return groups.at(entry.member).id;
    }
    return {};
}

QString OrganizationAccess::memberName(const AccessEntry &entry) const
{
    switch (entry.type) {
    case MemberType::User: return people.at(entry.member).name;
    case MemberType::ServiceAccount: return serviceAccounts.at(entry.member).name;
    case MemberType::Group: return groups.at(entry.member).name;
    }
    return {};
}

QString OrganizationAccess::memberEmail(const AccessEntry &entry) const
{
    return entry.type == MemberType::User ? people.at(entry.member).email : QString();
}

QStringList OrganizationAccess::csvColumns()
{
    return {QStringLiteral("project_id"),   QStringLiteral("project_name"), QStringLiteral("member_type"),
            QStringLiteral("member_id"),    QStringLiteral("member_name"),  QStringLiteral("member_email"),
            QStringLiteral("role"),         QStringLiteral("via_group_id"), QStringLiteral("via_group_name"),
            QStringLiteral("since")};
}

QString OrganizationAccess::memberTypeWord(MemberType type)
{
    switch (type) {
    case MemberType::User: return QStringLiteral("user");
    case MemberType::ServiceAccount: return QStringLiteral("service_account");
    case MemberType::Group: return QStringLiteral("group");
    }
    return {};
}

QString OrganizationAccess::isoTime(qint64 seconds)
{
    return seconds < 0 ? QString() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QStringList OrganizationAccess::csvFields(const AccessEntry &entry) const
{
    const Project &project = projects.at(entry.project);
    const Group *via = entry.viaGroup >= 0 ? &groups.at(entry.viaGroup) : nullptr;
    return {project.id,
            project.name,
            memberTypeWord(entry.type),
            memberId(entry),
            memberName(entry),
            memberEmail(entry),
            roleOf(entry),
            via ? via->id : QString(),
            via ? via->name : QString(),
            isoTime(entry.since)};
}
