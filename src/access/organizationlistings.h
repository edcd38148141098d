// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/groupuser.h"
#include "api/organizationuser.h"
#include "api/project.h"
#include "api/projectgroup.h"
#include "api/projectserviceaccount.h"
#include "api/projectuser.h"

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QVector>

// What an organization-wide load read, listing by listing, before it is joined into
// OrganizationAccess. Rows are kept once each (a row a server sends twice is dropped).
struct OrganizationListings
{
    struct ProjectListings
    {
        Project project;
        QVector<ProjectUser> users;
        QVector<ProjectServiceAccount> serviceAccounts;
        QVector<ProjectGroup> groups;
        // Every listing of the project, and the members of every group granted to it, read
        // to the end. Only complete projects contribute rows.
        bool complete = false;
        QString failure; // why not, in words
    };

    QVector<ProjectListings> projects; // in the order the projects listing gave them
    QString projectsFailure;           // the projects listing itself stopped early
    QHash<QString, QVector<GroupUser>> groupMembers; // by group id; complete groups only
    QVector<OrganizationUser> organizationUsers;
    bool organizationUsersComplete = false;
    QString organizationUsersFailure;
    QUrl baseUrl;
    QDateTime loadedAt;
};
