// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

// `roster snapshot`: loads the organization as `roster export --what access` does and stores
// the access list as a dated snapshot. Exit 0 stored complete; 3 nothing stored because a
// project could not be read; 5 stored partial (--allow-partial); 4 the store could not be written.
class SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)

public:
    // argv[1] is "snapshot". Creates its own QCoreApplication: no display is needed.
    static int run(int argc, char *argv[]);
};
