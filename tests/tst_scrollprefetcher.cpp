// SPDX-License-Identifier: GPL-3.0-or-later
// A real QTableView scrolled against the local server with latency: one request per page,
// and with a ScrollPrefetcher the next page is asked for before the last row shows.
#include "modeltestsupport.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/scrollprefetcher.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace {

// The last row the view shows, or -1 with no rows.
int lastVisibleRow(const QTableView &view)
{
    const int row = view.rowAt(view.viewport()->height() - 1);
    return row >= 0 ? row : view.model()->rowCount() - 1;
}

// Scrolls until `row` is at the bottom of the viewport (the next one may show in part, as the
// view scrolls by whole rows). The view lays out new rows on a timer, so its scroll range may
// lag behind the model for a moment.
bool scrollRowToBottom(QTableView &view, int row)
{
    return QTest::qWaitFor([&] {
        view.scrollTo(view.model()->index(row, 0), QAbstractItemView::PositionAtBottom);
        const int last = lastVisibleRow(view);
        return last == row || last == row + 1;
    }, 5000);
}

} // namespace

class TestScrollPrefetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrollingToTheBottomRequestsEachPageOnce_data();
    void scrollingToTheBottomRequestsEachPageOnce();
    void prefetcherRequestsTheNextPageBeforeTheLastRow();
    void prefetcherWorksThroughTheFilterProxy();
    void prefetcherAsksWhenTheViewGrowsTaller();
};

void TestScrollPrefetcher::scrollingToTheBottomRequestsEachPageOnce_data()
{
    QTest::addColumn<bool>("prefetch");
    QTest::newRow("view alone") << false;
    QTest::newRow("with prefetcher") << true;
}

void TestScrollPrefetcher::scrollingToTheBottomRequestsEachPageOnce()
{
    QFETCH(bool, prefetch);
    LocalApi api;
    api.server->setLatencyMs(30);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QTableView view;
    view.setModel(&model);
    view.resize(640, 400);
    if (prefetch)
        new ScrollPrefetcher(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Scroll to the bottom again and again, as a person dragging the scroll bar does, and
    // wait for each page only as long as it takes to arrive.
    for (int round = 0; round < 60 && !model.isComplete(); ++round) {
        const int before = model.rowCount();
        QVERIFY(QTest::qWaitFor([&] {
            view.scrollToBottom();
            return model.rowCount() > before || model.isComplete();
        }, 10000));
    }
    QVERIFY(model.isComplete());
    QCOMPARE(model.rowCount(), 2400);
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo));
    QCOMPARE(api.log->count(RosterDemoUsers), 24);
    const QStringList cursors = afterCursors(*api.log, RosterDemoUsers);
    QVERIFY(allDistinct(cursors));
    QCOMPARE(cursors.first(), QString());
    QVERIFY(!model.isLoading());
}

void TestScrollPrefetcher::prefetcherRequestsTheNextPageBeforeTheLastRow()
{
    LocalApi api;
    api.server->setLatencyMs(30);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QTableView view;
    view.setModel(&model);
    view.resize(640, 400);
    const int rowsAhead = 30;
    new ScrollPrefetcher(&view, rowsAhead);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(api.log->count(RosterDemoUsers), 1);

    // Still more than rowsAhead rows below the last one on screen: nothing is asked.
    QVERIFY(scrollRowToBottom(view, 99 - rowsAhead - 5));
    QCoreApplication::processEvents();
    QVERIFY(!model.isLoading());

    // Within rowsAhead rows of the end, far from the last row: the next page is asked for.
    QVERIFY(scrollRowToBottom(view, 99 - rowsAhead + 5));
    QTRY_VERIFY_WITH_TIMEOUT(model.isLoading() || model.rowCount() > 100, 5000);
    QVERIFY(lastVisibleRow(view) < 99);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
    QVERIFY(lastVisibleRow(view) < 99);
    QCOMPARE(api.log->count(RosterDemoUsers), 2);
    QCOMPARE(model.duplicateRows(), 0);
}

void TestScrollPrefetcher::prefetcherWorksThroughTheFilterProxy()
{
    LocalApi api;
    ProjectUsersModel users(api.client.get());
    users.setProjectId(RosterDemo);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);
    QTableView view;
    view.resize(640, 400);
    // The prefetcher follows a model given to the view after it was attached.
    new ScrollPrefetcher(&view, 50);
    view.setModel(&proxy);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(users.rowCount(), 100, 10000);
    QTRY_VERIFY(!users.isLoading());

    QVERIFY(scrollRowToBottom(view, 70));
    QTRY_COMPARE_WITH_TIMEOUT(users.rowCount(), 200, 10000);
    QVERIFY(lastVisibleRow(view) < 99);
    QCOMPARE(api.log->count(RosterDemoUsers), 2);
}

void TestScrollPrefetcher::prefetcherAsksWhenTheViewGrowsTaller()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QTableView view;
    view.setModel(&model);
    view.resize(640, 200);
    const int rowsAhead = 60;
    new ScrollPrefetcher(&view, rowsAhead);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(lastVisibleRow(view) < 99 - rowsAhead);
    QCOMPARE(api.log->count(RosterDemoUsers), 1);

    // Taller, with no scrolling: the rows on screen now reach within rowsAhead of the end.
    view.resize(640, view.horizontalHeader()->height() + view.rowHeight(0) * 50);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QCOMPARE(api.log->count(RosterDemoUsers), 2);
}

QTEST_MAIN(TestScrollPrefetcher)
#include "tst_scrollprefetcher.moc"
