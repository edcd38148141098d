// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationaccessbuilder.h"

#include <QCoreApplication>
#include <QSet>

namespace {

class Builder
{
public:
    explicit Builder(OrganizationAccess &access) : m_access(access) {}

    int person(const QString &id, const QString &name, const QString &email)
    {
        auto it = m_people.constFind(id);
        if (it != m_people.constEnd()) {
            // The organization listing's values stand; a project listing only fills a gap.
            OrganizationAccess::Person &known = m_access.people[*it];
            if (known.name.isNull())
                known.name = name;
            if (known.email.isNull())
                known.email = email;
            return *it;
        }
        const int index = int(m_access.people.size());
        m_access.people.append({id, name, email, QString(), -1});
        m_people.insert(id, index);
        return index;
    }

    int serviceAccount(const ProjectServiceAccount &account)
    {
        auto it = m_serviceAccounts.constFind(account.id);
        if (it != m_serviceAccounts.constEnd())
            return *it;
        const int index = int(m_access.serviceAccounts.size());
        m_access.serviceAccounts.append({account.id, account.name});
        m_serviceAccounts.insert(account.id, index);
        return index;
    }

    int group(const ProjectGroup &grant)
    {
        auto it = m_groups.constFind(grant.groupId);
        if (it != m_groups.constEnd())
            return *it;
        const int index = int(m_access.groups.size());
        m_access.groups.append({grant.groupId, grant.groupName, grant.groupType});
        m_groups.insert(grant.groupId, index);
        return index;
    }

    int role(const QString &word)
    {
        if (word.isNull())
            return -1;
        auto it = m_roles.constFind(word);
        if (it != m_roles.constEnd())
            return *it;
        const int index = int(m_access.roles.size());
        m_access.roles.append(word);
        m_roles.insert(word, index);
        return index;
    }

private:
    OrganizationAccess &m_access;
    QHash<QString, int> m_people;
    QHash<QString, int> m_serviceAccounts;
    QHash<QString, int> m_groups;
    QHash<QString, int> m_roles;
};

} // namespace

void OrganizationAccessBuilder::summarize(OrganizationAccess &access)
{
    const int people = int(access.people.size());
    access.entriesOfPerson = QVector<QVector<int>>(people);
    access.summaries = QVector<OrganizationAccess::PersonSummary>(people);
    QVector<int> lastProject(people, -1);
    const int ownerRole = int(access.roles.indexOf(QStringLiteral("owner")));
    for (int i = 0; i < access.entries.size(); ++i) {
        const AccessEntry &entry = access.entries.at(i);
        if (entry.type != MemberType::User)
            continue;
        access.entriesOfPerson[entry.member].append(i);
        OrganizationAccess::PersonSummary &summary = access.summaries[entry.member];
        // Entries come project by project, so a new project shows as a change of index.
        if (lastProject.at(entry.member) != entry.project) {
            lastProject[entry.member] = entry.project;
            ++summary.projects;
        }
        if (entry.viaGroup < 0) {
            summary.direct = true;
            if (entry.role >= 0 && entry.role == ownerRole)
                ++summary.owned;
        } else {
            summary.viaGroup = true;
        }
        if (summary.earliest < 0 || entry.since < summary.earliest)
            summary.earliest = entry.since;
    }
    access.matrix = AccessMatrix::layOut(access);
}

std::shared_ptr<const OrganizationAccess> OrganizationAccessBuilder::build(const OrganizationListings &listings)
{
    auto access = std::make_shared<OrganizationAccess>();
    access->baseUrl = listings.baseUrl;
    access->loadedAt = listings.loadedAt;
    access->organizationUsersComplete = listings.organizationUsersComplete;
    Builder builder(*access);

    // The organization's own listing first: it names everyone, those in no project too.
    for (const OrganizationUser &user : listings.organizationUsers) {
        const int index = builder.person(user.id, user.name, user.email);
        access->people[index].organizationRole = user.role.isNull() ? QStringLiteral("") : user.role;
        access->people[index].addedAt = user.addedAt;
    }
    if (!listings.organizationUsersComplete) {
        access->failures.append({QString(), QString(),
                                 QCoreApplication::translate("OrganizationAccess",
                                                             "The organization's users could not all be read: %1")
                                     .arg(listings.organizationUsersFailure)});
    }

    if (!listings.projectsFailure.isEmpty()) {
        access->failures.append({QString(), QString(),
                                 QCoreApplication::translate("OrganizationAccess",
                                                             "The projects could not all be listed: %1")
                                     .arg(listings.projectsFailure)});
    }

    qsizetype expected = 0;
    for (const auto &project : listings.projects)
        expected += project.users.size() + project.serviceAccounts.size() + project.groups.size();
    access->entries.reserve(expected);

    for (const OrganizationListings::ProjectListings &listing : listings.projects) {
        if (!listing.complete) {
            access->failures.append({listing.project.id, listing.project.name, listing.failure});
            continue;
        }
        const int project = int(access->projects.size());
        access->projects.append({listing.project.id, listing.project.name, listing.project.isArchived()});
        for (const ProjectUser &user : listing.users) {
            AccessEntry entry;
            entry.project = project;
            entry.type = MemberType::User;
            entry.member = builder.person(user.id, user.name, user.email);
            entry.role = builder.role(user.role);
            entry.since = user.addedAt;
            access->entries.append(entry);
        }
        for (const ProjectServiceAccount &account : listing.serviceAccounts) {
            AccessEntry entry;
            entry.project = project;
            entry.type = MemberType::ServiceAccount;
            entry.member = builder.serviceAccount(account);
            entry.role = builder.role(account.role);
            entry.since = account.createdAt;
            access->entries.append(entry);
        }
        for (const ProjectGroup &grant : listing.groups) {
            AccessEntry groupEntry;
            groupEntry.project = project;
            groupEntry.type = MemberType::Group;
            groupEntry.member = builder.group(grant);
            // A person reached through a group has had access since the group was granted:
            // the API does not say when they joined the group.
            groupEntry.since = grant.createdAt;
            access->entries.append(groupEntry);
            const auto members = listings.groupMembers.constFind(grant.groupId);
            if (members == listings.groupMembers.constEnd())
                continue; // a complete project has every group's members; nothing to add otherwise
            for (const GroupUser &member : *members) {
                AccessEntry entry = groupEntry;
                entry.type = MemberType::User;
                entry.member = builder.person(member.id, member.name, member.email);
                entry.viaGroup = groupEntry.member;
                access->entries.append(entry);
            }
        }
    }
    summarize(*access);
    return access;
}
