// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"
#include "exportformat.h"
#include "exporttable.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Writes tables into one file, chunk by chunk, atomically: nothing shows at the file's path
// until commit() succeeds, and a failure or cancel() leaves any earlier file there untouched.
// Used from one thread at a time (a worker): it never touches a model.
class TableFileWriter
{
public:
    virtual ~TableFileWriter() = default;

    // A writer for `format` to `path`; `csv` applies to CSV only.
    static std::unique_ptr<TableFileWriter> create(ExportFormat format, const QString &path, const CsvOptions &csv = {});

    // Starts a table with these columns (its header row). `name` names a workbook's sheet; a CSV
    // file holds one table and ignores it.
    virtual bool beginTable(const QString &name, const QVector<ExportTable::Column> &columns) = 0;
    // Appends rows (with the columns given to beginTable) to the current table.
    virtual bool appendRows(const ExportTable &rows) = 0;
    // Called, on the writing thread, with the rows of the current table written so far each time
    // more are: rows given to appendRows() may still be being prepared, and the last ones are
    // written by commit().
    void onRowsWritten(std::function<void(qint64 rowsWritten)> report) { m_reportRowsWritten = std::move(report); }
    // Puts the whole file in place of any earlier one.
    virtual bool commit() = 0;
    // Drops what was written; any earlier file stays as it was.
    virtual void cancel() = 0;

    // After a false return: "Could not write “/x/a.csv”: the disk is full."
    QString errorString() const { return m_error; }
    // What the file holds differently from the table (cells cut to a spreadsheet's limit).
    QStringList warnings() const { return m_warnings; }

protected:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    void warn(const QString &warning) { m_warnings.append(warning); }
    void beginCountingRows() { m_rowsWritten = 0; }
    void countRowsWritten(qint64 rows)
    {
        m_rowsWritten += rows;
        if (m_reportRowsWritten)
            m_reportRowsWritten(m_rowsWritten);
    }

private:
    QString m_error;
    QStringList m_warnings;
    std::function<void(qint64)> m_reportRowsWritten;
    qint64 m_rowsWritten = 0;
};
