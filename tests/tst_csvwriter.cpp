// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and clipboard formats, read back by an independent RFC 4180 reader.
#include "export/csvwriter.h"
#include "export/tableexport.h"
#include "models/modelroles.h"
#include "rfc4180reader.h"

#include <QStandardItemModel>
#include <QTest>

namespace {

struct Tricky
{
    const char *label;
    QString value;
    bool formulaLike;
};

QVector<Tricky> trickyValues()
{
    return {
        {"plain", QStringLiteral("Ada Lovelace"), false},
        {"comma", QStringLiteral("Lovelace, Ada"), false},
        {"quote", QStringLiteral("Ada \"The Countess\" Lovelace"), false},
        {"only quotes", QStringLiteral("\"\""), false},
        {"lone CR", QStringLiteral("Ada\rLovelace"), false},
        {"LF", QStringLiteral("Ada\nLovelace"), false},
        {"CRLF", QStringLiteral("Ada\r\nLovelace"), false},
        {"trailing CR", QStringLiteral("Ada\r"), false},
        {"tab inside", QStringLiteral("Ada\tLovelace"), false},
        {"leading =", QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), true},
        {"leading +", QStringLiteral("+1 555 0100"), true},
        {"leading -", QStringLiteral("-2+3"), true},
        {"leading @", QStringLiteral("@SUM(A1:A2)"), true},
        {"leading tab", QStringLiteral("\t=1+1"), true},
        {"leading CR", QStringLiteral("\r=1+1"), true},
        {"= with comma", QStringLiteral("=1,2"), true},
        {"= inside", QStringLiteral("a=b"), false},
        {"emoji", QStringLiteral("Kai 🚀 van der Berg 👩🏽‍💻"), false},
        {"CJK", QStringLiteral("佐藤 明 研究"), false},
        {"accents", QStringLiteral("Chloé Øster Łukasz Núñez"), false},
        {"RTL", QStringLiteral("فاطمة"), false},
        {"apostrophe", QStringLiteral("'already quoted"), false},
        {"spaces", QStringLiteral("  padded  "), false},
        {"long name", QString(20000, QLatin1Char('x')) + QStringLiteral(", \"é\"\r\n🚀"), false},
        {"empty", QString(QLatin1String("")), false},
        {"null", QString(), false},
    };
}

QByteArray writeRows(const CsvOptions &options)
{
    CsvWriter writer(options);
    writer.writeField(u"Label");
    writer.writeField(u"Value");
    writer.writeField(u"After");
    writer.endRecord();
    for (const Tricky &t : trickyValues()) {
        writer.writeField(QString::fromLatin1(t.label));
        writer.writeField(t.value);
        writer.writeField(u"end");
        writer.endRecord();
    }
    return writer.takeData();
}

// A model like the app's: titles in the header, export text in ExportRole, "—" on screen for null.
std::unique_ptr<QStandardItemModel> tableOf(const QStringList &titles, const QVector<QStringList> &rows)
{
    auto model = std::make_unique<QStandardItemModel>(int(rows.size()), int(titles.size()));
    model->setHorizontalHeaderLabels(titles);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < titles.size(); ++c) {
            auto *item = new QStandardItem(rows[r][c].isEmpty() ? QStringLiteral("—") : rows[r][c]);
            item->setData(rows[r][c], ModelRoles::ExportRole);
            model->setItem(r, c, item);
        }
    }
    return model;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTrickyValueComesBackExactlyWithoutGuard();
    void guardAddsQuoteToExactlyTheFormulaLikeValues();
    void guardIsOnByDefault();
    void fieldsAreQuotedOnlyWhenNeeded();
    void recordsEndWithCrlf();
    void byteOrderMarkOnlyWhenAsked();
    void textIsUtf8();
    void singleEmptyFieldIsNotAnEmptyLine();
    void loneSurrogateBecomesReplacementCharacter();
    void tableCsvHasHeaderRowThenRows();
    void tableCsvTakesOnlyTheGivenColumnsInOrder();
    void tsvQuotesTabsNewlinesAndQuotes();
    void tsvSeparatesRowsWithLf();
    void suggestedFileNameNamesProjectWhatAndDay();
    void aSpecialCharacterAnywhereInALongFieldIsHandled();
};

void TestCsvWriter::everyTrickyValueComesBackExactlyWithoutGuard()
{
    CsvOptions options;
    options.formulaGuard = false;
    Rfc4180Reader reader;
    QVERIFY2(reader.read(writeRows(options)), qPrintable(reader.error));
    const QVector<Tricky> values = trickyValues();
    QCOMPARE(reader.records.size(), values.size() + 1);
    QCOMPARE(reader.records.first(), QStringList({QStringLiteral("Label"), QStringLiteral("Value"), QStringLiteral("After")}));
    for (int i = 0; i < values.size(); ++i) {
        const QStringList &record = reader.records.at(i + 1);
        QCOMPARE(record.size(), 3);
        QCOMPARE(record.at(0), QString::fromLatin1(values[i].label));
        QVERIFY2(record.at(1) == values[i].value, values[i].label);
        QCOMPARE(record.at(2), QStringLiteral("end"));
    }
}

void TestCsvWriter::guardAddsQuoteToExactlyTheFormulaLikeValues()
{
    Rfc4180Reader reader;
    QVERIFY2(reader.read(writeRows(CsvOptions())), qPrintable(reader.error));
    const QVector<Tricky> values = trickyValues();
    QCOMPARE(reader.records.size(), values.size() + 1);
    for (int i = 0; i < values.size(); ++i) {
        const QString expected = values[i].formulaLike ? QLatin1Char('\'') + values[i].value : values[i].value;
        QVERIFY2(reader.records.at(i + 1).at(1) == expected, values[i].label);
    }
}

void TestCsvWriter::guardIsOnByDefault()
{
    CsvWriter writer;
    writer.writeField(u"=1+1");
    writer.endRecord();
    QCOMPARE(writer.data().toByteArray(), QByteArray("'=1+1\r\n"));
}

void TestCsvWriter::fieldsAreQuotedOnlyWhenNeeded()
{
    CsvOptions options;
    options.formulaGuard = false;
    CsvWriter writer(options);
    for (const char16_t *text : {u"Ada", u"a,b", u"say \"hi\"", u"a\rb", u"a\nb", u"a\tb", u"", u"x"})
        writer.writeField(text);
    writer.endRecord();
    QCOMPARE(writer.data().toByteArray(), QByteArray("Ada,\"a,b\",\"say \"\"hi\"\"\",\"a\rb\",\"a\nb\",a\tb,,x\r\n"));
}

void TestCsvWriter::recordsEndWithCrlf()
{
    const QByteArray csv = writeRows(CsvOptions());
    QVERIFY(csv.endsWith("\r\n"));
    // Outside quotes every LF follows a CR: the strict reader fails on anything else.
    Rfc4180Reader reader;
    QVERIFY2(reader.read(csv), qPrintable(reader.error));
    Rfc4180Reader lfOnly;
    lfOnly.lineEnd = "\n";
    QVERIFY(!lfOnly.read(csv));
}

void TestCsvWriter::byteOrderMarkOnlyWhenAsked()
{
    CsvOptions withBom;
    withBom.byteOrderMark = true;
    const QByteArray bom("\xEF\xBB\xBF");
    const QByteArray plain = writeRows(CsvOptions());
    const QByteArray marked = writeRows(withBom);
    QVERIFY(!plain.startsWith(bom));
    QVERIFY(!plain.contains(bom));
    QVERIFY(marked.startsWith(bom));
    QCOMPARE(marked.mid(3), plain);
}

void TestCsvWriter::textIsUtf8()
{
    CsvWriter writer;
    writer.writeField(u"é佐🚀");
    writer.endRecord();
    QCOMPARE(writer.data().toByteArray(), QByteArray("\xC3\xA9\xE4\xBD\x90\xF0\x9F\x9A\x80\r\n"));
}

void TestCsvWriter::singleEmptyFieldIsNotAnEmptyLine()
{
    CsvWriter writer;
    writer.writeField(u"Name");
    writer.endRecord();
    writer.writeField(QString());
    writer.endRecord();
    QCOMPARE(writer.data().toByteArray(), QByteArray("Name\r\n\"\"\r\n"));
    Rfc4180Reader reader;
    QVERIFY(reader.read(writer.data().toByteArray()));
    QCOMPARE(reader.records, (QVector<QStringList>{{QStringLiteral("Name")}, {QString()}}));
}

void TestCsvWriter::loneSurrogateBecomesReplacementCharacter()
{
    CsvWriter writer;
    const QChar broken[] = {QChar(u'a'), QChar(char16_t(0xD83D)), QChar(u'b')};
    writer.writeField(QStringView(broken, 3));
    writer.endRecord();
    QCOMPARE(writer.data().toByteArray(), QByteArray("a\xEF\xBF\xBD" "b\r\n"));
}

void TestCsvWriter::tableCsvHasHeaderRowThenRows()
{
    const auto model = tableOf({QStringLiteral("Name"), QStringLiteral("Email")},
                               {{QStringLiteral("Ada"), QString()}, {QStringLiteral("=cmd"), QStringLiteral("b@x")}});
    const QByteArray csv = TableExport::allOf(model.get()).toCsv(CsvOptions());
    QCOMPARE(csv, QByteArray("Name,Email\r\nAda,\r\n'=cmd,b@x\r\n"));
}

void TestCsvWriter::tableCsvTakesOnlyTheGivenColumnsInOrder()
{
    const auto model = tableOf({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                               {{QStringLiteral("a0"), QStringLiteral("b0"), QStringLiteral("c0")},
                                {QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")}});
    TableExport table;
    table.model = model.get();
    table.rows = {1, 0};
    table.columns = {2, 0};
    QCOMPARE(table.toCsv(CsvOptions()), QByteArray("C,A\r\nc1,a1\r\nc0,a0\r\n"));
}

void TestCsvWriter::tsvQuotesTabsNewlinesAndQuotes()
{
    const QStringList values{QStringLiteral("a\tb"), QStringLiteral("line\nbreak"), QStringLiteral("cr\ronly"),
                             QStringLiteral("say \"hi\""), QStringLiteral("a,b"), QStringLiteral("🚀 佐藤")};
    const auto model = tableOf({QStringLiteral("Value"), QStringLiteral("Next")},
                               [&] {
                                   QVector<QStringList> rows;
                                   for (const QString &v : values)
                                       rows << QStringList{v, QStringLiteral("x")};
                                   return rows;
                               }());
    const QString tsv = TableExport::allOf(model.get()).toTsv();
    QVERIFY(tsv.contains(QStringLiteral("a,b\tx\n"))); // a comma needs no quotes between tabs
    Rfc4180Reader reader;
    reader.separator = '\t';
    reader.lineEnd = "\n";
    QVERIFY2(reader.read(tsv.toUtf8()), qPrintable(reader.error));
    QCOMPARE(reader.records.size(), values.size() + 1);
    QCOMPARE(reader.records.first(), QStringList({QStringLiteral("Value"), QStringLiteral("Next")}));
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(reader.records.at(i + 1), QStringList({values[i], QStringLiteral("x")}));
}

void TestCsvWriter::tsvSeparatesRowsWithLf()
{
    const auto model = tableOf({QStringLiteral("Name")}, {{QStringLiteral("Ada")}, {QStringLiteral("=1+1")}});
    QCOMPARE(TableExport::allOf(model.get()).toTsv(), QStringLiteral("Name\nAda\n'=1+1\n"));
    QCOMPARE(TableExport::allOf(model.get()).toTsv(false), QStringLiteral("Name\nAda\n=1+1\n"));
}

void TestCsvWriter::suggestedFileNameNamesProjectWhatAndDay()
{
    const QDate day(2026, 11, 22);
    QCOMPARE(TableExport::suggestedFileName(QStringLiteral("proj_abc"), QStringLiteral("users"), day),
             QStringLiteral("proj_abc-users-2026-11-22.csv"));
    QCOMPARE(TableExport::suggestedFileName(QStringLiteral("proj_research_研究"), QStringLiteral("groups"), day),
             QStringLiteral("proj_research_研究-groups-2026-11-22.csv"));
    QCOMPARE(TableExport::suggestedFileName(QStringLiteral("a/b:c\\d\n"), QStringLiteral("users"), day),
             QStringLiteral("a_b_c_d_-users-2026-11-22.csv"));
}

// Long plain fields are copied several characters at a time: a comma, quote, CR, LF or
// character beyond ASCII (two or three UTF-8 bytes, or a surrogate pair) at any place (inside a
// step, across two, in the rest after the steps), alone or with a second one after it, still
// makes the field quoted or encoded, and it reads back whole.
void TestCsvWriter::aSpecialCharacterAnywhereInALongFieldIsHandled()
{
    const QStringList specials = {QStringLiteral(","), QStringLiteral("\""), QStringLiteral("\r"), QStringLiteral("\n"),
                                  QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("🚀")};
    CsvOptions unguarded; // a leading CR is guarded otherwise
    unguarded.formulaGuard = false;
    const auto check = [&](const QString &field, bool quoted) {
        CsvWriter writer(unguarded);
        writer.writeField(field);
        writer.writeField(u"next");
        writer.endRecord();
        const QByteArray bytes = writer.data().toByteArray();
        QVERIFY2(bytes.startsWith('"') == quoted, bytes.constData());
        if (!quoted)
            QCOMPARE(bytes, field.toUtf8() + ",next\r\n");
        Rfc4180Reader reader;
        QVERIFY(reader.read(bytes));
        QCOMPARE(reader.records, (QVector<QStringList>{{field, QStringLiteral("next")}}));
    };
    const auto isAscii = [](const QString &special) { return special.front().unicode() < 0x80; };
    for (int length = 1; length <= 26; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const QString &special : specials) {
                const QString field = QString(at, QLatin1Char('a')) + special + QString(length - at - 1, QLatin1Char('b'));
                check(field, isAscii(special));
                if (QTest::currentTestFailed())
                    return;
                for (int second = at + 1; second < length; ++second) {
                    for (const QString &other : specials) {
                        QString two = field;
                        two.replace(at + special.size() + (second - at - 1), 1, other);
                        check(two, isAscii(special) || isAscii(other));
                        if (QTest::currentTestFailed())
                            return;
                    }
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
