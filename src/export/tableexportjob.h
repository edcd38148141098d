// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"
#include "exportformat.h"
#include "exportresult.h"
#include "exporttable.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>

class ModelSnapshot;
class QAbstractItemModel;
class QThread;

// Exports rows of any QAbstractItemModel to a file without holding up the model's thread: the
// cells are read there a slice of a few milliseconds at a time (ModelSnapshot), between the
// event loop's turns, and a worker thread formats and writes each slice as it comes
// (TableFileWriter: CSV through QSaveFile, or XLSX), so reading and writing overlap. From one of
// Roster's record tables the cells are shared in O(1) and a slice only maps rows through the
// view's sort and filter; the worker reads the records.
//   auto *job = new TableExportJob(proxy, view->allRows(), view->visibleColumns(), settings, this);
//   connect(job, &TableExportJob::finished, this, [](const ExportResult &r) { ... });
//   job->start();
// cancel() stops it: no file appears and an earlier file at the path is left as it was. If the
// table's rows move or go while they are read (a reset, a re-sort, rows removed or inserted
// above the last one exported), the export stops with a message rather than write a mix.
class TableExportJob : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString path;
        ExportFormat format = ExportFormat::Csv;
        CsvOptions csv;        // CSV only
        QString sheetName;     // XLSX only: the sheet's name
    };

    // `rows` and `columns` of `model` in the order given (see ModelSnapshot). The model must
    // outlive the reading; if it is destroyed first the export fails with a message.
    TableExportJob(const QAbstractItemModel *model, QVector<int> rows, QVector<int> columns, Settings settings,
                   QObject *parent = nullptr);
    // Cancels a running export and waits for its worker.
    ~TableExportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowCount() const { return m_rowCount; }
    const Settings &settings() const { return m_settings; }

    // The longest the model's thread reads in one turn of its event loop.
    static constexpr qint64 SliceNs = 4'000'000;

Q_SIGNALS:
    // Rows written so far, in increasing order; the last is rowCount() when all went well.
    void progress(qint64 rowsWritten, qint64 rowCount);
    // Every row has been read and handed to the writer, which now completes the file (an XLSX is
    // compressed then, about half a second for 100 000 rows). Cancel no longer stops it; a
    // failure still leaves any earlier file as it was. Not sent when the export stops before.
    void savingFile();
    // Once, at the end.
    void finished(const ExportResult &result);

private:
    class Queue;

    void readSlice();
    void stopReading(const QString &why);
    void watchModel();
    void write(const std::shared_ptr<Queue> &queue, const QVector<ExportTable::Column> &columns);
    void finish(ExportResult result);

    QPointer<const QAbstractItemModel> m_model;
    Settings m_settings;
    std::unique_ptr<ModelSnapshot> m_snapshot;
    std::shared_ptr<Queue> m_queue;
    std::unique_ptr<QThread> m_worker;
    ExportResult m_result; // written by the worker before it ends, read after QThread::finished
    qint64 m_rowCount = 0;
    int m_highestRow = -1;
    QString m_readError;
    bool m_running = false;
    bool m_reading = false;
};
