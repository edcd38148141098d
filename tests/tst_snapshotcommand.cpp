// SPDX-License-Identifier: GPL-3.0-or-later
// `roster snapshot`, `roster snapshots` and `roster diff`, run as a scheduled job would run them:
// the built executable in its own process, against the local demo server in this one.
#include "faultinjector.h"
#include "rfc4180reader.h"
#include "commandrun.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include "demoserver/adminapiserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using Run = CommandRun;

// Runs `roster ARGS`; the event loop turns meanwhile, so the server in this process answers.
Run runRoster(const QStringList &arguments, const QString &adminKey = QString::fromLatin1(AdminApiServer::DemoKey))
{
    return runCommand(QStringLiteral(ROSTER_EXECUTABLE), arguments, adminKey);
}

QVector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Rfc4180Reader reader;
    if (!reader.read(file.readAll()))
        qWarning("not RFC 4180: %s", qPrintable(reader.error));
    return reader.records;
}

const QStringList DiffHeader{QStringLiteral("change"),       QStringLiteral("project_id"),
                             QStringLiteral("project_name"), QStringLiteral("member_type"),
                             QStringLiteral("member_id"),    QStringLiteral("member_name"),
                             QStringLiteral("member_email"), QStringLiteral("via_group_id"),
                             QStringLiteral("via_group_name"), QStringLiteral("old_role"),
                             QStringLiteral("new_role")};

} // namespace

class TestSnapshotCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void snapshotsAroundAScriptedChangeDiffToExactlyThatChange();
    void failedProjectStoresNothingUnlessPartialIsAllowed();
    void foreignStoreExitsFourAndIsLeftAsItWas();
    void diffBadUsageExitsTwo();
    void diffUnwritableOutputExitsFour();
    void readCommandsNeitherCreateNorChangeTheStore();
    void reviewWorkbookHoldsTheExactValues();

private:
    std::unique_ptr<AdminApiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QStringList withServer(QStringList arguments) const
    {
        return arguments << QStringLiteral("--db") << m_db << QStringLiteral("--base-url") << m_server->baseUrl().toString();
    }
};

void TestSnapshotCommand::init()
{
    m_server = std::make_unique<AdminApiServer>(300);
    m_server->organization().setProjectCount(10);
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("store/roster.sqlite"));
}

void TestSnapshotCommand::snapshotsAroundAScriptedChangeDiffToExactlyThatChange()
{
    Run run = runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--label"), QStringLiteral("before"),
                                    QStringLiteral("--note"), QStringLiteral("Q3 review")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Stored snapshot 1:"), run.out.constData());

    DemoOrganization &org = m_server->organization();
    const QString projectId = QStringLiteral("proj_design_system");
    const QVector<QJsonObject> users = org.projectUsers(projectId);
    QVERIFY(users.size() >= 2);
    const QString changedId = users.at(1).value(QStringLiteral("id")).toString();
    const QString oldRole = users.at(1).value(QStringLiteral("role")).toString();
    const QString newRole = oldRole == QLatin1String("owner") ? QStringLiteral("member") : QStringLiteral("owner");
    QVERIFY(org.setProjectMemberRole(projectId, changedId, newRole));

    run = runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--label"), QStringLiteral("after")}));
    QCOMPARE(run.exitCode, 0);

    run = runRoster({QStringLiteral("snapshots"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("1\t") && lines.at(0).endsWith("\tbefore") && lines.at(0).contains("\tcomplete\t"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("2\t") && lines.at(1).endsWith("\tafter"), lines.at(1).constData());

    const QString csv = m_dir->filePath(QStringLiteral("changes.csv"));
    run = runRoster({QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("before"), QStringLiteral("2"),
                     QStringLiteral("--output"), csv});
    QCOMPARE(run.exitCode, 1);
    const QVector<QStringList> records = readCsv(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), DiffHeader);
    const QStringList expected{QStringLiteral("role_changed"),
                               projectId,
                               org.project(projectId)->name,
                               QStringLiteral("user"),
                               changedId,
                               users.at(1).value(QStringLiteral("name")).toString(),
                               users.at(1).value(QStringLiteral("email")).toString(),
                               QString(),
                               QString(),
                               oldRole,
                               newRole};
    QCOMPARE(records.at(1), expected);

    // The same snapshot on both sides, and the later one against the organization now: no change.
    run = runRoster({QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("1"),
                     QStringLiteral("--output"), csv});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readCsv(csv), QVector<QStringList>{DiffHeader});
    run = runRoster(withServer({QStringLiteral("diff"), QStringLiteral("after"), QStringLiteral("live"),
                                QStringLiteral("--output"), csv}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readCsv(csv), QVector<QStringList>{DiffHeader});
    run = runRoster(withServer({QStringLiteral("diff"), QStringLiteral("before"), QStringLiteral("live"),
                                QStringLiteral("--output"), csv, QStringLiteral("--bom")}));
    QCOMPARE(run.exitCode, 1);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF" "change,project_id,"));
}

void TestSnapshotCommand::failedProjectStoresNothingUnlessPartialIsAllowed()
{
    FaultInjector faults(*m_server);
    faults.add(ServerFault::of(ServerFault::Kind::Forbidden, QStringLiteral("/projects/proj_design_system/users"), 0, -1));
    Run run = runRoster(withServer({QStringLiteral("snapshot")}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("proj_design_system"), run.err.constData());
    run = runRoster({QStringLiteral("snapshots"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());

    run = runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--allow-partial"), QStringLiteral("--label"),
                                QStringLiteral("partial")}));
    QCOMPARE(run.exitCode, 5);
    faults.clear();
    run = runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--label"), QStringLiteral("whole")}));
    QCOMPARE(run.exitCode, 0);
    run = runRoster({QStringLiteral("snapshots"), QStringLiteral("--db"), m_db});
    QVERIFY2(run.out.contains("\tpartial\t") && run.out.contains("\t1 failed\tpartial\n"), run.out.constData());

    // The project that failed is not compared: none of its members is reported as removed or added.
    const QString csv = m_dir->filePath(QStringLiteral("changes.csv"));
    for (const QStringList &sides : {QStringList{QStringLiteral("whole"), QStringLiteral("partial")},
                                     QStringList{QStringLiteral("partial"), QStringLiteral("whole")}}) {
        run = runRoster({QStringLiteral("diff"), QStringLiteral("--db"), m_db, sides.at(0), sides.at(1),
                         QStringLiteral("--output"), csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readCsv(csv), QVector<QStringList>{DiffHeader});
        QVERIFY2(run.err.contains("proj_design_system") && run.err.contains("not compared"), run.err.constData());
    }
}

void TestSnapshotCommand::foreignStoreExitsFourAndIsLeftAsItWas()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray contents = "my notes, not a database\n";
    file.write(contents);
    file.close();
    for (const QString &command : {QStringLiteral("snapshot"), QStringLiteral("snapshots")}) {
        QStringList arguments{command, QStringLiteral("--db"), path};
        if (command == QLatin1String("snapshot"))
            arguments << QStringLiteral("--base-url") << m_server->baseUrl().toString();
        const Run run = runRoster(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("not a Roster snapshot store"), run.err.constData());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

void TestSnapshotCommand::diffBadUsageExitsTwo()
{
    QVERIFY(runRoster(withServer({QStringLiteral("snapshot")})).exitCode == 0);
    const QString csv = m_dir->filePath(QStringLiteral("changes.csv"));
    const QVector<QStringList> cases{
        {QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("1")},
        {QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("--output"), csv},
        {QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("no-such-label"),
         QStringLiteral("--output"), csv},
        {QStringLiteral("diff"), QStringLiteral("--frobnicate")},
    };
    for (const QStringList &arguments : cases) {
        const Run run = runRoster(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("roster diff --help"), run.err.constData());
    }
    QVERIFY(!QFile::exists(csv));
}

void TestSnapshotCommand::diffUnwritableOutputExitsFour()
{
    QVERIFY(runRoster(withServer({QStringLiteral("snapshot")})).exitCode == 0);
    const Run run = runRoster({QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"),
                               QStringLiteral("1"), QStringLiteral("--output"),
                               m_dir->filePath(QStringLiteral("no/such/folder/changes.csv"))});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("changes.csv"), run.err.constData());
}

void TestSnapshotCommand::readCommandsNeitherCreateNorChangeTheStore()
{
    const QString csv = m_dir->filePath(QStringLiteral("changes.csv"));
    const QString xlsx = m_dir->filePath(QStringLiteral("review.xlsx"));
    const QVector<QStringList> reads{
        {QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("2"),
         QStringLiteral("--output"), csv},
        {QStringLiteral("snapshots"), QStringLiteral("--db"), m_db},
        {QStringLiteral("snapshots"), QStringLiteral("--db"), m_db, QStringLiteral("--review"), QStringLiteral("1"),
         QStringLiteral("--output"), xlsx},
    };
    // No store yet: the store could not be read (4), said in words, and nothing is made.
    for (const QStringList &arguments : reads) {
        const Run run = runRoster(arguments);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("There is no snapshot store") && run.err.contains(m_db.toUtf8()), run.err.constData());
        QVERIFY(!QFileInfo::exists(m_db));
        QVERIFY(!QFileInfo::exists(QFileInfo(m_db).absolutePath()));
    }
    QVERIFY(!QFile::exists(csv));
    QVERIFY(!QFile::exists(xlsx));
    // Live against live needs no store at all.
    const Run live = runRoster(withServer({QStringLiteral("diff"), QStringLiteral("live"), QStringLiteral("live"),
                                           QStringLiteral("--output"), csv}));
    QCOMPARE(live.exitCode, 0);
    QCOMPARE(readCsv(csv), QVector<QStringList>{DiffHeader});
    QVERIFY(!QFileInfo::exists(QFileInfo(m_db).absolutePath()));

    // A store that exists is read and left byte for byte as it was, with nothing beside it.
    QCOMPARE(runRoster(withServer({QStringLiteral("snapshot")})).exitCode, 0);
    const QDir folder = QFileInfo(m_db).absoluteDir();
    const QStringList files = folder.entryList(QDir::Files | QDir::Hidden);
    QFile store(m_db);
    QVERIFY(store.open(QIODevice::ReadOnly));
    const QByteArray bytes = store.readAll();
    store.close();
    const QDateTime modified = QFileInfo(m_db).lastModified();
    QCOMPARE(runRoster({QStringLiteral("snapshots"), QStringLiteral("--db"), m_db}).exitCode, 0);
    QCOMPARE(runRoster({QStringLiteral("diff"), QStringLiteral("--db"), m_db, QStringLiteral("1"), QStringLiteral("1"),
                        QStringLiteral("--output"), csv})
                 .exitCode,
             0);
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), files);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(store.readAll() == bytes);
    QCOMPARE(QFileInfo(m_db).lastModified(), modified);
}

void TestSnapshotCommand::reviewWorkbookHoldsTheExactValues()
{
    QCOMPARE(runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--label"), QStringLiteral("Q2")})).exitCode, 0);
    DemoOrganization &org = m_server->organization();
    const QString projectId = QStringLiteral("proj_design_system");
    const QJsonObject removed = org.projectUsers(projectId).at(0);
    QVERIFY(org.removeProjectMember(projectId, removed.value(QStringLiteral("id")).toString()));
    const QString note = QStringLiteral("=Reviewed by Ana; \"all fine\"");
    QCOMPARE(runRoster(withServer({QStringLiteral("snapshot"), QStringLiteral("--label"), QStringLiteral("Q3"),
                                   QStringLiteral("--note"), note}))
                 .exitCode,
             0);
    const QString xlsx = m_dir->filePath(QStringLiteral("review.xlsx"));
    const Run run = runRoster({QStringLiteral("snapshots"), QStringLiteral("--db"), m_db, QStringLiteral("--review"),
                               QStringLiteral("Q3"), QStringLiteral("--output"), xlsx});
    QCOMPARE(run.exitCode, 0);
    XlsxReader book;
    QVERIFY2(book.read(xlsx), qPrintable(book.error));
    QStringList sheets;
    for (const XlsxReader::Sheet &sheet : std::as_const(book.sheets))
        sheets << sheet.name;
    QCOMPARE(sheets, (QStringList{QStringLiteral("Summary"), QStringLiteral("Access"), QStringLiteral("Changes")}));

    QHash<QString, QString> summary;
    const XlsxReader::Sheet summarySheet = book.sheet(QStringLiteral("Summary"));
    for (int row = 0; row < summarySheet.rows.size(); ++row)
        summary.insert(summarySheet.rowTexts(row).value(0), summarySheet.rowTexts(row).value(1));
    QCOMPARE(summary.value(QStringLiteral("Organization")), m_server->baseUrl().toString());
    QCOMPARE(summary.value(QStringLiteral("Reviewer's note")), note);
    QCOMPARE(summary.value(QStringLiteral("Label")), QStringLiteral("Q3"));
    QCOMPARE(summary.value(QStringLiteral("Removed")), QStringLiteral("1"));
    QCOMPARE(summary.value(QStringLiteral("Added")), QStringLiteral("0"));
    QCOMPARE(summary.value(QStringLiteral("Changes")), QStringLiteral("0 added, 1 removed, 0 role changes in 1 project"));
    QVERIFY(QDateTime::fromString(summary.value(QStringLiteral("Review date")), Qt::ISODate).isValid());

    const XlsxReader::Sheet changes = book.sheet(QStringLiteral("Changes"));
    QCOMPARE(changes.rows.size(), 2);
    QCOMPARE(changes.rowTexts(0), DiffHeader);
    QCOMPARE(changes.rowTexts(1),
             (QStringList{QStringLiteral("removed"), projectId, org.project(projectId)->name, QStringLiteral("user"),
                          removed.value(QStringLiteral("id")).toString(), removed.value(QStringLiteral("name")).toString(),
                          removed.value(QStringLiteral("email")).toString(), QString(), QString(),
                          removed.value(QStringLiteral("role")).toString(), QString()}));

    // The Access sheet holds the snapshot's rows: as many as the CSV beside it, with the same text.
    const XlsxReader::Sheet access = book.sheet(QStringLiteral("Access"));
    const QVector<QStringList> accessCsv = readCsv(m_dir->filePath(QStringLiteral("review-access.csv")));
    QCOMPARE(access.rows.size(), accessCsv.size());
    QVERIFY(access.rows.size() > 100);
    for (int row : {0, 1, int(access.rows.size()) / 2, int(access.rows.size()) - 1})
        QCOMPARE(access.rowTexts(row).mid(0, 9), accessCsv.at(row).mid(0, 9));
    QCOMPARE(readCsv(m_dir->filePath(QStringLiteral("review-changes.csv"))).size(), 2);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("review-summary.csv"))));
}

QTEST_GUILESS_MAIN(TestSnapshotCommand)
#include "tst_snapshotcommand.moc"
