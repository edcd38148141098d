// Roster's table as pages arrive from the local server: rows that land on screen show at once,
// and rows that land below it leave the screen as it was (repainting every visible cell once a
// page was most of a long load's time).
#include "modeltestsupport.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/listingtableview.h"
#include "ui/scrollprefetcher.h"

#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>

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

// A ListingTableView of about 20 rows over `model`, asking for pages only when the test does.
struct ShownTable
{
    explicit ShownTable(QAbstractItemModel *model)
    {
        view.findChild<ScrollPrefetcher *>()->setRowsAhead(0);
        view.setModel(model);
        view.resize(800, view.verticalHeader()->defaultSectionSize() * 20 + view.horizontalHeader()->sizeHint().height());
        view.show();
    }
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

} // namespace

class TestListingTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageBelowTheScreenGrowsTheScrollBarOnly();
    void filteredRowsArrivingOnScreenShow();
    void sortedRowsArrivingOnScreenShow();
};

void TestListingTableView::pageBelowTheScreenGrowsTheScrollBarOnly()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    ShownTable table(&model);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QTRY_VERIFY(!model.isLoading());
    QTRY_VERIFY(screenIsUpToDate(table.view));
    const QStringList before = shownNames(table.view);
    QCOMPARE(before.size(), 20);
    const int maximum = table.view.verticalScrollBar()->maximum();

    PaintCounter paints(table.view.viewport());
    fetchMore(model);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
    // The scroll bar now spans 200 rows; the rows on screen are the same, and were not repainted.
    QTRY_VERIFY(table.view.verticalScrollBar()->maximum() > maximum);
    QCOMPARE(table.view.verticalScrollBar()->maximum() - maximum, 100);
    QCOMPARE(shownNames(table.view), before);
    QCOMPARE(paints.count, 0);
    QVERIFY(screenIsUpToDate(table.view));

    // Scrolling down shows the new rows.
    table.view.scrollTo(model.index(150, 0), QAbstractItemView::PositionAtTop);
    QVERIFY(screenIsUpToDate(table.view));
    QCOMPARE(shownNames(table.view).constFirst(), model.index(150, ProjectUsersModel::NameColumn).data().toString());
}

void TestListingTableView::filteredRowsArrivingOnScreenShow()
{
    // Owners are few: page after page adds a row or two to a table that does not fill the
    // screen, and Qt's view asks for the next page while its last row shows.
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setCategoryFilter({QStringLiteral("owner")});
    ShownTable table(&proxy);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 100 && !model.isLoading(), 10000);
    QVERIFY(proxy.rowCount() > 1);
    QVERIFY(proxy.rowCount() <= 20);
    QCOMPARE(shownNames(table.view), columnValues(proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole));
    QVERIFY(screenIsUpToDate(table.view));
}

void TestListingTableView::sortedRowsArrivingOnScreenShow()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ShownTable table(&proxy);
    table.view.sortByColumn(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 100, 10000);
    QTRY_VERIFY(!model.isLoading());
    QTRY_VERIFY(screenIsUpToDate(table.view));
    const QStringList before = shownNames(table.view);

    // The next pages bring names that sort among the first twenty on screen.
    for (int page = 0; page < 3; ++page) {
        fetchMore(model);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
    QCOMPARE(model.rowCount(), 400);
    QTRY_VERIFY(shownNames(table.view) != before);
    QCOMPARE(shownNames(table.view), columnValues(proxy, ProjectUsersModel::NameColumn, Qt::DisplayRole).mid(0, 20));
    QVERIFY(screenIsUpToDate(table.view));
}

QTEST_MAIN(TestListingTableView)
#include "tst_listingtableview.moc"
