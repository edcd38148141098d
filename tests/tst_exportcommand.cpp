// SPDX-License-Identifier: GPL-3.0-or-later
// `roster export`, run as a script would run it: the built executable in its own process.
#include "export/tableexport.h"
#include "models/modelroles.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "rfc4180reader.h"
#include "commandrun.h"
#include "demousersview.h"
#include "xlsxreader.h"

#include <QCollator>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using Run = CommandRun;

const QString SecretKey = QStringLiteral("sk-admin-test-SECRET-9f8e7d6c5b4a");

// Runs `roster export ARGS` in `locale` (English unless told).
Run runExport(const QStringList &arguments, const QString &adminKey = SecretKey,
              const QString &locale = QStringLiteral("C.UTF-8"))
{
    return runCommand(QStringLiteral(ROSTER_EXECUTABLE), QStringList{QStringLiteral("export")} + arguments, adminKey,
                      locale, 60000);
}

QVector<QStringList> parse(const QByteArray &csv)
{
    Rfc4180Reader reader;
    if (!reader.read(csv))
        qWarning("not RFC 4180: %s", qPrintable(reader.error));
    return reader.records;
}

const QStringList UserHeader{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Role"),
                             QStringLiteral("Added"), QStringLiteral("User ID")};

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoExportWritesCsvToStdout();
    void outputFileGetsTheSameBytesAsStdout();
    void bytesEqualTheInProcessExportOfTheSameView();
    void filterKeepsMatchingRows();
    void roleKeepsThatRole();
    void roleOtherKeepsUnknownRoles();
    void sortOrdersRows();
    void sortTakesColumnTitles();
    void manyRowsAreFilteredAndSortedBeforeTheyAreWritten();
    void groupsCanBeExported();
    void bomOnlyWithOption();
    void helpExitsZero();
    void germanLocaleTranslatesMessagesButNotTheFile();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void unknownProjectExitsThreeWithServerMessage();
    void archivedProjectExitsThreeWithServerMessage();
    void missingKeyExitsThreeWithoutCallingTheApi();
    void rejectedKeyExitsThreeAndIsNeverPrinted();
    void keyFromEnvironmentIsUsedAndNeverPrinted();
    void unwritableOutputExitsFour();
    void xlsxHoldsTheCellsOfTheCsv();
    void xlsxIsInferredFromTheOutputName();
    void formatCsvWinsOverTheOutputName();
    void unwritableXlsxExitsFourAndKeepsTheEarlierFile();
};

void TestExportCommand::demoExportWritesCsvToStdout()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system")},
                              QString());
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // not a terminal: no progress
    const QVector<QStringList> records = parse(run.out);
    QCOMPARE(records.size(), 13);
    QCOMPARE(records.first(), UserHeader);
    QVERIFY(run.out.startsWith("Name,Email,Role,Added,User ID\r\n"));
}

void TestExportCommand::outputFileGetsTheSameBytesAsStdout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.csv"));
    const QStringList args{QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                           QStringLiteral("--sort"), QStringLiteral("email")};
    const Run toStdout = runExport(args);
    const Run toFile = runExport(args + QStringList{QStringLiteral("--output"), path});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(written.size(), toStdout.out.size());
    QVERIFY(written == toStdout.out);
    QCOMPARE(parse(written).size(), 2401);
}

void TestExportCommand::bytesEqualTheInProcessExportOfTheSameView()
{
    // The window's path: model from the local server, the proxy set up as a person would.
    DemoUsersView view;
    QVERIFY(view.load());
    TableFilterProxyModel &proxy = view.proxy;
    proxy.setFilterText(QStringLiteral("ar"));
    proxy.setCategoryFilter({QStringLiteral("member")});
    proxy.sort(ProjectUsersModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(proxy.rowCount() > 50);
    const QByteArray window = TableExport::allOf(&proxy).toCsv(CsvOptions());

    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                               QStringLiteral("--filter"), QStringLiteral("ar"), QStringLiteral("--role"),
                               QStringLiteral("member"), QStringLiteral("--sort"), QStringLiteral("name:desc")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.size(), window.size());
    QVERIFY(run.out == window);
}

void TestExportCommand::filterKeepsMatchingRows()
{
    const Run all = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo")});
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                               QStringLiteral("--filter"), QStringLiteral("EXAMPLE.ORG")});
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QVERIFY(records.size() > 10);
    QVERIFY(records.size() < parse(all.out).size());
    for (int i = 1; i < records.size(); ++i)
        QVERIFY2(records[i].at(1).contains(QLatin1String("example.org")), qPrintable(records[i].join(u',')));
}

void TestExportCommand::roleKeepsThatRole()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                               QStringLiteral("--role"), QStringLiteral("owner")});
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QVERIFY(records.size() > 10);
    QVERIFY(records.size() < 400);
    for (int i = 1; i < records.size(); ++i)
        QCOMPARE(records[i].at(2), QStringLiteral("owner"));
}

void TestExportCommand::roleOtherKeepsUnknownRoles()
{
    // The demo organization has only owners and members.
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                               QStringLiteral("--role"), QStringLiteral("other")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parse(run.out), QVector<QStringList>{UserHeader});
}

void TestExportCommand::sortOrdersRows()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_roster_demo"),
                               QStringLiteral("--sort"), QStringLiteral("added_at:desc")});
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QCOMPARE(records.size(), 2401);
    for (int i = 2; i < records.size(); ++i)
        QVERIFY(QDateTime::fromString(records[i].at(3), Qt::ISODate)
                <= QDateTime::fromString(records[i - 1].at(3), Qt::ISODate));
    // The API's order is oldest first, so the sort really changed it.
    QVERIFY(QDateTime::fromString(records[1].at(3), Qt::ISODate)
            > QDateTime::fromString(records.last().at(3), Qt::ISODate));
}

// Over 16 384 rows the table's filter and sort are worked out on the workers, as the window
// does it; the command writes once both apply.
void TestExportCommand::manyRowsAreFilteredAndSortedBeforeTheyAreWritten()
{
    AdminApiServer server(20000);
    server.setAdminKey(SecretKey);
    QVERIFY(server.start());
    const Run run = runExport({QStringLiteral("--project"), QStringLiteral("proj_company_wide"), QStringLiteral("--filter"),
                               QStringLiteral("an"), QStringLiteral("--sort"), QStringLiteral("name"),
                               QStringLiteral("--base-url"), server.baseUrl().toString()});
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QVERIFY2(records.size() > 100 && records.size() < 10000, qPrintable(QString::number(records.size())));
    QCollator natural(QLocale(QLocale::English));
    natural.setNumericMode(true);
    natural.setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 1; i < records.size(); ++i) {
        const QStringList &record = records.at(i);
        QVERIFY2(record.at(0).contains(QLatin1String("an"), Qt::CaseInsensitive)
                     || record.at(1).contains(QLatin1String("an"), Qt::CaseInsensitive)
                     || record.at(4).contains(QLatin1String("an"), Qt::CaseInsensitive),
                 qPrintable(record.join(QLatin1Char(','))));
        // Names in order; a missing name after every present one.
        if (i > 1 && !record.at(0).isEmpty()) {
            QVERIFY2(!records.at(i - 1).at(0).isEmpty() && natural.compare(records.at(i - 1).at(0), record.at(0)) <= 0,
                     qPrintable(records.at(i - 1).at(0) + QLatin1String(" before ") + record.at(0)));
        }
    }
}

void TestExportCommand::sortTakesColumnTitles()
{
    const QStringList base{QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system")};
    const Run byTitle = runExport(base + QStringList{QStringLiteral("--sort"), QStringLiteral("User ID:desc")});
    const Run byField = runExport(base + QStringList{QStringLiteral("--sort"), QStringLiteral("id:desc")});
    QCOMPARE(byTitle.exitCode, 0);
    QCOMPARE(byTitle.out, byField.out);
    const QVector<QStringList> records = parse(byTitle.out);
    QCOMPARE(records.size(), 13);
    // Ids sort as a person reads them: digits as numbers, case aside (natural order, in English
    // where the locale is C, as the export does).
    QCollator natural(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    natural.setNumericMode(true);
    natural.setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 2; i < records.size(); ++i)
        QVERIFY2(natural.compare(records[i].at(4), records[i - 1].at(4)) <= 0,
                 qPrintable(records[i].at(4) + QStringLiteral(" after ") + records[i - 1].at(4)));
}

void TestExportCommand::groupsCanBeExported()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--what"), QStringLiteral("groups")});
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.first(), QStringList({QStringLiteral("Group"), QStringLiteral("Type"),
                                           QStringLiteral("Access granted"), QStringLiteral("Group ID")}));
}

void TestExportCommand::bomOnlyWithOption()
{
    const QStringList base{QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system")};
    const Run plain = runExport(base);
    const Run marked = runExport(base + QStringList{QStringLiteral("--bom")});
    QCOMPARE(marked.exitCode, 0);
    QVERIFY(!plain.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(marked.out.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(marked.out.mid(3), plain.out);
}

void TestExportCommand::helpExitsZero()
{
    const Run run = runExport({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--project", "--what", "--filter", "--role", "--sort", "--output", "--bom",
                               "--no-formula-guard", "--base-url", "--demo", "OPENAI_ADMIN_KEY", "--format", "csv|xlsx",
                               ".xlsx"})
        QVERIFY2(run.out.contains(option), option);
}

void TestExportCommand::germanLocaleTranslatesMessagesButNotTheFile()
{
    const QString german = QStringLiteral("de_DE.UTF-8");
    const Run help = runExport({QStringLiteral("--help")}, SecretKey, german);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith("Aufruf: roster export [Optionen]"), help.out.constData());
    // Qt's own texts (the standard options) come from Qt's German translation.
    QVERIFY2(help.out.contains("Zeigt Hilfe"), help.out.constData());

    const Run bad = runExport({QStringLiteral("--project"), QStringLiteral("p"), QStringLiteral("--what"),
                               QStringLiteral("teams")}, SecretKey, german);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--what erwartet users, groups, access oder people, nicht „teams“."), bad.err.constData());

    // The file is for scripts: English header, ISO 8601 dates, whatever the language.
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system")},
                              QString(), german);
    QCOMPARE(run.exitCode, 0);
    const QVector<QStringList> records = parse(run.out);
    QCOMPARE(records.size(), 13);
    QCOMPARE(records.first(), UserHeader);
    const QString added = records.at(1).at(3);
    QVERIFY2(QDateTime::fromString(added, Qt::ISODate).isValid() && added.endsWith(QLatin1Char('Z')), qPrintable(added));
}

void TestExportCommand::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString demo = QStringLiteral("--demo");
    const QString project = QStringLiteral("--project");
    const QString id = QStringLiteral("proj_design_system");
    QTest::newRow("no --project") << QStringList{demo} << QStringLiteral("--project");
    QTest::newRow("empty --project") << QStringList{demo, project, QString()} << QStringLiteral("--project");
    QTest::newRow("unknown option") << QStringList{demo, project, id, QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("bad --what") << QStringList{demo, project, id, QStringLiteral("--what"), QStringLiteral("owners")}
                                << QStringLiteral("--what");
    QTest::newRow("bad --role") << QStringList{demo, project, id, QStringLiteral("--role"), QStringLiteral("admin")}
                                << QStringLiteral("--role");
    QTest::newRow("--role for groups") << QStringList{demo, project, id, QStringLiteral("--what"), QStringLiteral("groups"),
                                                      QStringLiteral("--role"), QStringLiteral("owner")}
                                       << QStringLiteral("--role");
    QTest::newRow("bad --sort column") << QStringList{demo, project, id, QStringLiteral("--sort"), QStringLiteral("salary")}
                                       << QStringLiteral("salary");
    QTest::newRow("bad --sort order") << QStringList{demo, project, id, QStringLiteral("--sort"), QStringLiteral("name:up")}
                                      << QStringLiteral("--sort");
    QTest::newRow("group column for users") << QStringList{demo, project, id, QStringLiteral("--sort"), QStringLiteral("group_name")}
                                            << QStringLiteral("group_name");
    QTest::newRow("insecure --base-url") << QStringList{project, id, QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")}
                                         << QStringLiteral("https");
    QTest::newRow("bad --format") << QStringList{demo, project, id, QStringLiteral("--format"), QStringLiteral("xls")}
                                  << QStringLiteral("--format");
    QTest::newRow("xlsx to standard output") << QStringList{demo, project, id, QStringLiteral("--format"), QStringLiteral("xlsx")}
                                             << QStringLiteral("--output");
    QTest::newRow("xlsx to -") << QStringList{demo, project, id, QStringLiteral("--format"), QStringLiteral("xlsx"),
                                              QStringLiteral("--output"), QStringLiteral("-")}
                               << QStringLiteral("--output");
    QTest::newRow("stray argument") << QStringList{demo, project, id, QStringLiteral("users.csv")} << QStringLiteral("users.csv");
}

void TestExportCommand::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = runExport(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestExportCommand::unknownProjectExitsThreeWithServerMessage()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_nope")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("404"), run.err.constData());
    QVERIFY2(run.err.contains("No project found with id 'proj_nope'"), run.err.constData());
}

void TestExportCommand::archivedProjectExitsThreeWithServerMessage()
{
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_legacy_pilot")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("400"), run.err.constData());
    QVERIFY2(run.err.contains("archived"), run.err.constData());
}

void TestExportCommand::missingKeyExitsThreeWithoutCallingTheApi()
{
    AdminApiServer server;
    RequestLog log(server);
    QVERIFY(server.start());
    const Run run = runExport({QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--base-url"), server.baseUrl().toString()},
                              QString());
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("OPENAI_ADMIN_KEY"), run.err.constData());
    QCOMPARE(log.count(), 0);
}

void TestExportCommand::rejectedKeyExitsThreeAndIsNeverPrinted()
{
    AdminApiServer server;
    RequestLog log(server);
    QVERIFY(server.start());
    const Run run = runExport({QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--base-url"), server.baseUrl().toString()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("401"), run.err.constData());
    QVERIFY(log.count() > 0);
    QVERIFY(!run.out.contains(SecretKey.toUtf8()));
    QVERIFY(!run.err.contains(SecretKey.toUtf8()));
    QVERIFY(!run.err.contains("SECRET"));
}

void TestExportCommand::keyFromEnvironmentIsUsedAndNeverPrinted()
{
    AdminApiServer server;
    RequestLog log(server);
    server.setAdminKey(SecretKey);
    QVERIFY(server.start());
    const Run run = runExport({QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--base-url"), server.baseUrl().toString()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parse(run.out).size(), 13);
    QVERIFY(log.count() > 0);
    for (const ServerRequest &request : log.requests())
        QVERIFY(request.authorized);
    QVERIFY(!run.out.contains("SECRET"));
    QVERIFY(!run.err.contains("SECRET"));
}

void TestExportCommand::unwritableOutputExitsFour()
{
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("plain.txt"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = notAFolder + QStringLiteral("/users.csv");
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    QCOMPARE(QString::fromUtf8(run.err).count(QLatin1Char('\n')), 1);

    const Run missing = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                                   QStringLiteral("--output"), dir.filePath(QStringLiteral("gone/users.csv"))});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
}

void TestExportCommand::xlsxHoldsTheCellsOfTheCsv()
{
    // Names and emails as hostile as a server could send: a megabyte, markup, controls, formulas.
    AdminApiServer server;
    server.setAdminKey(SecretKey);
    DemoOrganization::ProjectSpec spec;
    spec.id = QStringLiteral("proj_hostile_values");
    spec.name = QStringLiteral("Hostile values");
    spec.userCount = 40;
    spec.hostileValues = true;
    server.organization().addProject(spec);
    QVERIFY(server.start());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    const QStringList view{QStringLiteral("--base-url"), server.baseUrl().toString(), QStringLiteral("--project"),
                           spec.id, QStringLiteral("--sort"), QStringLiteral("name:desc")};
    const Run xlsx = runExport(view + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"), path});
    QVERIFY2(xlsx.exitCode == 0, xlsx.err.constData());
    QVERIFY(xlsx.out.isEmpty());
    // The megabyte names do not fit a cell: said on standard error, not silently.
    QVERIFY2(xlsx.err.contains("warning:") && (xlsx.err.contains("32,767") || xlsx.err.contains("32767")), xlsx.err.constData());
    const Run csv = runExport(view + QStringList{QStringLiteral("--no-formula-guard")});
    QCOMPARE(csv.exitCode, 0);
    const QVector<QStringList> records = parse(csv.out);
    QVERIFY(records.size() > 10);

    XlsxReader reader;
    QVERIFY2(reader.read(path), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 1);
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    QCOMPARE(sheet.name, QStringLiteral("Users"));
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.autoFilter, QStringLiteral("A1:E%1").arg(records.size()));
    QCOMPARE(sheet.rows.size(), records.size());
    const int added = UserHeader.indexOf(QStringLiteral("Added"));
    for (int row = 0; row < records.size(); ++row) {
        for (int column = 0; column < UserHeader.size(); ++column) {
            const QString expected = records[row][column];
            if (row > 0 && column == added) {
                QCOMPARE(sheet.rows[row][column].time().toString(Qt::ISODate), expected);
                continue;
            }
            // Past Excel's 32 767 characters a cell holds the text's beginning.
            QCOMPARE(sheet.text(row, column), expected.left(32767));
        }
    }
}

void TestExportCommand::xlsxIsInferredFromTheOutputName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Users.XLSX"));
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--output"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK"); // a zip container, not text
    XlsxReader reader;
    QVERIFY2(reader.read(path), qPrintable(reader.error));
    QCOMPARE(reader.sheets.value(0).text(0, 0), QStringLiteral("Name"));
}

void TestExportCommand::formatCsvWinsOverTheOutputName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    const QStringList view{QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system")};
    const Run run = runExport(view + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), runExport(view).out);
}

void TestExportCommand::unwritableXlsxExitsFourAndKeepsTheEarlierFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone/users.xlsx"));
    const Run run = runExport({QStringLiteral("--demo"), QStringLiteral("--project"), QStringLiteral("proj_design_system"),
                               QStringLiteral("--output"), missing});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
