// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/accessdiff.h"

#include "export/csvoptions.h"

#include <QCoreApplication>

// `roster diff FROM TO --output FILE`: what changed between two snapshots (labels or ids) or a
// snapshot and the organization now (`live`), as CSV. Exit 0 no changes, 1 changes written,
// 2 bad usage, 3 the live organization could not be read, 4 the store or the file failed.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    // argv[1] is "diff". Creates its own QCoreApplication.
    static int run(int argc, char *argv[]);
    // The changes as CSV: exactly AccessDiff::csvColumns(), then one record per change.
    static QByteArray csv(const AccessDiff &diff, const CsvOptions &options);
};
