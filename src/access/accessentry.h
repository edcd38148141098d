// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How a member reaches a project: a person directly or through a group, a service account,
// or the group itself (a group granted to a project is a row of its own).
enum class MemberType : quint8 { User, ServiceAccount, Group };

// One row of the organization-wide access list, held as indexes into OrganizationAccess's
// tables so that 100 000 rows cost a few megabytes: the strings live once per project,
// person, group and role word.
struct AccessEntry
{
    qint64 since = 0;  // Unix seconds: added (user), created (service account), granted (group)
    int project = -1;  // OrganizationAccess::projects
    int member = -1;   // people, serviceAccounts or groups, by type
    int viaGroup = -1; // OrganizationAccess::groups, for a person reached through a group
    int role = -1;     // OrganizationAccess::roles; -1 where the listing gives none
    MemberType type = MemberType::User;
};
