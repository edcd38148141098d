// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/accessentry.h"

#include <QString>

// One difference between two access lists, on the key (project, member type, member, via group).
struct AccessChange
{
    enum class Kind : quint8 { Added, Removed, RoleChanged };

    Kind kind = Kind::Added;
    MemberType memberType = MemberType::User;
    QString projectId;
    QString projectName;
    QString memberId;
    QString memberName;
    QString memberEmail;
    QString viaGroupId;   // empty for direct access
    QString viaGroupName;
    QString oldRole;      // empty for an added row
    QString newRole;      // empty for a removed row
};
