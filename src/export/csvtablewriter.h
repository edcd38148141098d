// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkpipeline.h"
#include "csvwriter.h"
#include "tablefilewriter.h"

#include <QCoreApplication>
#include <QSaveFile>

// A CSV file written a chunk of rows at a time through QSaveFile: the bytes are those of
// TableExport::toCsv for the same cells, and the file appears only once complete. Chunks are
// formatted on WorkerPool, a few ahead, and written in order on the caller's thread.
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
    // Bytes written before the disk is asked to start on them.
    static constexpr qint64 WriteBackBytes = 1 << 20;

    struct FormattedRows
    {
        CsvWriter csv;
        qsizetype rows = 0;
    };

    static void format(const ExportTable &rows, CsvWriter &csv);
    // Writes a formatted chunk, keeping its buffer for a chunk still to come.
    bool writeChunk(FormattedRows &&chunk);
    bool write(QByteArrayView data);
    void startWriteBack();

    QString m_path;
    QString m_folder;
    QSaveFile m_file;
    CsvOptions m_options;
    QVector<QByteArray> m_writtenBuffers; // for the next chunks to format into
    qint64 m_bytesWritten = 0;
    qint64 m_writeBackFrom = 0; // where the bytes not yet handed to the disk start
    bool m_begun = false;
    ChunkPipeline<FormattedRows> m_chunks; // last, so destroyed first: waits for its tasks
};
