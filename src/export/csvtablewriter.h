// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvwriter.h"
#include "tablefilewriter.h"

#include <QCoreApplication>
#include <QSaveFile>

// A CSV file written a chunk of rows at a time through QSaveFile: the bytes are those of
// TableExport::toCsv for the same cells, and the file appears only once complete.
class CsvTableWriter : public TableFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    CsvTableWriter(const QString &path, const CsvOptions &options);

    bool beginTable(const QString &name, const QVector<ExportTable::Column> &columns) override;
    bool appendRows(const ExportTable &rows) override;
    bool commit() override;
    void cancel() override;

private:
    // Rows from which a chunk is formatted on two cores.
    static constexpr qsizetype ParallelRows = 1024;

    // Bytes written before the disk is asked to start on them.
    static constexpr qint64 WriteBackBytes = 1 << 20;

    static void format(const ExportTable &rows, qsizetype first, qsizetype end, CsvWriter &csv);
    bool flush();
    void startWriteBack();

    QString m_path;
    QString m_folder;
    QSaveFile m_file;
    CsvWriter m_csv;
    qint64 m_rowsWritten = 0;
    qint64 m_bytesWritten = 0; // the header's too: a few bytes more room per row
    qint64 m_writeBackFrom = 0; // where the bytes not yet handed to the disk start
    bool m_begun = false;
};
