// SPDX-License-Identifier: GPL-3.0-or-later
// Fault soak: a large listing loads while the server misbehaves at random (fixed seed).
// At the end the table holds every row exactly once, in the server's order; on the way, an error
// leaves the rows already shown intact, and Retry carries on from where it stopped.
#include "testsupport.h"

#include "models/projectusersmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>

class TestFaultSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowExactlyOnceInOrderDespiteFaults();
};

void TestFaultSoak::everyRowExactlyOnceInOrderDespiteFaults()
{
    constexpr int Users = 20000;
    constexpr quint32 Seed = 20261122;
    LocalApi api(Users);
    using K = ServerFault::Kind;
    // Transient faults only: each can succeed on retry. (Malformed rows are skipped by design and
    // empty pages end a listing; they are tested on their own elsewhere.)
    api.faults->setRandom(Seed, 0.15,
                                {K::RateLimit, K::ServerError, K::BadGatewayHtml, K::DropConnection,
                                 K::TruncatedBody, K::NotJson});
    // Latency spikes: most within the transfer timeout, some beyond it (a timeout, then a retry).
    api.client->setTransferTimeoutMs(600);
    // Two attempts a page: some pages give up, so the error-then-Retry path is soaked too.
    RetryPolicy policy = api.client->retryPolicy();
    policy.maxAttempts = 2;
    api.client->setRetryPolicy(policy);
    for (int i = 1; i <= 12; ++i) {
        ServerFault spike = ServerFault::of(K::None, QString(), 13 * i, 1);
        spike.latencyMs = i % 4 == 0 ? 900 : 150;
        api.faults->add(spike);
    }

    ProjectUsersModel model(api.client.get());
    const QString projectId = QStringLiteral("proj_company_wide");
    model.setProjectId(projectId);
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);

    QElapsedTimer elapsed;
    elapsed.start();
    int resumes = 0;
    model.loadAll();
    for (;;) {
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 120000);
        if (finished.takeFirst().at(0).toBool())
            break;
        // Gave up on a page after its retries: an error is shown, the rows are kept.
        QVERIFY(model.hasError());
        QVERIFY(!model.lastError().toString().isEmpty());
        const int rowsAtError = model.rowCount();
        QVERIFY(rowsAtError > 0 || resumes == 0);
        QVERIFY2(++resumes <= 40, "the listing does not make progress");
        if (resumes % 2)
            model.retry(); // the Retry button, then the load continues
        model.loadAll();
        QCOMPARE(model.rowCount(), rowsAtError);
    }
    QVERIFY2(elapsed.elapsed() < 240000, "the soak must stay bounded");

    const DemoOrganization::ProjectSpec *spec = api.server->organization().project(projectId);
    QVERIFY(spec);
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), Users);
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(model.skippedRows(), 0);
    for (int row = 0; row < Users; ++row) {
        const QString expected = api.server->organization().projectUserJson(*spec, row).value(QStringLiteral("id")).toString();
        if (model.record(row).id != expected)
            QFAIL(qPrintable(QStringLiteral("row %1 is %2, expected %3").arg(row).arg(model.record(row).id, expected)));
    }
    QVERIFY(api.faults->injected() > 20);
    QCOMPARE(int(errors.count()), resumes); // every give-up was shown, and each was resumed
    qInfo("fault soak: %d faults injected, %d requests, %d errors shown, %d resumes, rows expected %d held %d, %lld ms",
          api.faults->injected(), api.log->count(), int(errors.count()), resumes, Users,
          int(model.rowCount()), qint64(elapsed.elapsed()));
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
