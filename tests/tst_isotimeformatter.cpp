// SPDX-License-Identifier: GPL-3.0-or-later
// The export's fast ISO 8601 formatting gives Qt's own text for every time a model may hold.
#include "export/exporttable.h"
#include "export/isotimeformatter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

class TestIsoTimeFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsQtAcrossTheCalendar();
    void noTimeIsEmpty();
};

void TestIsoTimeFormatter::sameTextAsQtAcrossTheCalendar()
{
    IsoTimeFormatter formatter;
    QVector<qint64> seconds{0, -1, 1, 86399, 86400, 951782400 /* 2000-02-29 */, 4107542399 /* 2100-02-28T23:59:59 */,
                            -2208988800 /* 1900-01-01 */, -62135596800 /* 0001-01-01 */, 253402300799 /* 9999-12-31 */,
                            -62135596801, 253402300800, 1700000000};
    QRandomGenerator random(20261122);
    for (int i = 0; i < 20000; ++i)
        seconds.append(qint64(random.bounded(Q_INT64_C(-63000000000), Q_INT64_C(254000000000))));
    for (const qint64 s : seconds) {
        const QString expected = QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(formatter.format(s).toString(), expected);
        QCOMPARE(ExportTable::isoUtc(s), expected);
    }
}

void TestIsoTimeFormatter::noTimeIsEmpty()
{
    IsoTimeFormatter formatter;
    QVERIFY(formatter.format(ExportTable::NoTime).isEmpty());
    QCOMPARE(ExportTable::isoUtc(ExportTable::NoTime), QString());
}

QTEST_GUILESS_MAIN(TestIsoTimeFormatter)
#include "tst_isotimeformatter.moc"
