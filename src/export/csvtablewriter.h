// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvwriter.h"
#include "tablefilewriter.h"

#include <QCoreApplication>
#include <QFuture>
#include <QQueue>
#include <QSaveFile>

// A CSV file written a chunk of rows at a time through QSaveFile: the bytes are those of
// TableExport::toCsv for the same cells, and the file appears only once complete. Chunks are
// formatted on WorkerPool, a few ahead, and written in order on the caller's thread.
class CsvTableWriter : public TableFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    CsvTableWriter(const QString &path, const CsvOptions &options);
    ~CsvTableWriter() override;

    bool beginTable(const QString &name, const QVector<ExportTable::Column> &columns) override;
    bool appendRows(const ExportTable &rows) override;
    bool commit() override;
    void cancel() override;

private:
    // Chunks handed to the pool and not yet written: enough that each of its threads has the
    // next at hand when it finishes one, few enough that little is held in memory.
    static constexpr qsizetype ChunksAhead = 4;

    // Bytes written before the disk is asked to start on them.
    static constexpr qint64 WriteBackBytes = 1 << 20;

    static void format(const ExportTable &rows, CsvWriter &csv);
    // Writes the oldest chunk handed to the pool, once formatted.
    bool writeFormatted();
    bool write(QByteArrayView data);
    void waitForPool();
    void startWriteBack();

    QString m_path;
    QString m_folder;
    QSaveFile m_file;
    CsvOptions m_options;
    CsvOptions m_chunkOptions;
    QQueue<QFuture<CsvWriter>> m_formatting;
    QVector<QByteArray> m_writtenBuffers; // for the next chunks to format into
    qint64 m_bytesWritten = 0;
    qint64 m_writeBackFrom = 0; // where the bytes not yet handed to the disk start
    bool m_begun = false;
};
