// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessdiff.h"

#include <QHash>
#include <QSet>

namespace {

// The key of a row, borrowing the strings of the access list it comes from.
struct RowKey
{
    const QString *project;
    const QString *member;
    const QString *via; // null for direct access
    MemberType type;

    bool operator==(const RowKey &other) const
    {
        return type == other.type && *project == *other.project && *member == *other.member
               && (via == other.via || (via && other.via && *via == *other.via));
    }
};

size_t qHash(const RowKey &key, size_t seed = 0)
{
    return qHashMulti(seed, *key.project, *key.member, key.via ? *key.via : QString(), int(key.type));
}

const QString NoGroup;

RowKey keyOf(const OrganizationAccess &access, const AccessEntry &entry)
{
    const QString *member = nullptr;
    switch (entry.type) {
    case MemberType::User: member = &access.people.at(entry.member).id; break;
    case MemberType::ServiceAccount: member = &access.serviceAccounts.at(entry.member).id; break;
    case MemberType::Group: member = &access.groups.at(entry.member).id; break;
    }
    return {&access.projects.at(entry.project).id, member,
            entry.viaGroup < 0 ? nullptr : &access.groups.at(entry.viaGroup).id, entry.type};
}

AccessChange changeOf(const OrganizationAccess &access, const AccessEntry &entry, AccessChange::Kind kind)
{
    AccessChange change;
    change.kind = kind;
    change.memberType = entry.type;
    change.projectId = access.projects.at(entry.project).id;
    change.projectName = access.projects.at(entry.project).name;
    change.memberId = access.memberId(entry);
    change.memberName = access.memberName(entry);
    change.memberEmail = access.memberEmail(entry);
    if (entry.viaGroup >= 0) {
        change.viaGroupId = access.groups.at(entry.viaGroup).id;
        change.viaGroupName = access.groups.at(entry.viaGroup).name;
    }
    return change;
}

// Whether the side's project listing itself stopped early: a failure that names no project,
// beyond the organization users' one.
bool projectsListingIncomplete(const OrganizationAccess &access)
{
    int unnamed = 0;
    for (const OrganizationAccess::Failure &failure : access.failures)
        unnamed += failure.projectId.isEmpty() ? 1 : 0;
    return unnamed > (access.organizationUsersComplete ? 0 : 1);
}

} // namespace

AccessDiff AccessDiff::compare(const OrganizationAccess &from, const OrganizationAccess &to)
{
    AccessDiff diff;
    // Projects not to compare: failed on either side, or absent from a side whose projects
    // listing was cut short.
    QHash<QString, IncompleteProject> skipped;
    auto skip = [&](const QString &id, const QString &name, const QString &reason) {
        if (!skipped.contains(id))
            skipped.insert(id, {id, name, reason});
    };
    for (const OrganizationAccess::Failure &failure : from.failures) {
        if (!failure.projectId.isEmpty())
            skip(failure.projectId, failure.projectName, tr("incomplete in the earlier snapshot: %1").arg(failure.reason));
    }
    for (const OrganizationAccess::Failure &failure : to.failures) {
        if (!failure.projectId.isEmpty())
            skip(failure.projectId, failure.projectName, tr("incomplete in the later snapshot: %1").arg(failure.reason));
    }
    QSet<QString> fromProjects, toProjects;
    for (const OrganizationAccess::Project &project : from.projects)
        fromProjects.insert(project.id);
    for (const OrganizationAccess::Project &project : to.projects)
        toProjects.insert(project.id);
    if (projectsListingIncomplete(to)) {
        for (const OrganizationAccess::Project &project : from.projects) {
            if (!toProjects.contains(project.id))
                skip(project.id, project.name, tr("not listed in the later snapshot (its project listing stopped early)"));
        }
    }
    if (projectsListingIncomplete(from)) {
        for (const OrganizationAccess::Project &project : to.projects) {
            if (!fromProjects.contains(project.id))
                skip(project.id, project.name, tr("not listed in the earlier snapshot (its project listing stopped early)"));
        }
    }
    QVector<bool> fromSkipped(from.projects.size()), toSkipped(to.projects.size());
    for (int i = 0; i < from.projects.size(); ++i)
        fromSkipped[i] = skipped.contains(from.projects.at(i).id);
    for (int i = 0; i < to.projects.size(); ++i)
        toSkipped[i] = skipped.contains(to.projects.at(i).id);

    QHash<RowKey, int> before;
    before.reserve(from.entries.size());
    for (int i = 0; i < from.entries.size(); ++i) {
        const AccessEntry &entry = from.entries.at(i);
        if (!fromSkipped.at(entry.project))
            before.insert(keyOf(from, entry), i);
    }
    QVector<bool> matched(from.entries.size());
    QSet<QString> changedProjects;
    for (const AccessEntry &entry : to.entries) {
        if (toSkipped.at(entry.project))
            continue;
        const auto found = before.constFind(keyOf(to, entry));
        if (found == before.constEnd()) {
            AccessChange change = changeOf(to, entry, AccessChange::Kind::Added);
            change.newRole = to.roleOf(entry);
            changedProjects.insert(change.projectId);
            diff.m_changes.append(change);
            ++diff.m_added;
            continue;
        }
        matched[*found] = true;
        const AccessEntry &old = from.entries.at(*found);
        const QString oldRole = from.roleOf(old);
        const QString newRole = to.roleOf(entry);
        if (oldRole != newRole) {
            AccessChange change = changeOf(to, entry, AccessChange::Kind::RoleChanged);
            change.oldRole = oldRole;
            change.newRole = newRole;
            changedProjects.insert(change.projectId);
            diff.m_changes.append(change);
            ++diff.m_roleChanged;
        }
    }
    for (int i = 0; i < from.entries.size(); ++i) {
        const AccessEntry &entry = from.entries.at(i);
        if (matched.at(i) || fromSkipped.at(entry.project))
            continue;
        AccessChange change = changeOf(from, entry, AccessChange::Kind::Removed);
        change.oldRole = from.roleOf(entry);
        changedProjects.insert(change.projectId);
        diff.m_changes.append(change);
        ++diff.m_removed;
    }
    diff.m_projectsChanged = int(changedProjects.size());
    for (const OrganizationAccess::Failure &failure : from.failures + to.failures) {
        const auto found = skipped.find(failure.projectId);
        if (!failure.projectId.isEmpty() && found != skipped.end()) {
            diff.m_incomplete.append(*found);
            skipped.erase(found);
        }
    }
    for (const IncompleteProject &rest : std::as_const(skipped))
        diff.m_incomplete.append(rest);
    return diff;
}

QString AccessDiff::summary() const
{
    // Spelled out rather than through %n: the line reads right without a translation loaded.
    if (m_projectsChanged == 1)
        return tr("%1 added, %2 removed, %3 role changes in 1 project").arg(m_added).arg(m_removed).arg(m_roleChanged);
    return tr("%1 added, %2 removed, %3 role changes in %4 projects")
        .arg(m_added)
        .arg(m_removed)
        .arg(m_roleChanged)
        .arg(m_projectsChanged);
}

QStringList AccessDiff::csvColumns()
{
    return {QStringLiteral("change"),       QStringLiteral("project_id"),   QStringLiteral("project_name"),
            QStringLiteral("member_type"),  QStringLiteral("member_id"),    QStringLiteral("member_name"),
            QStringLiteral("member_email"), QStringLiteral("via_group_id"), QStringLiteral("via_group_name"),
            QStringLiteral("old_role"),     QStringLiteral("new_role")};
}

QString AccessDiff::kindWord(AccessChange::Kind kind)
{
    switch (kind) {
    case AccessChange::Kind::Added: return QStringLiteral("added");
    case AccessChange::Kind::Removed: return QStringLiteral("removed");
    case AccessChange::Kind::RoleChanged: return QStringLiteral("role_changed");
    }
    return {};
}

QStringList AccessDiff::csvFields(const AccessChange &change)
{
    return {kindWord(change.kind),   change.projectId,    change.projectName,
            OrganizationAccess::memberTypeWord(change.memberType),
            change.memberId,         change.memberName,   change.memberEmail,
            change.viaGroupId,       change.viaGroupName, change.oldRole,
            change.newRole};
}
