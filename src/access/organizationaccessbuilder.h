// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"
#include "organizationlistings.h"

#include <memory>

// Joins the listings of a load into the organization-wide access list. A pure function of
// its input, so it runs on a worker thread while the window stays responsive.
class OrganizationAccessBuilder
{
public:
    static std::shared_ptr<const OrganizationAccess> build(const OrganizationListings &listings);
    // Fills entriesOfPerson, summaries and the matrix from the entries (of a load, or of a stored snapshot).
    static void summarize(OrganizationAccess &access);
};
