// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/snapshotsummary.h"

#include <QCoreApplication>

// `roster snapshots`: the stored snapshots, one line each, oldest first; with --workbook, one
// snapshot's review workbook (XLSX) and its CSV files.
class SnapshotListCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotListCommand)

public:
    // argv[1] is "snapshots". Creates its own QCoreApplication.
    static int run(int argc, char *argv[]);
    // "12  2026-11-25T22:40:07Z  complete  48113 rows  120 projects  0 failed  Q3 review"
    static QString line(const SnapshotSummary &summary);
};
