// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every file of the fuzzing corpus (tests/fuzz/corpus/<target>/) through the same entry
// points as the libFuzzer targets: what fuzzing found stays fixed, with any compiler, in CI.
#include "fuzz/fuzzentrypoints.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(ROSTER_FUZZ_CORPUS));
    int files = 0;
    const QStringList targets = {QStringLiteral("listpage"), QStringLiteral("apierror"), QStringLiteral("csv"),
                                 QStringLiteral("store")};
    for (const QString &target : std::as_const(targets)) {
        const QDir dir(corpus.filePath(target));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(QStringLiteral("no corpus for %1").arg(target)));
        for (const QString &name : names) {
            QTest::addRow("%s/%s", qPrintable(target), qPrintable(name)) << target << dir.filePath(name);
            ++files;
        }
    }
    QVERIFY(files > 0);
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QString broken;
    if (target == QLatin1String("listpage"))
        broken = FuzzEntryPoints::listPage(data);
    else if (target == QLatin1String("apierror"))
        broken = FuzzEntryPoints::apiError(data);
    else if (target == QLatin1String("csv"))
        broken = FuzzEntryPoints::csvRoundTrip(data);
    else if (target == QLatin1String("store"))
        broken = FuzzEntryPoints::snapshotStore(data);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
