// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"
#include "exportformat.h"

#include <QDate>
#include <QString>
#include <QVector>

class QAbstractItemModel;

// The cells of a view to export: `rows` of `model` in the order the view shows them (after
// sort and filter), `columns` in their visual order (hidden ones left out). Headers come from
// headerData(DisplayRole), cells from ModelRoles::ExportRole (ISO 8601 UTC times, empty for null).
struct TableExport
{
    const QAbstractItemModel *model = nullptr;
    QVector<int> rows;
    QVector<int> columns;

    // Every row and column of `model`, in model order.
    static TableExport allOf(const QAbstractItemModel *model);
    // The name a save dialog offers: `proj_abc-users-2026-11-22.csv`. Characters that some
    // file system refuses (/ \ : * ? " < > | and controls) become _.
    static QString suggestedFileName(const QString &projectId, const QString &what, const QDate &date);
    // The same rule for a base name ("proj_abc-users") and a format: `proj_abc-users-2026-11-22.xlsx`.
    static QString suggestedFileName(const QString &baseName, const QDate &date, ExportFormat format);

    QByteArray toCsv(const CsvOptions &options) const;
    // For the clipboard: tab-separated with a header row, LF between rows; fields holding a tab,
    // a newline or a quote are quoted (quotes doubled), so a spreadsheet pastes them cell by cell.
    // Formula-like fields get the same leading ' as a CSV file: a spreadsheet runs pasted text
    // as it runs typed text.
    QString toTsv() const;
    // As toTsv(), choosing the formula guard (off gives the cells' exact text).
    QString toTsv(bool formulaGuard) const;
};
