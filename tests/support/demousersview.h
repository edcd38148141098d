// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo project's users read whole from the local server and seen through the window's
// proxy: the view an export starts from, for the tests that hold an export against it.

#include "modeltestsupport.h"

#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"

struct DemoUsersView
{
    LocalApi api;
    ProjectUsersModel model{api.client.get()};
    TableFilterProxyModel proxy;

    // Reads every user of the demo project; true when the listing finished complete.
    bool load()
    {
        model.setProjectId(RosterDemo);
        proxy.setSourceModel(&model);
        return loadAllAndWait(model);
    }
};
