// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/organizationaccessbuilder.h"

#include <memory>

// An organization made up without a server, of any size, for the store's tests, benchmark and
// fuzz seeds: `projects` projects, each with `users` direct users drawn from a shared pool,
// one service account, and `groups` groups of `groupMembers` people granted to it. Rows per
// project: users + 1 + groups * (1 + groupMembers). The same arguments give the same organization.
namespace SyntheticOrganization {

inline OrganizationListings listings(int projects, int users, int groups = 2, int groupMembers = 20)
{
    OrganizationListings listings;
    listings.baseUrl = QUrl(QStringLiteral("https://api.example.test/v1"));
    listings.loadedAt = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    const int pool = qMax(1, users * 4);
    for (int person = 0; person < pool; ++person) {
        OrganizationUser user;
        user.id = QStringLiteral("user_%1").arg(person, 6, 10, QLatin1Char('0'));
        user.name = QStringLiteral("Person %1").arg(person);
        user.email = QStringLiteral("person%1@example.test").arg(person);
        user.role = person % 50 == 0 ? QStringLiteral("owner") : QStringLiteral("reader");
        user.addedAt = 1700000000 + person;
        listings.organizationUsers.append(user);
    }
    listings.organizationUsersComplete = true;
    const int groupPool = qMax(1, groups * 5);
    for (int g = 0; g < groupPool; ++g) {
        QVector<GroupUser> members;
        for (int m = 0; m < groupMembers; ++m) {
            const OrganizationUser &user = listings.organizationUsers.at((g * 37 + m * 11) % pool);
            members.append({user.id, user.name, user.email});
        }
        listings.groupMembers.insert(QStringLiteral("group_%1").arg(g), members);
    }
    for (int p = 0; p < projects; ++p) {
        OrganizationListings::ProjectListings project;
        project.project.id = QStringLiteral("proj_%1").arg(p, 5, 10, QLatin1Char('0'));
        project.project.name = QStringLiteral("Project %1").arg(p);
        project.project.status = QStringLiteral("active");
        project.project.createdAt = 1690000000 + p;
        for (int u = 0; u < users; ++u) {
            const OrganizationUser &user = listings.organizationUsers.at((p * 7 + u) % pool);
            project.users.append({user.id, user.name, user.email,
                                  u % 10 == 0 ? QStringLiteral("owner") : QStringLiteral("member"),
                                  1710000000 + qint64(p) * 1000 + u});
        }
        ProjectServiceAccount account;
        account.id = QStringLiteral("svc_%1").arg(p);
        account.name = QStringLiteral("Deploy bot %1").arg(p);
        account.role = QStringLiteral("member");
        account.createdAt = 1720000000 + p;
        project.serviceAccounts.append(account);
        for (int g = 0; g < groups; ++g) {
            const int group = (p + g) % groupPool;
            ProjectGroup grant;
            grant.groupId = QStringLiteral("group_%1").arg(group);
            grant.groupName = QStringLiteral("Team %1").arg(group);
            grant.groupType = QStringLiteral("custom");
            grant.projectId = project.project.id;
            grant.createdAt = 1730000000 + p;
            project.groups.append(grant);
        }
        project.complete = true;
        listings.projects.append(project);
    }
    return listings;
}

inline std::shared_ptr<const OrganizationAccess> access(int projects, int users, int groups = 2, int groupMembers = 20)
{
    return OrganizationAccessBuilder::build(listings(projects, users, groups, groupMembers));
}

} // namespace SyntheticOrganization
