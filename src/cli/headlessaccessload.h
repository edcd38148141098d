// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/organizationaccess.h"

#include <QCoreApplication>

#include <memory>

class ApiClient;

// Runs an organization-wide load to its end without a window, saying on stderr (where a
// person watches) how far it is, and naming each project that could not be read.
class HeadlessAccessLoad
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessAccessLoad)

public:
    static std::shared_ptr<const OrganizationAccess> run(ApiClient &client, bool includeArchived, int concurrency);
    // One line per failure on stderr: "project proj_x (Name): reason".
    static void reportFailures(const OrganizationAccess &access);
};
