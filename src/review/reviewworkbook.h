// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporttable.h"
#include "store/accessdiff.h"
#include "store/snapshotsummary.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class SnapshotStore;

// What an auditor asks of a periodic access review, from one stored snapshot: a Summary sheet
// (review date, organization, the reviewer's note, counts, incomplete projects), the Access sheet
// (who had access on that date) and the Changes sheet (since the snapshot before it). Written as
// one XLSX workbook and, for scripts, the same three tables as CSV files beside it.
class ReviewWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(ReviewWorkbook)

public:
    struct Tables
    {
        ExportTable summary;
        ExportTable access;
        ExportTable changes;
    };

    // The three tables. `previous` and `diff` are absent for the first snapshot.
    static Tables tables(const SnapshotSummary &snapshot, const OrganizationAccess &access,
                         const std::optional<SnapshotSummary> &previous, const AccessDiff &diff);
    // Writes `xlsxPath` and, beside it, NAME-summary.csv, NAME-access.csv and NAME-changes.csv
    // (NAME: the workbook's name without .xlsx). Each file is written whole or not at all.
    static bool write(SnapshotStore &store, qint64 snapshotId, const QString &xlsxPath, QString *error,
                      QStringList *written = nullptr);
    static QStringList csvPaths(const QString &xlsxPath);
};
