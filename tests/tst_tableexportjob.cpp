// SPDX-License-Identifier: GPL-3.0-or-later
// An export that reads the table between the event loop's turns and writes on a worker: the same
// bytes as the one-shot export, progress in order while events keep being handled, Cancel and
// failures that leave no file and an earlier file as it was.
#include "export/tableexport.h"
#include "export/tableexportjob.h"
#include "export/tablefilewriter.h"
#include "models/modelroles.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include <QAbstractTableModel>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <numeric>
#include <sys/resource.h>

namespace {

const QByteArray OldContent("Name,Email\r\nold,row\r\n");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeRaw(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QVector<int> upTo(int count)
{
    QVector<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), 0);
    return indexes;
}

// Any table a later view may export: not a Roster model, cells made up as they are asked for.
// Long enough that reading it takes many turns of the event loop.
class CountingModel : public QAbstractTableModel
{
public:
    explicit CountingModel(int rows) : m_rows(rows) {}
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("row %1 column %2 with some text").arg(index.row()).arg(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QStringLiteral("Column %1").arg(section);
        return {};
    }
    void removeFirstRow()
    {
        beginRemoveRows({}, 0, 0);
        --m_rows;
        endRemoveRows();
    }

private:
    int m_rows;
};

struct Finished
{
    ExportResult result;
    QVector<qint64> progress;
    int turnsWhileRunning = 0;
};

// Starts `job` and turns the event loop until it ends, counting a 1 ms timer's ticks meanwhile.
Finished runToEnd(TableExportJob &job, const std::function<void(qint64)> &onProgress = {})
{
    Finished out;
    bool done = false;
    QObject::connect(&job, &TableExportJob::progress, &job, [&](qint64 written, qint64) {
        out.progress.append(written);
        if (onProgress)
            onProgress(written);
    });
    QObject::connect(&job, &TableExportJob::finished, &job, [&](const ExportResult &result) {
        out.result = result;
        done = true;
    });
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++out.turnsWhileRunning; });
    ticker.start();
    job.start();
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        out.result.error = QStringLiteral("the export did not end within a minute");
    return out;
}

// One row of test data per file format, as the column "format".
void addFormats()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("xlsx") << ExportFormat::Xlsx;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestTableExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHasTheBytesOfTheOneShotExport();
    void csvOptionsApply();
    void xlsxHoldsTheViewsCells();
    void progressArrivesInOrderWhileTheEventLoopRuns();
    void aWriterReportsOnlyTheRowsInItsFile_data();
    void aWriterReportsOnlyTheRowsInItsFile();
    void theFileIsSavedOnceEveryRowIsRead_data();
    void theFileIsSavedOnceEveryRowIsRead();
    void cancelMidwayLeavesNoFile();
    void cancelMidwayLeavesAnEarlierFileUnchanged();
    void aTableThatChangesWhileReadStopsWithAMessage();
    void aMissingFolderFailsWithTheReason();
    void aFullDiskSaysSoAndKeepsTheEarlierFile();

private:
    LocalApi m_api;
    std::unique_ptr<ProjectUsersModel> m_model;
    std::unique_ptr<TableFilterProxyModel> m_proxy;
};

void TestTableExportJob::initTestCase()
{
    m_model = std::make_unique<ProjectUsersModel>(m_api.client.get());
    m_model->setProjectId(QStringLiteral("proj_roster_demo"));
    QSignalSpy finished(m_model.get(), &PagedTableModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(m_model->rowCount(), 2400);
    m_proxy = std::make_unique<TableFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setFilterText(QStringLiteral("an"));
    m_proxy->sort(ProjectUsersModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(m_proxy->rowCount() > 100);
}

void TestTableExportJob::csvHasTheBytesOfTheOneShotExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    TableExport table = TableExport::allOf(m_proxy.get());
    table.columns = {ProjectUsersModel::AddedColumn, ProjectUsersModel::EmailColumn, ProjectUsersModel::NameColumn};
    TableExportJob job(m_proxy.get(), table.rows, table.columns, {path, ExportFormat::Csv, CsvOptions(), QString()});
    const Finished end = runToEnd(job);
    QVERIFY2(end.result.written(), qPrintable(end.result.error));
    QCOMPARE(end.result.path, path);
    QCOMPARE(end.result.rows, qint64(m_proxy->rowCount()));
    QCOMPARE(readAll(path), table.toCsv(CsvOptions()));
}

void TestTableExportJob::csvOptionsApply()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    CsvOptions options;
    options.byteOrderMark = true;
    options.formulaGuard = false;
    const TableExport table = TableExport::allOf(m_model.get());
    TableExportJob job(m_model.get(), table.rows, table.columns, {path, ExportFormat::Csv, options, QString()});
    const Finished end = runToEnd(job);
    QVERIFY2(end.result.written(), qPrintable(end.result.error));
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv, table.toCsv(options));
}

void TestTableExportJob::xlsxHoldsTheViewsCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    const TableExport table = TableExport::allOf(m_proxy.get());
    TableExportJob job(m_proxy.get(), table.rows, table.columns,
                       {path, ExportFormat::Xlsx, CsvOptions(), QStringLiteral("Users")});
    const Finished end = runToEnd(job);
    QVERIFY2(end.result.written(), qPrintable(end.result.error));
    XlsxReader reader;
    QVERIFY2(reader.read(path), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 1);
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    QCOMPARE(sheet.name, QStringLiteral("Users"));
    QCOMPARE(sheet.rows.size(), m_proxy->rowCount() + 1);
    for (int row = 0; row < m_proxy->rowCount(); row += 7)
        QCOMPARE(sheet.text(row + 1, ProjectUsersModel::IdColumn),
                 m_proxy->index(row, ProjectUsersModel::IdColumn).data(ModelRoles::ExportRole).toString());
    QVERIFY(sheet.rows[1][ProjectUsersModel::AddedColumn].formatCode.contains(QLatin1String("yyyy")));
}

void TestTableExportJob::aWriterReportsOnlyTheRowsInItsFile_data()
{
    addFormats();
}

void TestTableExportJob::aWriterReportsOnlyTheRowsInItsFile()
{
    // What the progress bar shows: a writer prepares chunks ahead, so rows handed over are not
    // yet in the file; the bar reaches its end only when the last of them is.
    QFETCH(ExportFormat, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.") + exportFormatName(format));
    constexpr int Chunks = 12;
    constexpr int RowsPerChunk = 50;
    const QVector<ExportTable::Column> columns{{QStringLiteral("Name"), ExportTable::ColumnKind::Text},
                                               {QStringLiteral("Added"), ExportTable::ColumnKind::DateTime}};
    const std::unique_ptr<TableFileWriter> writer = TableFileWriter::create(format, path);
    QVector<qint64> reports;
    writer->onRowsWritten([&reports](qint64 rows) { reports.append(rows); });
    QVERIFY(writer->beginTable(QStringLiteral("Users"), columns));
    for (int chunk = 0; chunk < Chunks; ++chunk) {
        ExportTable rows(columns);
        for (int i = 0; i < RowsPerChunk; ++i) {
            rows.appendText(QStringLiteral("row %1").arg(chunk * RowsPerChunk + i));
            rows.appendTime(1700000000 + chunk);
        }
        QVERIFY(writer->appendRows(rows));
        QVERIFY(reports.isEmpty() || reports.last() <= (chunk + 1) * RowsPerChunk);
    }
    QVERIFY(reports.isEmpty() || reports.last() < Chunks * RowsPerChunk);
    QVERIFY2(writer->commit(), qPrintable(writer->errorString()));
    QCOMPARE(reports.size(), Chunks);
    for (int i = 0; i < Chunks; ++i)
        QCOMPARE(reports.at(i), (i + 1) * RowsPerChunk);

    if (format == ExportFormat::Csv) {
        QCOMPARE(readAll(path).count("\r\n"), 1 + Chunks * RowsPerChunk);
    } else {
        XlsxReader reader;
        QVERIFY2(reader.read(path), qPrintable(reader.error));
        QCOMPARE(reader.sheets.first().rows.size(), 1 + Chunks * RowsPerChunk);
    }
}

void TestTableExportJob::progressArrivesInOrderWhileTheEventLoopRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    CountingModel model(200000);
    TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, ExportFormat::Csv, CsvOptions(), QString()});
    QCOMPARE(job.rowCount(), 200000);
    const Finished end = runToEnd(job);
    QVERIFY2(end.result.written(), qPrintable(end.result.error));
    QCOMPARE(end.result.rows, 200000);
    QVERIFY(end.progress.size() > 3);
    QCOMPARE(end.progress.first(), 0);
    QCOMPARE(end.progress.last(), 200000);
    QVERIFY(std::is_sorted(end.progress.begin(), end.progress.end()));
    // The event loop kept turning: the timer fired many times while the file was written.
    QVERIFY2(end.turnsWhileRunning > 10, qPrintable(QString::number(end.turnsWhileRunning)));
    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("Column 0,Column 1,Column 2\r\nrow 0 column 0 with some text,"));
    QVERIFY(csv.endsWith("row 199999 column 2 with some text\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("long.csv")});
}

void TestTableExportJob::theFileIsSavedOnceEveryRowIsRead_data()
{
    addFormats();
}

void TestTableExportJob::theFileIsSavedOnceEveryRowIsRead()
{
    // The progress window says "Saving" and takes Cancel away on savingFile(): it must come once,
    // after the table has been read, before the end, and never for an export that stops.
    QFETCH(ExportFormat, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.") + exportFormatName(format));
    CountingModel model(60000);
    TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, format, CsvOptions(), QString()});
    int saving = 0;
    bool savingBeforeTheEnd = false;
    connect(&job, &TableExportJob::savingFile, &job, [&] {
        ++saving;
        // The table has been read to its end: changing it now no longer stops the export.
        model.removeFirstRow();
    });
    connect(&job, &TableExportJob::finished, &job, [&] { savingBeforeTheEnd = saving == 1; });
    const Finished end = runToEnd(job);
    QVERIFY2(end.result.written(), qPrintable(end.result.error));
    QCOMPARE(saving, 1);
    QVERIFY(savingBeforeTheEnd);
    QCOMPARE(end.result.rows, 60000);
    QCOMPARE(end.progress.last(), 60000);

    QTemporaryDir otherDir;
    const QString cancelledPath = otherDir.filePath(QStringLiteral("cancelled.") + exportFormatName(format));
    CountingModel longer(300000);
    TableExportJob cancelled(&longer, upTo(longer.rowCount()), upTo(3), {cancelledPath, format, CsvOptions(), QString()});
    QSignalSpy cancelledSaving(&cancelled, &TableExportJob::savingFile);
    const Finished stopped = runToEnd(cancelled, [&cancelled](qint64 written) {
        if (written > 0)
            cancelled.cancel();
    });
    QCOMPARE(stopped.result.outcome, ExportResult::Outcome::Cancelled);
    QCOMPARE(cancelledSaving.size(), 0);
    QVERIFY(!QFile::exists(cancelledPath));
}

void TestTableExportJob::cancelMidwayLeavesNoFile()
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.") + exportFormatName(format));
        CountingModel model(300000);
        TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, format, CsvOptions(), QString()});
        const Finished end = runToEnd(job, [&job](qint64 written) {
            if (written > 0)
                job.cancel();
        });
        QCOMPARE(end.result.outcome, ExportResult::Outcome::Cancelled);
        QVERIFY(end.progress.last() < 300000);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
}

void TestTableExportJob::cancelMidwayLeavesAnEarlierFileUnchanged()
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        const QString name = QStringLiteral("long.") + exportFormatName(format);
        const QString path = dir.filePath(name);
        QVERIFY(writeRaw(path, OldContent));
        CountingModel model(300000);
        TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, format, CsvOptions(), QString()});
        const Finished end = runToEnd(job, [&job](qint64 written) {
            if (written > 0)
                job.cancel();
        });
        QCOMPARE(end.result.outcome, ExportResult::Outcome::Cancelled);
        QCOMPARE(readAll(path), OldContent);
        QCOMPARE(filesIn(dir.path()), QStringList{name});
    }
}

void TestTableExportJob::aTableThatChangesWhileReadStopsWithAMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.csv"));
    QVERIFY(writeRaw(path, OldContent));
    CountingModel model(300000);
    TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, ExportFormat::Csv, CsvOptions(), QString()});
    // Between two slices: every row below the first moves up by one.
    QTimer::singleShot(0, &model, [&model] { model.removeFirstRow(); });
    const Finished end = runToEnd(job);
    QCOMPARE(end.result.outcome, ExportResult::Outcome::Failed);
    QVERIFY2(end.result.error.contains(QLatin1String("changed while it was being read")), qPrintable(end.result.error));
    QCOMPARE(readAll(path), OldContent);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("long.csv")});
}

void TestTableExportJob::aMissingFolderFailsWithTheReason()
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/users.") + exportFormatName(format));
        const TableExport table = TableExport::allOf(m_proxy.get());
        TableExportJob job(m_proxy.get(), table.rows, table.columns, {path, format, CsvOptions(), QString()});
        const Finished end = runToEnd(job);
        QCOMPARE(end.result.outcome, ExportResult::Outcome::Failed);
        QVERIFY2(end.result.error.contains(QDir::toNativeSeparators(path)), qPrintable(end.result.error));
        QVERIFY2(end.result.error.contains(QLatin1String("does not exist")), qPrintable(end.result.error));
        QVERIFY(!QFile::exists(path));
    }
}

void TestTableExportJob::aFullDiskSaysSoAndKeepsTheEarlierFile()
{
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        QTemporaryDir dir;
        const QString name = QStringLiteral("users.") + exportFormatName(format);
        const QString path = dir.filePath(name);
        QVERIFY(writeRaw(path, OldContent));
        CountingModel model(50000);
        TableExportJob job(&model, upTo(model.rowCount()), upTo(3), {path, format, CsvOptions(), QString()});
        // A file size limit stands in for a full disk: writes past it fail for every user, root too.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 65536;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Finished end = runToEnd(job);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);

        QCOMPARE(end.result.outcome, ExportResult::Outcome::Failed);
        QVERIFY2(end.result.error.contains(QDir::toNativeSeparators(path)), qPrintable(end.result.error));
        QVERIFY2(end.result.error.contains(QLatin1String("disk is full")), qPrintable(end.result.error));
        QCOMPARE(readAll(path), OldContent);
        QCOMPARE(filesIn(dir.path()), QStringList{name});
    }
}

QTEST_GUILESS_MAIN(TestTableExportJob)
#include "tst_tableexportjob.moc"
