// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX files read back by an independent reader (unzip and an XML parser): exact text, dates as
// date cells, a frozen header row and an autofilter, several sheets, Excel's cell limit, and a
// failure or cancel that leaves an earlier file as it was.
#include "export/modelsnapshot.h"
#include "export/xlsxworkbookwriter.h"
#include "models/modelroles.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "demousersview.h"
#include "xlsxreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

const QByteArray OldContent("an earlier workbook");

QVector<ExportTable::Column> nameAndAdded()
{
    return {{QStringLiteral("Name"), ExportTable::ColumnKind::Text},
            {QStringLiteral("Added"), ExportTable::ColumnKind::DateTime}};
}

QStringList hostileTexts()
{
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    return {
        QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1 555 0100"), QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1"),
        QStringLiteral("Ada\rLovelace"), QStringLiteral("Ada\r\nLovelace"), QStringLiteral("Ada\nLovelace"),
        QStringLiteral("  padded  "), QStringLiteral(" "), QStringLiteral("<b>&amp;</b> \"'"),
        QStringLiteral("_x0041_ stays as typed"), QStringLiteral("_x005F_x0041_"), QStringLiteral("snake_x_case"),
        QStringLiteral("Kai 🚀 van der Berg 👩🏽‍💻"), QStringLiteral("佐藤 明 研究"), QStringLiteral("فاطمة\u202Eexe.txt"),
        QStringLiteral("00123"), QStringLiteral("1e5"), QStringLiteral("TRUE"), QStringLiteral("2026-11-22"),
        controls, QStringLiteral("\x7F\u0085\uFEFF\uFFFE\uFFFF"), QString(QChar(0)) + QStringLiteral("after a zero")};
}

// Text that is not valid UTF-16 comes back as a CSV has it: a lone surrogate is U+FFFD.
QString loneSurrogate()
{
    return QString(QStringLiteral("a")) + QChar(char16_t(0xD83D)) + QStringLiteral("b");
}

bool writeRaw(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

XlsxReader readBack(const QString &path)
{
    XlsxReader reader;
    if (!reader.read(path))
        qWarning("not readable: %s", qPrintable(reader.error));
    return reader;
}

} // namespace

class TestXlsxWorkbookWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileTextComesBackExactly();
    void loneSurrogateBecomesReplacementCharacter();
    void timesAreDateCellsWithADateTimeFormat();
    void headerRowIsBoldFrozenAndFiltered();
    void textPastExcelsLimitIsCutWithAWarning();
    void severalSheetsInOneWorkbook();
    void manyChunksComeBackInOrderOnEachSheet();
    void sheetNamesExcelRefusesAreMadeSafe();
    void aViewOfTheServersUsersComesBackCellForCell();
    void replacesAnEarlierFileOnlyWhenComplete();
    void cancelLeavesTheEarlierFileAndNoTemporaryFile();
    void fullDiskSaysSoAndKeepsTheEarlierFile();
    void missingFolderSaysSo();
    void aLinkIsFollowedAndAPipeIsLeftAlone();
};

void TestXlsxWorkbookWriter::hostileTextComesBackExactly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    ExportTable table(nameAndAdded());
    for (const QString &text : hostileTexts()) {
        table.appendText(text);
        table.appendTime(ExportTable::NoTime);
    }
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), table) && book.commit(), qPrintable(book.errorString()));
    QVERIFY(book.warnings().isEmpty());

    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 1);
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    const QStringList texts = hostileTexts();
    for (int i = 0; i < texts.size(); ++i) {
        const XlsxReader::Cell &cell = sheet.rows.at(i + 1).at(0);
        // A string cell: shown as text, never run as a formula.
        QVERIFY2(cell.isString(), qPrintable(QStringLiteral("row %1 is of type %2").arg(i).arg(cell.type)));
        QCOMPARE(cell.text, texts.at(i));
    }
}

void TestXlsxWorkbookWriter::loneSurrogateBecomesReplacementCharacter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.xlsx"));
    ExportTable table({{QStringLiteral("Name"), ExportTable::ColumnKind::Text}});
    table.appendText(loneSurrogate());
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), table) && book.commit(), qPrintable(book.errorString()));
    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(reader.sheets.value(0).text(1, 0), QString(QStringLiteral("a")) + QChar(QChar::ReplacementCharacter) + QStringLiteral("b"));
}

void TestXlsxWorkbookWriter::timesAreDateCellsWithADateTimeFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("times.xlsx"));
    const QVector<QDateTime> times{QDateTime(QDate(2026, 11, 22), QTime(9, 30, 15), Qt::UTC),
                                   QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
                                   QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59), Qt::UTC)};
    ExportTable table(nameAndAdded());
    for (const QDateTime &time : times) {
        table.appendText(QStringLiteral("x"));
        table.appendTime(time.toSecsSinceEpoch());
    }
    table.appendText(QStringLiteral("no time"));
    table.appendTime(ExportTable::NoTime);
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), table) && book.commit(), qPrintable(book.errorString()));

    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    for (int i = 0; i < times.size(); ++i) {
        const XlsxReader::Cell &cell = sheet.rows.at(i + 1).at(1);
        QVERIFY2(cell.type.isEmpty() || cell.type == QLatin1String("n"), qPrintable(cell.type));
        QVERIFY2(cell.formatCode.contains(QLatin1String("yyyy")) && cell.formatCode.contains(QLatin1String("hh:mm:ss")),
                 qPrintable(cell.formatCode));
        QCOMPARE(cell.time(), times.at(i));
    }
    QVERIFY(sheet.rows.at(times.size() + 1).size() < 2 || sheet.rows.at(times.size() + 1).at(1).value.isEmpty());
}

void TestXlsxWorkbookWriter::headerRowIsBoldFrozenAndFiltered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("header.xlsx"));
    ExportTable table(nameAndAdded());
    for (int i = 0; i < 10; ++i) {
        table.appendText(QString::number(i));
        table.appendTime(1700000000 + i);
    }
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), table) && book.commit(), qPrintable(book.errorString()));
    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    QCOMPARE(sheet.text(0, 0), QStringLiteral("Name"));
    QCOMPARE(sheet.text(0, 1), QStringLiteral("Added"));
    QCOMPARE(sheet.paneState, QStringLiteral("frozen"));
    QCOMPARE(sheet.frozenRows, 1);
    QCOMPARE(sheet.autoFilter, QStringLiteral("A1:B11"));
    QCOMPARE(sheet.rows.size(), 11);
}

void TestXlsxWorkbookWriter::textPastExcelsLimitIsCutWithAWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    const QString megabyte = QString(1 << 20, QLatin1Char('n')) + QStringLiteral("END");
    // A surrogate pair across the limit is dropped whole, never cut in half.
    const QString pairAtLimit = QString(XlsxWorkbookWriter::MaxCellChars - 1, QLatin1Char('p')) + QStringLiteral("🚀tail");
    const QString exactlyAtLimit(XlsxWorkbookWriter::MaxCellChars, QLatin1Char('e'));
    ExportTable table({{QStringLiteral("Name"), ExportTable::ColumnKind::Text}});
    table.appendText(megabyte);
    table.appendText(pairAtLimit);
    table.appendText(exactlyAtLimit);
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), table) && book.commit(), qPrintable(book.errorString()));
    QCOMPARE(book.truncatedCells(), 2);
    QCOMPARE(book.warnings().size(), 1);
    QVERIFY2(book.warnings().first().contains(QLatin1String("2 cells")) && book.warnings().first().contains(QLatin1String("32")),
             qPrintable(book.warnings().first()));

    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    QCOMPARE(sheet.text(1, 0), megabyte.left(XlsxWorkbookWriter::MaxCellChars));
    QCOMPARE(sheet.text(2, 0), pairAtLimit.left(XlsxWorkbookWriter::MaxCellChars - 1));
    QCOMPARE(sheet.text(3, 0), exactlyAtLimit);
}

void TestXlsxWorkbookWriter::severalSheetsInOneWorkbook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.xlsx"));
    ExportTable summary({{QStringLiteral("Item"), ExportTable::ColumnKind::Text}, {QStringLiteral("Value"), ExportTable::ColumnKind::Text}});
    summary.appendText(QStringLiteral("Organization"));
    summary.appendText(QStringLiteral("org_123"));
    ExportTable access(nameAndAdded());
    for (int i = 0; i < 3; ++i) {
        access.appendText(QStringLiteral("user %1").arg(i));
        access.appendTime(1700000000);
    }
    ExportTable changes({{QStringLiteral("Change"), ExportTable::ColumnKind::Text}});
    changes.appendText(QStringLiteral("added"));
    XlsxWorkbookWriter book(path);
    QVERIFY(book.addSheet(QStringLiteral("Summary"), summary));
    QVERIFY(book.addSheet(QStringLiteral("Access"), access));
    QVERIFY(book.addSheet(QStringLiteral("Changes"), changes));
    QVERIFY2(book.commit(), qPrintable(book.errorString()));

    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 3);
    QCOMPARE(reader.sheets[0].name, QStringLiteral("Summary"));
    QCOMPARE(reader.sheets[1].name, QStringLiteral("Access"));
    QCOMPARE(reader.sheets[2].name, QStringLiteral("Changes"));
    QCOMPARE(reader.sheets[0].text(1, 1), QStringLiteral("org_123"));
    QCOMPARE(reader.sheets[1].text(3, 0), QStringLiteral("user 2"));
    QCOMPARE(reader.sheets[1].autoFilter, QStringLiteral("A1:B4"));
    QCOMPARE(reader.sheets[2].text(1, 0), QStringLiteral("added"));
    for (const XlsxReader::Sheet &sheet : reader.sheets)
        QCOMPARE(sheet.frozenRows, 1);
}

// Chunks are made ready on other threads, several at once, and written in the order given: rows
// appended a few at a time, over more chunks than are ever prepared ahead and on two sheets,
// come back in order, each time in its date cell, and each sheet's filter spans its own rows.
void TestXlsxWorkbookWriter::manyChunksComeBackInOrderOnEachSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chunks.xlsx"));
    constexpr int Chunks = 25;
    constexpr int RowsPerChunk = 7;
    XlsxWorkbookWriter book(path);
    for (const QString &sheet : {QStringLiteral("First"), QStringLiteral("Second")}) {
        QVERIFY(book.beginTable(sheet, nameAndAdded()));
        for (int chunk = 0; chunk < Chunks; ++chunk) {
            ExportTable rows(nameAndAdded());
            for (int i = 0; i < RowsPerChunk; ++i) {
                const int row = chunk * RowsPerChunk + i;
                rows.appendText(QStringLiteral("%1 row %2").arg(sheet).arg(row));
                rows.appendTime(1700000000 + row * 61);
            }
            QVERIFY(book.appendRows(rows));
        }
    }
    QVERIFY2(book.commit(), qPrintable(book.errorString()));

    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 2);
    for (const XlsxReader::Sheet &sheet : reader.sheets) {
        QCOMPARE(sheet.rows.size(), 1 + Chunks * RowsPerChunk);
        QCOMPARE(sheet.autoFilter, QStringLiteral("A1:B%1").arg(1 + Chunks * RowsPerChunk));
        for (int row = 0; row < Chunks * RowsPerChunk; ++row) {
            QCOMPARE(sheet.text(row + 1, 0), QStringLiteral("%1 row %2").arg(sheet.name).arg(row));
            QCOMPARE(sheet.rows.at(row + 1).at(1).time(),
                     QDateTime::fromSecsSinceEpoch(1700000000 + row * 61, Qt::UTC));
        }
    }
}

void TestXlsxWorkbookWriter::sheetNamesExcelRefusesAreMadeSafe()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.xlsx"));
    ExportTable table({{QStringLiteral("A"), ExportTable::ColumnKind::Text}});
    XlsxWorkbookWriter book(path);
    QVERIFY(book.addSheet(QStringLiteral("a/b:c*d?[e]"), table));
    QVERIFY(book.addSheet(QStringLiteral("A name far longer than the thirty-one characters Excel allows"), table));
    QVERIFY2(book.commit(), qPrintable(book.errorString()));
    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    QCOMPARE(reader.sheets.size(), 2);
    QCOMPARE(reader.sheets[0].name, QStringLiteral("a_b_c_d__e_"));
    QCOMPARE(reader.sheets[1].name.size(), XlsxWorkbookWriter::MaxSheetNameChars);
}

void TestXlsxWorkbookWriter::aViewOfTheServersUsersComesBackCellForCell()
{
    DemoUsersView view;
    QVERIFY(view.load());
    TableFilterProxyModel &proxy = view.proxy;
    proxy.setFilterText(QStringLiteral("an"));
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    QVERIFY(proxy.rowCount() > 100);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    XlsxWorkbookWriter book(path);
    QVERIFY2(book.addSheet(QStringLiteral("Users"), ModelSnapshot::takeAll(&proxy)) && book.commit(),
             qPrintable(book.errorString()));
    const XlsxReader reader = readBack(path);
    QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
    const XlsxReader::Sheet &sheet = reader.sheets.first();
    QCOMPARE(sheet.rows.size(), proxy.rowCount() + 1);
    QCOMPARE(sheet.text(0, ProjectUsersModel::EmailColumn), QStringLiteral("Email"));
    for (int row = 0; row < proxy.rowCount(); ++row) {
        for (int column : {int(ProjectUsersModel::NameColumn), int(ProjectUsersModel::EmailColumn),
                           int(ProjectUsersModel::RoleColumn), int(ProjectUsersModel::IdColumn)})
            QCOMPARE(sheet.text(row + 1, column), proxy.index(row, column).data(ModelRoles::ExportRole).toString());
        const qint64 added = proxy.index(row, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong();
        QCOMPARE(sheet.rows[row + 1][ProjectUsersModel::AddedColumn].time().toSecsSinceEpoch(), added);
    }
}

void TestXlsxWorkbookWriter::replacesAnEarlierFileOnlyWhenComplete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    QVERIFY(writeRaw(path, OldContent));
    ExportTable table(nameAndAdded());
    table.appendText(QStringLiteral("Ada"));
    table.appendTime(1700000000);
    XlsxWorkbookWriter book(path);
    QVERIFY(book.addSheet(QStringLiteral("Users"), table));
    // Until commit() the earlier file is what the path holds.
    QCOMPARE(readAll(path), OldContent);
    QVERIFY2(book.commit(), qPrintable(book.errorString()));
    QCOMPARE(readBack(path).sheets.value(0).text(1, 0), QStringLiteral("Ada"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.xlsx")});
}

void TestXlsxWorkbookWriter::cancelLeavesTheEarlierFileAndNoTemporaryFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    QVERIFY(writeRaw(path, OldContent));
    {
        XlsxWorkbookWriter book(path);
        ExportTable table(nameAndAdded());
        table.appendText(QStringLiteral("Ada"));
        table.appendTime(1700000000);
        QVERIFY(book.addSheet(QStringLiteral("Users"), table));
        book.cancel();
        QVERIFY(!book.commit());
    }
    QCOMPARE(readAll(path), OldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.xlsx")});
}

void TestXlsxWorkbookWriter::fullDiskSaysSoAndKeepsTheEarlierFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.xlsx"));
    QVERIFY(writeRaw(path, OldContent));
    ExportTable table(nameAndAdded());
    for (int i = 0; i < 20000; ++i) {
        table.appendText(QStringLiteral("user number %1 with a longer name").arg(i));
        table.appendTime(1700000000 + i);
    }
    // A file size limit stands in for a full disk: writes past it fail for every user, root too.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 16384;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    bool written = false;
    QString error;
    {
        XlsxWorkbookWriter book(path);
        written = book.addSheet(QStringLiteral("Users"), table) && book.commit();
        error = book.errorString();
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY(!written);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("disk is full")), qPrintable(error));
    QCOMPARE(readAll(path), OldContent);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("users.xlsx")});
}

void TestXlsxWorkbookWriter::missingFolderSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone/users.xlsx"));
    XlsxWorkbookWriter book(path);
    QVERIFY(!book.addSheet(QStringLiteral("Users"), ExportTable(nameAndAdded())));
    QVERIFY2(book.errorString().contains(QLatin1String("does not exist")), qPrintable(book.errorString()));
    QVERIFY(!QFile::exists(path));
}

// As a CSV through QSaveFile: a link named as the target stays a link and the file it points to
// gets the workbook; a pipe (or a device) is not replaced by a file, and the export says why.
void TestXlsxWorkbookWriter::aLinkIsFollowedAndAPipeIsLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const QString real = dir.filePath(QStringLiteral("real/users.xlsx"));
    const QString link = dir.filePath(QStringLiteral("users.xlsx"));
    QVERIFY(writeRaw(real, OldContent));
    QVERIFY(QFile::link(QStringLiteral("real/users.xlsx"), link));
    ExportTable table(nameAndAdded());
    table.appendText(QStringLiteral("Ada"));
    table.appendTime(1700000000);
    XlsxWorkbookWriter linked(link);
    QVERIFY(linked.addSheet(QStringLiteral("Users"), table));
    QVERIFY2(linked.commit(), qPrintable(linked.errorString()));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readBack(real).sheets.value(0).text(1, 0), QStringLiteral("Ada"));

    const QString pipe = dir.filePath(QStringLiteral("pipe.xlsx"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    XlsxWorkbookWriter piped(pipe);
    QVERIFY(!piped.addSheet(QStringLiteral("Users"), table) || !piped.commit());
    QVERIFY2(piped.errorString().contains(QStringLiteral("not a regular file")), qPrintable(piped.errorString()));
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList({QStringLiteral("pipe.xlsx"), QStringLiteral("users.xlsx")}));
}

QTEST_GUILESS_MAIN(TestXlsxWorkbookWriter)
#include "tst_xlsxworkbookwriter.moc"
