// SPDX-License-Identifier: GPL-3.0-or-later
// Roster's table as pages arrive from the local server: rows that land on screen show at once,
// and rows that land below it leave the screen as it was (repainting every visible cell once a
// page was most of a long load's time).
#include "modeltestsupport.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/listingitemdelegate.h"
#include "ui/listingtableview.h"
#include "ui/scrollprefetcher.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace {

// Counts the paint events the view's viewport receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

// The lines of text `delegate` lays out while `viewport` paints, read as each paint is over.
// What the window shows now (its backing store) against a fresh rendering of the same widgets:
// they differ when a change reached the model but never the screen.
bool screenIsUpToDate(QWidget &window)
{
    QCoreApplication::processEvents();
    const QImage shown = window.screen()->grabWindow(window.winId()).toImage().convertToFormat(QImage::Format_RGB32);
    const QImage fresh = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (shown.size() != fresh.size())
        qWarning() << "sizes differ" << shown.size() << fresh.size();
    return shown == fresh;
}

// The demo project's users, through the filter proxy, in a ListingTableView of about 20 rows
// that asks for pages only when a test does (Qt's view still asks while its last row shows).
struct ShownUsers
{
    ShownUsers()
    {
        proxy.setSourceModel(&model);
        view.findChild<ScrollPrefetcher *>()->setRowsAhead(0);
        view.setModel(&proxy);
        view.resize(800, view.verticalHeader()->defaultSectionSize() * 20 + view.horizontalHeader()->sizeHint().height());
    }
    // Shows the table and waits until the listing stops growing and the screen shows it.
    bool showSettled()
    {
        model.setProjectId(RosterDemo);
        view.show();
        return QTest::qWaitForWindowExposed(&view) && settle();
    }
    // True once no page is in flight and no rows came into the model or the table for 150 ms
    // (a sorted table takes in arrived rows up to a tenth of a second later), then once the
    // screen is current.
    bool settle()
    {
        int rows = -1;
        int proxyRows = -1;
        QElapsedTimer unchanged;
        return QTest::qWaitFor([&] {
                   if (model.isLoading() || model.rowCount() != rows || proxy.rowCount() != proxyRows) {
                       rows = model.rowCount();
                       proxyRows = proxy.rowCount();
                       unchanged.start();
                       return false;
                   }
                   return unchanged.elapsed() >= 150;
               }, 10000)
            && QTest::qWaitFor([&] { return screenIsUpToDate(view); }, 5000);
    }

    LocalApi api;
    ProjectUsersModel model{api.client.get()};
    TableFilterProxyModel proxy;
    ListingTableView view;
};

QStringList shownNames(const ListingTableView &view)
{
    QStringList names;
    const int last = view.rowAt(view.viewport()->height() - 1);
    for (int row = view.rowAt(0); row >= 0 && row <= (last >= 0 ? last : view.model()->rowCount() - 1); ++row)
        names.append(view.model()->index(row, ProjectUsersModel::NameColumn).data().toString());
    return names;
}

// Most of the `laidOut` lines of text that came on screen were laid out ahead of the paints that
// showed them: at most a quarter inside paints. Unoptimized (the sanitizer tree), a cell's text
// takes some ten times as long: a screen needs several turns, and a repaint (the headers' as rows
// arrive, a merge landing) can come before the last. The share is checked where the timing is the
// product's; elsewhere it is only reported.
bool fewLaidOutWhilePainting(int inPaints, int laidOut)
{
    const QString share = QStringLiteral("%1 of %2 lines laid out while painting").arg(inPaints).arg(laidOut);
#ifdef QT_NO_DEBUG
    if (inPaints * 4 > laidOut) {
        qWarning("%s", qPrintable(share));
        return false;
    }
#else
    qInfo("%s (checked in an optimized build)", qPrintable(share));
#endif
    return true;
}

} // namespace

class TestListingTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageBelowTheScreenGrowsTheScrollBarOnly();
    void filteredRowsArrivingOnScreenShow();
    void sortedRowsArrivingOnScreenShow();
    void rowsSortedInAboveTheScreenLeaveItsRowsInPlace();
    void pagesMergedAroundTheScreenLeaveItsRowsInPlace();
    void namesSortedOntoTheScreenAreLaidOutBeforeTheyArePainted();
    void aScrollBarThatLooksTheSameIsNotRepainted();
    void aListingsFirstNamesAreLaidOutBeforeTheyArePainted();
    void cellsLookAsQtPaintsThem_data();
    void cellsLookAsQtPaintsThem();
};

void TestListingTableView::pageBelowTheScreenGrowsTheScrollBarOnly()
{
    ShownUsers table;
    QVERIFY(table.showSettled());
    QCOMPARE(table.model.rowCount(), 100);
    const QStringList before = shownNames(table.view);
    QCOMPARE(before.size(), 20);
    const int maximum = table.view.verticalScrollBar()->maximum();

    PaintCounter paints(table.view.viewport());
    // A repaint may still be queued from the first page; let it go by.
    QTest::qWait(100);
    paints.count = 0;
    fetchMore(table.model);
    QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), 200, 10000);
    // The scroll bar now spans 200 rows; the rows on screen are the same, and were not repainted.
    QTRY_VERIFY(table.view.verticalScrollBar()->maximum() > maximum);
    QCOMPARE(table.view.verticalScrollBar()->maximum() - maximum, 100);
    QCOMPARE(shownNames(table.view), before);
    QCOMPARE(paints.count, 0);
    QVERIFY(screenIsUpToDate(table.view));

    // Scrolling down shows the new rows.
    table.view.scrollTo(table.proxy.index(150, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(screenIsUpToDate(table.view));
    QCOMPARE(shownNames(table.view).constFirst(), table.proxy.index(150, ProjectUsersModel::NameColumn).data().toString());
}

void TestListingTableView::filteredRowsArrivingOnScreenShow()
{
    // Owners are few: page after page adds a row or two to a table that does not fill the
    // screen, and Qt's view asks for the next page while its last row shows.
    ShownUsers table;
    table.proxy.setCategoryFilter({QStringLiteral("owner")});
    QVERIFY(table.showSettled());
    QVERIFY(table.model.rowCount() > 100);
    QVERIFY(table.proxy.rowCount() > 1);
    QVERIFY2(table.proxy.rowCount() <= 20, qPrintable(QStringLiteral("%1 owners in %2 rows").arg(table.proxy.rowCount()).arg(table.model.rowCount())));
    QCOMPARE(shownNames(table.view), columnValues(table.proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole));
}

void TestListingTableView::sortedRowsArrivingOnScreenShow()
{
    ShownUsers table;
    table.view.sortByColumn(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(table.showSettled());
    const QStringList before = shownNames(table.view);

    // The next pages bring names that sort among the first twenty on screen.
    for (int page = 0; page < 3; ++page) {
        fetchMore(table.model);
        QTRY_VERIFY_WITH_TIMEOUT(!table.model.isLoading(), 10000);
    }
    QCOMPARE(table.model.rowCount(), 400);
    QVERIFY(table.settle());
    QVERIFY(shownNames(table.view) != before);
    QCOMPARE(shownNames(table.view), columnValues(table.proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole).mid(0, 20));
}

void TestListingTableView::rowsSortedInAboveTheScreenLeaveItsRowsInPlace()
{
    // Newest first: every page the server sends holds users added later, so its rows all go in
    // at the top of the table.
    ShownUsers table;
    table.view.sortByColumn(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    QVERIFY(table.showSettled());
    const auto topId = [&] {
        return table.proxy.index(table.view.rowAt(0), ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString();
    };

    // A person reading from the 41st row down while more pages come in: the rows stay put.
    table.view.scrollTo(table.proxy.index(40, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(table.settle());
    const QString reading = topId();
    const QStringList shown = shownNames(table.view);
    fetchMore(table.model);
    QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), 200, 10000);
    QVERIFY(table.settle());
    QCOMPARE(table.view.rowAt(0), 140);
    QCOMPARE(topId(), reading);
    QCOMPARE(shownNames(table.view), shown);

    // Back at the very top, the newest rows are the news: they show there.
    table.view.scrollToTop();
    QVERIFY(table.settle());
    fetchMore(table.model);
    QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), 300, 10000);
    QVERIFY(table.settle());
    QCOMPARE(table.view.rowAt(0), 0);
    QCOMPARE(topId(), table.model.index(299, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
}

void TestListingTableView::pagesMergedAroundTheScreenLeaveItsRowsInPlace()
{
    // Sorted by name, each page's rows land above, among and below the rows on screen; the
    // proxy merges a page with one layout change.
    ShownUsers table;
    table.view.sortByColumn(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(table.showSettled());
    fetchMore(table.model);
    QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), 200, 10000);
    QVERIFY(table.settle());
    table.view.scrollTo(table.proxy.index(100, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(table.settle());
    const auto topId = [&] {
        return table.proxy.index(table.view.rowAt(0), ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString();
    };
    const QString reading = topId();
    for (int rows = 300; rows <= 500; rows += 100) {
        fetchMore(table.model);
        QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), rows, 10000);
        QVERIFY(table.settle()); // the screen shows the model as it now is
        QCOMPARE(topId(), reading);
    }
    // The rows above the screen grew: the row read moved down the table, not on the screen.
    QVERIFY(table.view.rowAt(0) > 100);
    QCOMPARE(shownNames(table.view), columnValues(table.proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole)
                                         .mid(table.view.rowAt(0), shownNames(table.view).size()));
}

void TestListingTableView::namesSortedOntoTheScreenAreLaidOutBeforeTheyArePainted()
{
    // A screen of names never shown before takes milliseconds to lay out: the table does it a
    // turn at a time before the layout that shows them, not inside one paint.
    ShownUsers table;
    table.view.sortByColumn(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(table.showSettled());
    const auto *delegate = qobject_cast<const ListingItemDelegate *>(table.view.itemDelegate());
    QVERIFY(delegate);
    const int before = delegate->linesLaidOut();
    const int beforePainting = delegate->linesLaidOutWhilePainting();
    for (int rows = 200; rows <= 500; rows += 100) {
        fetchMore(table.model);
        QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), rows, 10000);
        QVERIFY(table.settle());
    }
    QCOMPARE(shownNames(table.view), columnValues(table.proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole).mid(0, 20));
    const int laidOut = delegate->linesLaidOut() - before;
    QVERIFY2(laidOut >= 20, qPrintable(QString::number(laidOut))); // the pages brought names onto the screen
    QVERIFY(fewLaidOutWhilePainting(delegate->linesLaidOutWhilePainting() - beforePainting, laidOut));
}

// Past a few hundred rows the slider is at its shortest: while the person reads the top of the
// table, the pages that arrive below change the scroll bar's range and not one of its pixels, and
// it is not repainted for them. Scrolled, it is.
void TestListingTableView::aScrollBarThatLooksTheSameIsNotRepainted()
{
    ShownUsers table;
    QVERIFY(table.showSettled());
    for (int rows = 200; rows <= 500; rows += 100) {
        fetchMore(table.model);
        QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), rows, 10000);
    }
    QVERIFY(table.settle());
    QScrollBar *bar = table.view.verticalScrollBar();
    const int maximum = bar->maximum();
    PaintCounter paints(bar);
    for (int rows = 600; rows <= 800; rows += 100) {
        fetchMore(table.model);
        QTRY_COMPARE_WITH_TIMEOUT(table.model.rowCount(), rows, 10000);
    }
    // The layouts of the arrived rows gave the scroll bar its new range; a repaint would be due
    // by the next turns. (settle() is not used before counting: its grab paints every widget.)
    QTRY_COMPARE_WITH_TIMEOUT(bar->maximum() - maximum, 300, 10000);
    QTest::qWait(200);
    QCOMPARE(paints.count, 0);
    QVERIFY(table.settle()); // and the screen shows what a fresh paint of the window would

    bar->setValue(bar->maximum() / 2);
    QVERIFY(table.settle());
    QVERIFY(paints.count > 0);
    QCOMPARE(shownNames(table.view).constFirst(),
             table.proxy.index(bar->value(), ProjectUsersModel::NameColumn).data().toString());
}

void TestListingTableView::aListingsFirstNamesAreLaidOutBeforeTheyArePainted()
{
    // The first page fills an empty table with names, often in scripts whose fonts are not loaded
    // yet: their text is laid out a turn at a time before the table shows them (and before its
    // scroll bar appears, which would paint them at once), not inside one paint.
    ShownUsers table;
    table.view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QVERIFY(!table.view.verticalScrollBar()->isVisible());
    const auto *delegate = qobject_cast<const ListingItemDelegate *>(table.view.itemDelegate());
    QVERIFY(delegate);
    const int before = delegate->linesLaidOut();
    const int beforePainting = delegate->linesLaidOutWhilePainting();

    table.model.setProjectId(RosterDemo);
    QVERIFY(table.settle());
    QCOMPARE(table.model.rowCount(), 100);
    QVERIFY(table.view.verticalScrollBar()->isVisible());
    QCOMPARE(shownNames(table.view), columnValues(table.proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole).mid(0, 20));
    const int laidOut = delegate->linesLaidOut() - before;
    QVERIFY2(laidOut >= 20, qPrintable(QString::number(laidOut)));
    QVERIFY(fewLaidOutWhilePainting(delegate->linesLaidOutWhilePainting() - beforePainting, laidOut));
}

void TestListingTableView::cellsLookAsQtPaintsThem_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("narrow");
    QTest::addColumn<bool>("refont");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("light") << false << false << false << false;
    QTest::newRow("dark, columns too narrow for their text") << true << true << false << false;
    QTest::newRow("a larger font after the first paint") << false << false << true << false;
    QTest::newRow("right to left") << false << true << false << true;
}

// The table's own delegate keeps each cell's laid-out text between paints; what it paints is
// what QStyledItemDelegate paints, pixel for pixel: names in every script the demo has, cells
// cut short with an ellipsis, selected rows, the focused cell, empty and missing values.
void TestListingTableView::cellsLookAsQtPaintsThem()
{
    QFETCH(bool, dark);
    QFETCH(bool, narrow);
    QFETCH(bool, refont);
    QFETCH(bool, rightToLeft);
    ShownUsers table;
    if (rightToLeft)
        table.view.setLayoutDirection(Qt::RightToLeft);
    if (dark) {
        QPalette palette = table.view.palette();
        palette.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x31));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        table.view.setPalette(palette);
    }
    QVERIFY(table.showSettled());
    if (narrow) {
        for (int column = 0; column < table.proxy.columnCount(); ++column)
            table.view.setColumnWidth(column, 45);
    }
    table.view.selectionModel()->select(table.proxy.index(3, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table.view.selectionModel()->select(table.proxy.index(7, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table.view.setFocus();
    table.view.selectionModel()->setCurrentIndex(table.proxy.index(5, 1), QItemSelectionModel::NoUpdate);
    QCoreApplication::processEvents();

    const auto paintedRows = [&] {
        return table.view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    QVERIFY(qobject_cast<ListingItemDelegate *>(table.view.itemDelegate()));
    if (refont) {
        // Layouts kept in the old font must not be drawn in the new one.
        const QImage small = paintedRows();
        QFont larger = table.view.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        table.view.setFont(larger);
        QCoreApplication::processEvents();
        QVERIFY(paintedRows() != small);
    }
    const QImage ours = paintedRows();
    const QImage again = paintedRows(); // from the kept layouts
    auto *stock = new QStyledItemDelegate(&table.view);
    table.view.setItemDelegate(stock);
    // QTableView's own grid, which the table's delegate draws in its place.
    QVERIFY(!table.view.showGrid());
    table.view.setShowGrid(true);
    const QImage qts = paintedRows();
    QCOMPARE(ours.size(), qts.size());
    QVERIFY2(ours == qts, "the table's delegate painted other pixels than QStyledItemDelegate");
    QVERIFY(again == qts);
    // The comparison sees text: the rows are not blank.
    QVERIFY(ours != QImage(ours.size(), ours.format()));
}

QTEST_MAIN(TestListingTableView)
#include "tst_listingtableview.moc"
