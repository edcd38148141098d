// SPDX-License-Identifier: GPL-3.0-or-later
// The paged table models against the local Admin API server: paging, switching, errors,
// what each cell reads and exports.
#include "modeltestsupport.h"
#include "models/chunkedlist.h"
#include "models/groupusersmodel.h"
#include "models/projectgroupsmodel.h"
#include "models/projectsmodel.h"
#include "models/projectusersmodel.h"
#include "models/rowidset.h"
#include "models/runinturns.h"
#include "models/tablecells.h"
#include "models/tablefilterproxymodel.h"
#include "api/pagefetch.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>

class TestPagedModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowIdSetDropsRepeatsAndEmptiesInSlices();
    void chunkedListGrowsWithoutMovingItsItems();
    void workInTurnsTakesItsTurnsInOrder();
    void modelTesterAcceptsProjectUsersWhilePagesLoad();
    void modelTesterAcceptsProjectGroupsWhilePagesLoad();
    void modelTesterAcceptsProjectsWhilePagesLoad();
    void modelTesterAcceptsGroupUsers();
    void modelTesterAcceptsFilterProxyOverUsersWhilePagesLoad();
    void staleReplyAfterProjectSwitchAddsNothing();
    void errorThenRetryResumesAtTheSameCursor();
    void repeatedRowsAcrossPagesAreDroppedAndCounted();
    void malformedRowsAreSkippedAndCounted();
    void emptyPageWithMoreEndsCleanly();
    void tenThousandUsersLoadToExactlyTenThousandRows();
    void cancelLoadAllStopsPaging();
    void aPageThatDoesNotReadIsAskedAgainWhileAllLoad();
    void pagesThatDoNotReadAreNotAskedAheadOfAgain();
    void aListingStopsAskingAheadAfterAPageThatDidNotRead();
    void loadAllAsksAheadOfAPageAlreadyOnItsWay();
    void loadAllWithNoProjectFinishesAtOnce();
    void nullNameReadsAsDashAndExportsEmpty();
    void groupsInDescendingOrderAskForDescOnEveryPage();
    void reloadClearsAndListsFromTheFirstPage();
    void cellsReadWhatEachCellExports();
    void cellsKeepTheRowsTheyWereTakenFrom();
    void cellsTakenMidLoadKeepTheirRows();
};

namespace {
// Every cell of `cells` as an export writes it, row by row: text (empty for null), or a time as
// ISO 8601 UTC, as ModelRoles::ExportRole words both.
QStringList exportedCells(const TableCells &cells, const ColumnTableModel &model)
{
    QStringList texts;
    for (int row = 0; row < cells.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const bool isTime = model.index(0, column).data(ModelRoles::RawRole).metaType().id() == QMetaType::LongLong;
            texts.append(isTime ? QDateTime::fromSecsSinceEpoch(cells.seconds(row, column), Qt::UTC).toString(Qt::ISODate)
                                : cells.text(row, column).isNull() ? QString(QLatin1String("")) : cells.text(row, column));
        }
    }
    return texts;
}

QStringList exportRoleCells(const ColumnTableModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            texts.append(model.index(row, column).data(ModelRoles::ExportRole).toString());
    }
    return texts;
}

// The requests `client` sends and then cancels, counted as Qt's network stack ends them.
std::shared_ptr<int> countCancelledRequests(ApiClient &client)
{
    auto count = std::make_shared<int>(0);
    QObject::connect(client.network(), &QNetworkAccessManager::finished, client.network(), [count](QNetworkReply *reply) {
        *count += reply->error() == QNetworkReply::OperationCanceledError;
    });
    return count;
}
} // namespace

// --- QAbstractItemModelTester --------------------------------------------------------------------
// The tester checks the model after every change. It also calls fetchMore() itself
// (setUseFetchMore defaults to true), so these runs show that its calls and ours together
// still page correctly.

void TestPagedModels::modelTesterAcceptsProjectUsersWhilePagesLoad()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    ProjectUsersModel model(api.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setProjectId(QStringLiteral("proj_research_研究"));
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 260);

    // A switch and a reload while a page is in flight, then to the end.
    model.setProjectId(RosterDemo);
    fetchMore(model);
    QVERIFY(model.isLoading());
    model.reload();
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 2400);
    QCOMPARE(model.duplicateRows(), 0);
}

void TestPagedModels::modelTesterAcceptsProjectGroupsWhilePagesLoad()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    ProjectGroupsModel model(api.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setProjectId(QStringLiteral("proj_company_wide"));
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 120);
    model.setOrder(Qt::DescendingOrder);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 120);
}

void TestPagedModels::modelTesterAcceptsProjectsWhilePagesLoad()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    // Enough projects for three pages.
    for (int i = 0; i < 230; ++i)
        api.server->organization().addProject({QStringLiteral("proj_extra_%1").arg(i), QStringLiteral("Extra %1").arg(i),
                                               1, 0, i % 7 == 0, 1609459200 + i});
    const int visible = int(std::count_if(api.server->organization().projects().cbegin(),
                                          api.server->organization().projects().cend(),
                                          [](const DemoOrganization::ProjectSpec &p) { return !p.archived; }));
    ProjectsModel model(api.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), visible);
    QCOMPARE(model.rowOf(QStringLiteral("proj_legacy_pilot")), -1);
    model.setIncludeArchived(true);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), api.server->organization().projects().size());
    QVERIFY(model.rowOf(QStringLiteral("proj_legacy_pilot")) >= 0);
}

void TestPagedModels::modelTesterAcceptsGroupUsers()
{
    LocalApi api;
    DemoOrganization &org = api.server->organization();
    int biggest = 0;
    for (int i = 1; i < org.groupCount(); ++i) {
        if (org.groupUserCount(i) > org.groupUserCount(biggest))
            biggest = i;
    }
    QVERIFY(org.groupUserCount(biggest) > 0);
    GroupUsersModel model(api.client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setGroupId(org.groupJson(biggest).value(QStringLiteral("id")).toString());
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), org.groupUserCount(biggest));
    QVERIFY(allDistinct(columnValues(model, GroupUsersModel::IdColumn)));
    // Oldest first is asked for explicitly, since this listing defaults to newest first.
    for (const ServerRequest &request : api.log->requests())
        QCOMPARE(request.query.queryItemValue(QStringLiteral("order")), QStringLiteral("asc"));
}

void TestPagedModels::modelTesterAcceptsFilterProxyOverUsersWhilePagesLoad()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    ProjectUsersModel users(api.client.get());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("a"));
    users.setProjectId(RosterDemo);
    // Pages arrive under a sort and a filter that change as they come.
    QSignalSpy pages(&users, &PagedTableModel::loadAllProgress);
    users.loadAll();
    QVERIFY(QTest::qWaitFor([&] { return pages.size() >= 3; }, 20000));
    proxy.setCategoryFilter({QStringLiteral("owner"), QStringLiteral("member")}, true);
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    QVERIFY(QTest::qWaitFor([&] { return pages.size() >= 6; }, 20000));
    proxy.setCategoryFilter({});
    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::RegularExpression);
    proxy.setFilterText(QStringLiteral("^[a-m]"));
    QVERIFY(QTest::qWaitFor([&] { return users.isComplete(); }, 30000));
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 2400);
}

// --- Paging under trouble ------------------------------------------------------------------------

void TestPagedModels::staleReplyAfterProjectSwitchAddsNothing()
{
    LocalApi api;
    api.server->setLatencyMs(50);
    const QString design = QStringLiteral("proj_design_system");
    ProjectUsersModel model(api.client.get());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setProjectId(RosterDemo);
    fetchMore(model);
    // The request for A has reached the server; its answer is on its way.
    QTRY_COMPARE(api.log->count(RosterDemoUsers), 1);
    model.setProjectId(design);
    fetchMore(model);
    QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 10000);
    // A's answer was due before B's (same latency, asked first); a round trip more for margin.
    ProjectsModel probe(api.client.get());
    QVERIFY(loadAllAndWait(probe));

    QCOMPARE(model.projectId(), design);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, design));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.duplicateRows(), 0);
}

void TestPagedModels::errorThenRetryResumesAtTheSameCursor()
{
    LocalApi api;
    const int maxAttempts = api.client->retryPolicy().maxAttempts;
    // The third page fails on every attempt the client makes, and once more after that.
    api.faults->add(ServerFault::of(ServerFault::Kind::ServerError, RosterDemoUsers, 2, maxAttempts + 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);

    QVERIFY(!loadAllAndWait(model));
    QVERIFY(model.hasError());
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<ApiError>().httpStatus(), 500);
    QCOMPARE(model.lastError().httpStatus(), 500);
    QVERIFY(!canFetchMore(model)); // an error stops the asking until retry()
    const QString failedAfter = afterCursors(*api.log, RosterDemoUsers).last();
    QCOMPARE(failedAfter, model.index(199, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());

    api.log->clear();
    model.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 300, 10000);
    QVERIFY(!model.hasError());
    const QStringList retried = afterCursors(*api.log, RosterDemoUsers);
    QCOMPARE(retried.size(), 2); // the leftover fault, then the client's own retry
    for (const QString &after : retried)
        QCOMPARE(after, failedAfter);

    QVERIFY(loadAllAndWait(model));
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo));
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(model.skippedRows(), 0);
}

void TestPagedModels::repeatedRowsAcrossPagesAreDroppedAndCounted()
{
    LocalApi api;
    const QString research = QStringLiteral("proj_research_研究");
    // The second page starts with the last three rows of the first.
    api.faults->add(ServerFault::of(ServerFault::Kind::RepeatedRows, QStringLiteral("/users"), 1, 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(research);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.duplicateRows(), 3);
    QCOMPARE(model.rowCount(), 260);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, research));
}

void TestPagedModels::malformedRowsAreSkippedAndCounted()
{
    LocalApi api;
    const QString research = QStringLiteral("proj_research_研究");
    api.faults->add(ServerFault::of(ServerFault::Kind::MalformedRows, QStringLiteral("/users"), 0, 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(research);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.skippedRows(), 2);
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(model.rowCount(), 258);
    const QStringList ids = columnValues(model, ProjectUsersModel::IdColumn);
    QVERIFY(allDistinct(ids));
    // The two unreadable rows were the first two; the rest are all there.
    QCOMPARE(ids, serverUserIds(*api.server, research).mid(2));
}

void TestPagedModels::emptyPageWithMoreEndsCleanly()
{
    LocalApi api;
    api.faults->add(ServerFault::of(ServerFault::Kind::EmptyPageWithMore, RosterDemoUsers, 1, 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    QVERIFY(loadAllAndWait(model));
    QVERIFY(model.isComplete());
    QVERIFY(!model.hasError());
    QVERIFY(!canFetchMore(model));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(api.log->count(RosterDemoUsers), 2);
    // A view asking again sends nothing.
    fetchMore(model);
    QVERIFY(!model.isLoading());
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(api.log->count(RosterDemoUsers), 2);
    QCOMPARE(errors.size(), 0);
}

void TestPagedModels::tenThousandUsersLoadToExactlyTenThousandRows()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(QStringLiteral("proj_company_wide"));
    QSignalSpy progress(&model, &PagedTableModel::loadAllProgress);
    QVERIFY(loadAllAndWait(model, 120000));
    QCOMPARE(model.rowCount(), 10000);
    QVERIFY(allDistinct(columnValues(model, ProjectUsersModel::IdColumn)));
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(progress.size(), 100);
    QCOMPARE(progress.first().at(0).toInt(), 100);
    QCOMPARE(progress.last().at(0).toInt(), 10000);
    QCOMPARE(api.log->count(QStringLiteral("proj_company_wide/users")), 100);

    // A listing this long is freed a slice per turn of the event loop when the project
    // changes; the next project's rows come alone, and the sanitizer build watches the freeing.
    model.setProjectId(RosterDemo);
    QCOMPARE(model.rowCount(), 0);
    fetchMore(model);
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo).mid(0, 100));
}

void TestPagedModels::cancelLoadAllStopsPaging()
{
    LocalApi api;
    api.server->setLatencyMs(20);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(QStringLiteral("proj_company_wide"));
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 300, 20000);
    model.cancelLoadAll();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!model.isLoadingAll());

    // The page in flight may still land; after it nothing is asked for.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    const int rows = model.rowCount();
    QCOMPARE(rows, model.pagesReceived() * 100);
    QVERIFY(rows < 10000);
    // The next page may have been asked for ahead, from the last page's cursor, before the
    // cancel; it was dropped, and nothing else was asked for.
    const int asked = api.log->count(QStringLiteral("proj_company_wide/users"));
    QVERIFY2(asked == model.pagesReceived() || asked == model.pagesReceived() + 1,
             qPrintable(QStringLiteral("%1 pages asked for, %2 received").arg(asked).arg(model.pagesReceived())));
    QVERIFY(canFetchMore(model));
    ProjectsModel probe(api.client.get()); // a round trip later, still nothing more
    QVERIFY(loadAllAndWait(probe));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(api.log->count(QStringLiteral("proj_company_wide/users")), asked);
}

void TestPagedModels::aPageThatDoesNotReadIsAskedAgainWhileAllLoad()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    // The second page's envelope names the third page, but its body is not JSON, once. The third
    // page may already have been asked for on the strength of that envelope.
    api.faults->add(ServerFault::of(ServerFault::Kind::NotANumber, RosterDemoUsers, 1, 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy retrying(&model, &PagedTableModel::retrying);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);

    QVERIFY(loadAllAndWait(model));
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).value<ApiError>().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(errors.size(), 0);
    const QStringList ids = serverUserIds(*api.server, RosterDemo);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), ids);
    QCOMPARE(model.duplicateRows(), 0);
    QCOMPARE(model.pagesReceived(), (ids.size() + 99) / 100);
    const QStringList asked = afterCursors(*api.log, RosterDemoUsers);
    const QString secondPage = model.index(99, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString();
    QCOMPARE(asked.count(secondPage), 2); // the broken answer, then the retry
}

void TestPagedModels::pagesThatDoNotReadAreNotAskedAheadOfAgain()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    // From the second page on, every answer's envelope reads and its body does not.
    api.faults->add(ServerFault::of(ServerFault::Kind::NotANumber, RosterDemoUsers, 1, -1));
    const std::shared_ptr<int> cancelledRequests = countCancelledRequests(*api.client);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy retrying(&model, &PagedTableModel::retrying);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);

    QVERIFY(!loadAllAndWait(model));
    QVERIFY2(retrying.size() >= 2, "the broken page is tried several times");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<ApiError>().kind(), ApiError::Kind::BadResponse);
    QCOMPARE(model.rowCount(), 100); // the page that read is kept
    // The first broken answer named a next page, which was asked for and then cancelled. Each
    // retry waited for its page to read instead: the server is not sent a request per attempt
    // that is cancelled at once.
    QCOMPARE(*cancelledRequests, 1);
}

void TestPagedModels::aListingStopsAskingAheadAfterAPageThatDidNotRead()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    // The second page does not read once, and a later one once: which one depends on whether the
    // request asked ahead of the second page reached the server before it was cancelled.
    api.faults->add(ServerFault::of(ServerFault::Kind::NotANumber, RosterDemoUsers, 1, 1));
    api.faults->add(ServerFault::of(ServerFault::Kind::NotANumber, RosterDemoUsers, 5, 1));
    const std::shared_ptr<int> cancelledRequests = countCancelledRequests(*api.client);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy retrying(&model, &PagedTableModel::retrying);

    QVERIFY(loadAllAndWait(model));
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo));
    // Only the first page that did not read had been asked ahead of.
    QCOMPARE(*cancelledRequests, 1);
}

void TestPagedModels::loadAllAsksAheadOfAPageAlreadyOnItsWay()
{
    LocalApi api;
    api.server->setLatencyMs(20);
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    fetchMore(model); // a scroll asked for the first page
    const QList<PageFetch *> onItsWay = model.findChildren<PageFetch *>();
    QCOMPARE(onItsWay.size(), 1);
    QSignalSpy peeked(onItsWay.first(), &PageFetch::nextCursorPeeked);

    // "Load all" pressed before it lands: its next page goes out before it is parsed, as for
    // every page that "Load all" asks for itself.
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(peeked.size(), 1);
    QCOMPARE(peeked.first().at(0).toString(), model.index(99, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo));
    QCOMPARE(afterCursors(*api.log, RosterDemoUsers).size(), model.pagesReceived());
}

void TestPagedModels::loadAllWithNoProjectFinishesAtOnce()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    // A "Load all" progress display must not wait for a listing that cannot start.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!model.isLoadingAll());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(api.log->count(), 0);
}

// --- What a cell reads and exports ---------------------------------------------------------------

void TestPagedModels::nullNameReadsAsDashAndExportsEmpty()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));

    const QModelIndex nullName = users.index(2, ProjectUsersModel::NameColumn);
    QVERIFY(nullName.data(ModelRoles::RawRole).toString().isNull());
    QCOMPARE(nullName.data(Qt::DisplayRole).toString(), QStringLiteral("—"));
    QCOMPARE(nullName.data(ModelRoles::ExportRole).toString(), QString());
    QCOMPARE(users.index(0, ProjectUsersModel::NameColumn).data(ModelRoles::ExportRole).toString(),
             QStringLiteral("Zoë Zimmermann"));
    QCOMPARE(users.index(0, ProjectUsersModel::AddedColumn).data(ModelRoles::ExportRole).toString(),
             QStringLiteral("2001-09-09T01:46:40Z"));
    QCOMPARE(users.index(0, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong(), 1000000000);
    QCOMPARE(users.index(0, ProjectUsersModel::RoleColumn).data(Qt::DisplayRole).toString(), QStringLiteral("Owner"));
    QCOMPARE(users.headerData(ProjectUsersModel::AddedColumn, Qt::Horizontal, ModelRoles::FieldNameRole).toString(),
             QStringLiteral("added_at"));
}

// --- Order and reload ----------------------------------------------------------------------------

void TestPagedModels::groupsInDescendingOrderAskForDescOnEveryPage()
{
    LocalApi api;
    const QString project = QStringLiteral("proj_company_wide"); // 120 groups: two pages
    ProjectGroupsModel model(api.client.get());
    model.setProjectId(project);
    QVERIFY(loadAllAndWait(model));
    const QStringList ascendingIds = columnValues(model, ProjectGroupsModel::IdColumn);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    api.log->clear();
    model.setOrder(Qt::DescendingOrder);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(api.log->count(QStringLiteral("/groups")), 2);
    for (const ServerRequest &request : api.log->requests())
        QCOMPARE(request.query.queryItemValue(QStringLiteral("order")), QStringLiteral("desc"));
    // Newest grant first.
    QVector<qint64> granted;
    for (int row = 0; row < model.rowCount(); ++row)
        granted.append(model.index(row, ProjectGroupsModel::GrantedColumn).data(ModelRoles::RawRole).toLongLong());
    QVERIFY(std::is_sorted(granted.crbegin(), granted.crend()));
    QVERIFY(granted.first() > granted.last());
    QStringList reversed = ascendingIds;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(columnValues(model, ProjectGroupsModel::IdColumn), reversed);
}

void TestPagedModels::reloadClearsAndListsFromTheFirstPage()
{
    LocalApi api;
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    fetchMore(model);
    QTRY_COMPARE(model.rowCount(), 100);
    fetchMore(model);
    QTRY_COMPARE(model.rowCount(), 200);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    api.log->clear();
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isComplete());
    QVERIFY(canFetchMore(model));
    fetchMore(model);
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(afterCursors(*api.log, RosterDemoUsers), QStringList{QString()});
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo).mid(0, 100));
    QCOMPARE(model.duplicateRows(), 0);
}


// --- Cells an export reads on its worker -------------------------------------------------------------

void TestPagedModels::cellsReadWhatEachCellExports()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject); // null names, non-ASCII text
    QVERIFY(loadAllAndWait(users));
    ProjectGroupsModel groups(api.client.get());
    groups.setProjectId(QStringLiteral("proj_company_wide"));
    QVERIFY(loadAllAndWait(groups));
    GroupUsersModel members(api.client.get());
    members.setGroupId(api.server->organization().groupJson(0).value(QStringLiteral("id")).toString());
    QVERIFY(loadAllAndWait(members));

    for (const ColumnTableModel *model : std::initializer_list<const ColumnTableModel *>{&users, &groups, &members}) {
        QVERIFY(model->rowCount() > 0);
        const std::shared_ptr<const TableCells> cells = model->cells();
        QVERIFY(cells);
        QCOMPARE(cells->rowCount(), model->rowCount());
        QCOMPARE(exportedCells(*cells, *model), exportRoleCells(*model));
    }
}

void TestPagedModels::cellsKeepTheRowsTheyWereTakenFrom()
{
    LocalApi api;
    ProjectUsersModel users(api.client.get());
    users.setProjectId(RosterDemo);
    fetchMore(users);
    QTRY_VERIFY(users.rowCount() > 0 && !users.isLoading());
    const int taken = users.rowCount();
    const QStringList before = exportRoleCells(users);
    const std::shared_ptr<const TableCells> cells = users.cells();

    // More pages appended, then the table cleared and filled from another project.
    QVERIFY(loadAllAndWait(users));
    QVERIFY(users.rowCount() > taken);
    users.setProjectId(QStringLiteral("proj_research_研究"));
    QVERIFY(loadAllAndWait(users));

    QCOMPARE(cells->rowCount(), taken);
    QCOMPARE(exportedCells(*cells, users), before);
}

// Cells taken halfway through a long listing (many chunks of rows, the last one part full) keep
// exactly those rows while the rest arrive and after a reload.
void TestPagedModels::cellsTakenMidLoadKeepTheirRows()
{
    LocalApi api;
    ProjectUsersModel users(api.client.get());
    std::shared_ptr<const TableCells> cells;
    QStringList before;
    connect(&users, &QAbstractItemModel::rowsInserted, this, [&] {
        if (!cells && users.rowCount() >= 5000) {
            cells = users.cells();
            before = exportRoleCells(users);
        }
    });
    users.setProjectId(QStringLiteral("proj_company_wide"));
    QVERIFY(loadAllAndWait(users));
    QCOMPARE(users.rowCount(), 10000);
    QVERIFY(cells);
    const int taken = cells->rowCount();
    QVERIFY(taken >= 5000 && taken % 4096 != 0);
    QCOMPARE(exportedCells(*cells, users), before);
    users.reload();
    QVERIFY(loadAllAndWait(users));
    QCOMPARE(cells->rowCount(), taken);
    QCOMPARE(exportedCells(*cells, users), before);
}

// A table's rows: appending never moves those already there (no page copies the table), a copy
// keeps its items whatever the list does next, and the list empties in steps.
void TestPagedModels::chunkedListGrowsWithoutMovingItsItems()
{
    ChunkedList<QString> list;
    const auto item = [](int n) { return QStringLiteral("user_%1").arg(n); };
    for (int n = 0; n < 6000; ++n)
        list.append(item(n));
    const QString *first = &list.at(0);
    const QString *middle = &list.at(5000);
    const ChunkedList<QString> copy = list;
    for (int n = 6000; n < 30000; ++n)
        list.append(item(n));
    QCOMPARE(list.size(), 30000);
    QCOMPARE(&list.at(0), first);
    for (int n = 0; n < 30000; n += 7)
        QCOMPARE(list.at(n), item(n));
    // The copy shared the part-full chunk the list then appended to: each has its own now.
    QCOMPARE(copy.size(), 6000);
    QCOMPARE(&copy.at(5000), middle);
    QCOMPARE(copy.at(5999), item(5999));

    // Freed 256 at a time, but the first 4096, which the copy still shares, go in one step:
    // the copy frees them.
    qsizetype removed = 0;
    qsizetype lastStep = 0;
    while (!list.isEmpty()) {
        lastStep = list.removeLast(256);
        removed += lastStep;
        QVERIFY(lastStep == 256 || list.isEmpty()); // the step that reaches the shared chunk ends it
        if (!list.isEmpty())
            QCOMPARE(list.at(list.size() - 1), item(int(list.size()) - 1));
    }
    QCOMPARE(removed, 30000);
    QVERIFY2(lastStep >= 4096, qPrintable(QString::number(lastStep)));
    for (int n = 0; n < 6000; n += 7)
        QCOMPARE(copy.at(n), item(n));
}

// Work done in turns (freeing a reload's rows, a sort's names): none of it in the call that asks
// for it, one piece of work after the other on one budget a turn (two at once would hold a turn
// twice as long), and the work of an object that is gone stops.
void TestPagedModels::workInTurnsTakesItsTurnsInOrder()
{
    QStringList done;
    int turns = 0;
    bool stepping = false;
    const auto work = [&](const QString &name, int steps) {
        return [&, name, steps, left = steps]() mutable {
            done.append(name);
            // Each step is long enough that no turn has room for more than a few.
            QElapsedTimer busy;
            busy.start();
            while (busy.nsecsElapsed() < 200000) { }
            stepping = true;
            return --left > 0;
        };
    };
    auto owner = std::make_unique<QObject>();
    runInTurns(nullptr, work(QStringLiteral("rows"), 6));
    runInTurns(owner.get(), work(QStringLiteral("gone"), 1000));
    runInTurns(nullptr, work(QStringLiteral("names"), 4));
    QVERIFY2(done.isEmpty(), "work ran in the call that asked for it");
    QTimer ticks;
    connect(&ticks, &QTimer::timeout, this, [&] {
        if (std::exchange(stepping, false))
            ++turns;
        if (done.count(QStringLiteral("gone")) >= 3)
            owner.reset();
    });
    ticks.start(0);
    QTRY_COMPARE(done.count(QStringLiteral("names")), 4);
    QCOMPARE(done.count(QStringLiteral("rows")), 6);
    QVERIFY(done.count(QStringLiteral("gone")) >= 3 && done.count(QStringLiteral("gone")) < 1000);
    // In the order asked for, each to its end.
    QCOMPARE(done.first(), QStringLiteral("rows"));
    QCOMPARE(done.lastIndexOf(QStringLiteral("rows")), 5);
    QCOMPARE(done.indexOf(QStringLiteral("names")), done.lastIndexOf(QStringLiteral("gone")) + 1);
    // Some 3 ms of steps, half a millisecond a turn: never all in one.
    QVERIFY2(turns >= 2, qPrintable(QStringLiteral("%1 steps in %2 turns").arg(done.size()).arg(turns)));
}

// The ids a listing has seen: a repeat is refused however many ids there are, and a reload
// frees them a slice at a time until none is left.
void TestPagedModels::rowIdSetDropsRepeatsAndEmptiesInSlices()
{
    RowIdSet ids;
    const auto id = [](int n) { return QStringLiteral("user_%1").arg(n); };
    for (int n = 0; n < 70000; ++n)
        QVERIFY(ids.insert(id(n)));
    QCOMPARE(ids.size(), 70000);
    for (int n = 0; n < 70000; n += 997)
        QVERIFY(!ids.insert(id(n)));
    QVERIFY(ids.contains(id(69999)));
    QVERIFY(!ids.contains(id(70000)));
    QCOMPARE(ids.size(), 70000);

    qsizetype erased = 0;
    int slices = 0;
    while (!ids.isEmpty()) {
        const qsizetype slice = ids.eraseSome(256);
        QVERIFY(slice > 0 && slice <= 256);
        erased += slice;
        ++slices;
    }
    QCOMPARE(erased, 70000);
    QCOMPARE(slices, (70000 + 255) / 256);
    QCOMPARE(ids.eraseSome(256), 0);
    QVERIFY(!ids.contains(id(0)));
}

QTEST_MAIN(TestPagedModels)
#include "tst_pagedmodels.moc"
