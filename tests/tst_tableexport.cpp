// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting what a view shows: a real ProjectUsersModel from the local server, through the
// sorted, filtered proxy, into CSV; and writing it to disk without ever losing an old file.
#include "export/csvfilewriter.h"
#include "export/modelsnapshot.h"
#include "export/tableexport.h"
#include "models/modelroles.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "rfc4180reader.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIdentityProxyModel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

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

// Whether this process can create a file in `dir` (root ignores permission bits).
bool canCreateIn(const QString &dir)
{
    QFile probe(QDir(dir).filePath(QStringLiteral("probe")));
    const bool created = probe.open(QIODevice::WriteOnly);
    if (created)
        probe.remove();
    return created;
}

const QByteArray OldContent("Name,Email\r\nold,row\r\n");

// A proxy that shows names in capitals, as an application's own proxy may change what it shows.
class CapitalNamesProxy : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (index.column() == ProjectUsersModel::NameColumn && (role == Qt::DisplayRole || role == ModelRoles::ExportRole))
            return value.toString().toUpper();
        return value;
    }
};

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsFollowTheSortedFilteredView();
    void onlyTheGivenColumnsInTheGivenOrder();
    void selectedRowsKeepTheGivenOrder();
    void timesAreIso8601Utc();
    void nullsAreEmptyNotDash();
    void allOfTheProxyIsEveryMatchingRow();
    void aProxyThatChangesItsCellsIsExportedAsItShows();

    void writeCreatesTheFile();
    void writeOverAnExistingFileReplacesItAtomically();
    void writeIntoMissingFolderFailsWithMessage();
    void writeBelowAFileFailsWithMessage();
    void writeIntoReadOnlyFolderFailsAndKeepsOldFile();
    void writeThatRunsOutOfSpaceKeepsOldFile();
    void writeOntoAFolderFailsWithMessage();

private:
    LocalApi m_api;
    std::unique_ptr<ProjectUsersModel> m_model;
    std::unique_ptr<TableFilterProxyModel> m_proxy;
    QTemporaryDir m_dir;
};

void TestTableExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = std::make_unique<ProjectUsersModel>(m_api.client.get());
    m_model->setProjectId(QStringLiteral("proj_roster_demo"));
    QSignalSpy finished(m_model.get(), &PagedTableModel::loadAllFinished);
    m_model->loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(m_model->isComplete());
    QCOMPARE(m_model->rowCount(), 2400);

    // As a person would set up the view: members whose text contains "an", newest first.
    m_proxy = std::make_unique<TableFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->setFilterText(QStringLiteral("an"));
    m_proxy->setCategoryFilter({QStringLiteral("member")});
    m_proxy->sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    QVERIFY(m_proxy->rowCount() > 100);
    QVERIFY(m_proxy->rowCount() < m_model->rowCount());
}

void TestTableExport::rowsFollowTheSortedFilteredView()
{
    const TableExport table = TableExport::allOf(m_proxy.get());
    Rfc4180Reader reader;
    QVERIFY2(reader.read(table.toCsv(CsvOptions())), qPrintable(reader.error));
    QCOMPARE(reader.records.size(), m_proxy->rowCount() + 1);
    QDateTime previous;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QStringList &record = reader.records.at(row + 1);
        QCOMPARE(record.at(ProjectUsersModel::IdColumn),
                 m_proxy->index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
        QCOMPARE(record.at(ProjectUsersModel::RoleColumn), QStringLiteral("member"));
        const bool matches = std::any_of(record.begin(), record.end(), [](const QString &field) {
            return field.contains(QLatin1String("an"), Qt::CaseInsensitive);
        });
        QVERIFY2(matches, qPrintable(record.join(QLatin1Char('|'))));
        const QDateTime added = QDateTime::fromString(record.at(ProjectUsersModel::AddedColumn), Qt::ISODate);
        QVERIFY(added.isValid());
        if (previous.isValid())
            QVERIFY2(added <= previous, "newest first, as the view shows");
        previous = added;
    }
}

// What the window's export reads (a snapshot of the model, seeing through Roster's sort/filter
// proxy to the shared records): a proxy of the application's own that changes its cells is read as
// it shows them.
void TestTableExport::aProxyThatChangesItsCellsIsExportedAsItShows()
{
    CapitalNamesProxy capitals;
    capitals.setSourceModel(m_proxy.get());
    QVERIFY(capitals.rowCount() > 0);
    const ExportTable table = ModelSnapshot::takeAll(&capitals);
    QCOMPARE(table.rowCount(), capitals.rowCount());
    int changed = 0;
    for (int row = 0; row < capitals.rowCount(); ++row) {
        const QString name = table.text(row, ProjectUsersModel::NameColumn);
        QCOMPARE(name, capitals.index(row, ProjectUsersModel::NameColumn).data(ModelRoles::ExportRole).toString());
        QCOMPARE(name, name.toUpper());
        changed += name != m_proxy->index(row, ProjectUsersModel::NameColumn).data(ModelRoles::ExportRole).toString();
        QCOMPARE(table.text(row, ProjectUsersModel::EmailColumn),
                 capitals.index(row, ProjectUsersModel::EmailColumn).data(ModelRoles::ExportRole).toString());
    }
    QVERIFY(changed > 0); // the names as the proxy shows them, not as its source has them

    // Through Roster's own proxy alone, the snapshot still reads the shared records.
    const ExportTable direct = ModelSnapshot::takeAll(m_proxy.get());
    QCOMPARE(direct.rowCount(), m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(direct.text(row, ProjectUsersModel::NameColumn),
                 m_proxy->index(row, ProjectUsersModel::NameColumn).data(ModelRoles::ExportRole).toString());
}

void TestTableExport::onlyTheGivenColumnsInTheGivenOrder()
{
    TableExport table = TableExport::allOf(m_proxy.get());
    table.columns = {ProjectUsersModel::EmailColumn, ProjectUsersModel::NameColumn, ProjectUsersModel::AddedColumn};
    Rfc4180Reader reader;
    QVERIFY2(reader.read(table.toCsv(CsvOptions())), qPrintable(reader.error));
    QCOMPARE(reader.records.first(), QStringList({QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Added")}));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QStringList expected{
            m_proxy->index(row, ProjectUsersModel::EmailColumn).data(ModelRoles::ExportRole).toString(),
            m_proxy->index(row, ProjectUsersModel::NameColumn).data(ModelRoles::ExportRole).toString(),
            m_proxy->index(row, ProjectUsersModel::AddedColumn).data(ModelRoles::ExportRole).toString(),
        };
        QCOMPARE(reader.records.at(row + 1), expected);
    }
}

void TestTableExport::selectedRowsKeepTheGivenOrder()
{
    TableExport table;
    table.model = m_proxy.get();
    table.rows = {7, 2, 40};
    table.columns = {ProjectUsersModel::IdColumn};
    Rfc4180Reader reader;
    QVERIFY2(reader.read(table.toCsv(CsvOptions())), qPrintable(reader.error));
    QCOMPARE(reader.records.size(), 4);
    QCOMPARE(reader.records.at(0), QStringList{QStringLiteral("User ID")});
    for (int i = 0; i < table.rows.size(); ++i)
        QCOMPARE(reader.records.at(i + 1).at(0), m_proxy->index(table.rows[i], 4).data(ModelRoles::RawRole).toString());
}

void TestTableExport::timesAreIso8601Utc()
{
    TableExport table = TableExport::allOf(m_proxy.get());
    table.columns = {ProjectUsersModel::AddedColumn};
    Rfc4180Reader reader;
    QVERIFY2(reader.read(table.toCsv(CsvOptions())), qPrintable(reader.error));
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString text = reader.records.at(row + 1).at(0);
        QVERIFY2(iso.match(text).hasMatch(), qPrintable(text));
        const qint64 seconds = m_proxy->index(row, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong();
        QCOMPARE(QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch(), seconds);
    }
}

void TestTableExport::nullsAreEmptyNotDash()
{
    // The whole listing: every 37th user has no name and every 53rd no email.
    const QByteArray csv = TableExport::allOf(m_model.get()).toCsv(CsvOptions());
    QVERIFY(!csv.contains("—"));
    Rfc4180Reader reader;
    QVERIFY2(reader.read(csv), qPrintable(reader.error));
    int nullNames = 0, nullEmails = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column : {int(ProjectUsersModel::NameColumn), int(ProjectUsersModel::EmailColumn)}) {
            const QModelIndex index = m_model->index(row, column);
            if (!index.data(ModelRoles::RawRole).toString().isNull())
                continue;
            QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("—"));
            QCOMPARE(reader.records.at(row + 1).at(column), QString());
            ++(column == ProjectUsersModel::NameColumn ? nullNames : nullEmails);
        }
    }
    QVERIFY(nullNames > 10);
    QVERIFY(nullEmails > 10);
}

void TestTableExport::allOfTheProxyIsEveryMatchingRow()
{
    const TableExport table = TableExport::allOf(m_proxy.get());
    QCOMPARE(table.rows.size(), m_proxy->rowCount());
    QCOMPARE(table.columns, (QVector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(table.model, m_proxy.get());
}

void TestTableExport::writeCreatesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("new.csv"));
    const QByteArray csv = TableExport::allOf(m_proxy.get()).toCsv(CsvOptions());
    QString error;
    QVERIFY2(CsvFileWriter::write(path, csv, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), csv);
}

void TestTableExport::writeOverAnExistingFileReplacesItAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeRaw(path, OldContent));
    // A reader that opened the old file keeps reading the old file whole: the new one is
    // renamed into place, never written over the old bytes.
    QFile openReader(path);
    QVERIFY(openReader.open(QIODevice::ReadOnly));

    const QByteArray csv = TableExport::allOf(m_proxy.get()).toCsv(CsvOptions());
    QString error;
    QVERIFY2(CsvFileWriter::write(path, csv, &error), qPrintable(error));
    QCOMPARE(readAll(path), csv);
    QCOMPARE(openReader.readAll(), OldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.csv")});
}

void TestTableExport::writeIntoMissingFolderFailsWithMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/users.csv"));
    QString error;
    QVERIFY(!CsvFileWriter::write(path, "x\r\n", &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestTableExport::writeBelowAFileFailsWithMessage()
{
    // What fails even for root: the "folder" is a regular file.
    const QString notAFolder = m_dir.filePath(QStringLiteral("plain.txt"));
    QVERIFY(writeRaw(notAFolder, "just a file"));
    const QString path = notAFolder + QStringLiteral("/users.csv");
    QString error;
    QVERIFY(!CsvFileWriter::write(path, "x\r\n", &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));
    QCOMPARE(readAll(notAFolder), QByteArray("just a file"));
}

void TestTableExport::writeIntoReadOnlyFolderFailsAndKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeRaw(path, OldContent));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    // Root ignores permission bits; an immutable folder (chattr +i) stops root too.
    bool immutable = false;
    if (canCreateIn(dir.path()))
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir.path()}) == 0;
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir.path()});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (canCreateIn(dir.path()))
        QSKIP("this user can write into any folder and chattr is not available here");

    QString error;
    QVERIFY(!CsvFileWriter::write(path, TableExport::allOf(m_proxy.get()).toCsv(CsvOptions()), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("may not write")), qPrintable(error));
    QCOMPARE(readAll(path), OldContent);
}

void TestTableExport::writeThatRunsOutOfSpaceKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    QVERIFY(writeRaw(path, OldContent));
    // A file size limit stands in for a full disk: writes past it fail for every user, root too.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const QByteArray csv = TableExport::allOf(m_proxy.get()).toCsv(CsvOptions());
    const bool written = CsvFileWriter::write(path, csv, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(csv.size() > 4096);
    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 20, qPrintable(error)); // and a reason
    QCOMPARE(readAll(path), OldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.csv")});
}

void TestTableExport::writeOntoAFolderFailsWithMessage()
{
    QString error;
    QVERIFY(!CsvFileWriter::write(m_dir.path(), "x\r\n", &error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
