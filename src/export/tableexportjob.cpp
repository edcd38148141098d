// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexportjob.h"

#include "exportlogging.h"

#include "modelsnapshot.h"
#include "tablefilewriter.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QMutex>
#include <QQueue>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

namespace {
// Rows handed to the worker at a time: small enough that it starts writing at once.
constexpr qsizetype ChunkRows = 4096;
} // namespace

// The chunks read on the model's thread, waiting for the worker; and how the two tell each
// other to stop.
class TableExportJob::Queue
{
public:
    void push(ExportTable chunk)
    {
        QMutexLocker lock(&m_mutex);
        m_chunks.enqueue(std::move(chunk));
        m_changed.wakeOne();
    }
    // Every chunk is in.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeOne();
    }
    // Stops the worker: cancelled when `reason` is empty, failed with it otherwise.
    void stop(const QString &reason)
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
        m_reason = reason;
        m_chunks.clear();
        m_changed.wakeOne();
    }
    // The next chunk, waiting for it; false once every chunk was taken or the export stopped.
    bool take(ExportTable &chunk)
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.isEmpty() && !m_closed && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped || m_chunks.isEmpty())
            return false;
        chunk = m_chunks.dequeue();
        return true;
    }
    bool stopped(QString *reason) const
    {
        QMutexLocker lock(&m_mutex);
        if (reason)
            *reason = m_reason;
        return m_stopped;
    }
    std::atomic<bool> writerFailed{false};

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QQueue<ExportTable> m_chunks;
    QString m_reason;
    bool m_closed = false;
    bool m_stopped = false;
};

TableExportJob::TableExportJob(const QAbstractItemModel *model, QVector<int> rows, QVector<int> columns,
                               Settings settings, QObject *parent)
    : QObject(parent), m_model(model), m_settings(std::move(settings))
{
    if (!rows.isEmpty())
        m_highestRow = *std::max_element(rows.cbegin(), rows.cend());
    m_snapshot = std::make_unique<ModelSnapshot>(model, std::move(rows), std::move(columns));
    m_rowCount = m_snapshot->rowCount();
}

TableExportJob::~TableExportJob()
{
    if (m_queue)
        m_queue->stop(QString());
    if (m_worker)
        m_worker->wait();
}

void TableExportJob::start()
{
    if (m_running || m_queue)
        return;
    qCDebug(lcExport).noquote() << "exporting" << rowCount() << "rows as" << exportFormatName(m_settings.format)
                                << "to" << m_settings.path;
    m_running = true;
    m_reading = true;
    m_queue = std::make_shared<Queue>();
    if (!m_model) {
        m_reading = false;
        finish({ExportResult::Outcome::Failed, m_settings.path, 0, tr("There is no table to export."), {}});
        return;
    }
    m_worker.reset(QThread::create([this, queue = m_queue, columns = m_snapshot->columns()] { write(queue, columns); }));
    m_worker->setObjectName(QStringLiteral("roster export"));
    // Reported once the worker has stopped running: waiting for it here never blocks.
    connect(m_worker.get(), &QThread::finished, this, [this] { finish(m_result); });
    m_worker->start();
    watchModel();
    Q_EMIT progress(0, m_rowCount);
    readSlice();
}

void TableExportJob::cancel()
{
    if (!m_running)
        return;
    m_reading = false;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_queue->stop(QString());
}

void TableExportJob::watchModel()
{
    const QAbstractItemModel *model = m_model;
    const auto changed = [this] {
        stopReading(tr("The table changed while it was being read (rows were added, removed or sorted anew), "
                       "so nothing was written. Export again to write the table as it is now."));
    };
    // Rows at or above the last one exported move when rows are inserted or removed there.
    const auto rowsMoveAt = [this, changed](const QModelIndex &parent, int first, int) {
        if (!parent.isValid() && first <= m_highestRow)
            changed();
    };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, changed);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, changed);
    connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, changed);
    connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, changed);
    connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, changed);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, rowsMoveAt);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, rowsMoveAt);
    connect(model, &QObject::destroyed, this,
            [this] { stopReading(tr("The table was closed before it was read, so nothing was written.")); });
}

void TableExportJob::stopReading(const QString &why)
{
    if (!m_reading)
        return;
    m_reading = false;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_queue->stop(why);
}

void TableExportJob::readSlice()
{
    if (!m_reading)
        return;
    if (m_queue->writerFailed || !m_model) {
        // The worker says why (or the model's destroyed() did).
        m_reading = false;
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (!m_snapshot->atEnd()) {
        const qint64 left = SliceNs - clock.nsecsElapsed();
        if (left <= 0)
            break;
        m_queue->push(m_snapshot->read(left, ChunkRows));
    }
    if (m_snapshot->atEnd()) {
        m_reading = false;
        disconnect(m_model, nullptr, this, nullptr);
        m_queue->close();
        return;
    }
    // The next slice after the events that came in meanwhile (input, paints, timers).
    QTimer::singleShot(0, this, &TableExportJob::readSlice);
}

// On the worker thread: never touches the model. Of this object it reads only m_settings and
// m_rowCount, fixed before start(), and posts progress as queued calls.
void TableExportJob::write(const std::shared_ptr<Queue> &queue, const QVector<ExportTable::Column> &columns)
{
    ExportResult result;
    result.path = m_settings.path;
    const std::unique_ptr<TableFileWriter> writer = TableFileWriter::create(m_settings.format, m_settings.path, m_settings.csv);
    // The rows in the file, not those handed over: a writer prepares a few chunks ahead and
    // writes the last ones when it commits, so the bar reaches its end with the last row.
    writer->onRowsWritten([this](qint64 rows) {
        QMetaObject::invokeMethod(this, [this, rows] { Q_EMIT progress(rows, m_rowCount); }, Qt::QueuedConnection);
    });
    bool ok = writer->beginTable(m_settings.sheetName, columns);
    ExportTable chunk;
    qint64 written = 0;
    while (ok && queue->take(chunk)) {
        ok = writer->appendRows(chunk);
        written += chunk.rowCount();
        chunk = ExportTable();
    }
    QString reason;
    if (!ok) {
        queue->writerFailed = true;
        writer->cancel();
        result.error = writer->errorString();
    } else if (queue->stopped(&reason)) {
        writer->cancel();
        result.outcome = reason.isEmpty() ? ExportResult::Outcome::Cancelled : ExportResult::Outcome::Failed;
        result.error = reason;
    } else {
        QMetaObject::invokeMethod(this, &TableExportJob::savingFile, Qt::QueuedConnection);
        if (!writer->commit()) {
            result.error = writer->errorString();
        } else {
            result.outcome = ExportResult::Outcome::Written;
            result.rows = written;
            result.warnings = writer->warnings();
        }
    }
    // Read on this object's thread only after QThread::finished, which comes after this.
    m_result = result;
}

void TableExportJob::finish(ExportResult result)
{
    m_running = false;
    m_reading = false;
    Q_EMIT finished(result);
}
