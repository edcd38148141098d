// The paged table models, the filter proxy and the scroll prefetcher against the local
// Admin API server: what a person scrolling, switching projects, sorting and filtering sees.
#include "models/groupusersmodel.h"
#include "models/modelroles.h"
#include "models/projectgroupsmodel.h"
#include "models/projectsmodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "testsupport.h"
#include "ui/scrollprefetcher.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace {

const QString RosterDemo = QStringLiteral("proj_roster_demo");
const QString RosterDemoUsers = QStringLiteral("/projects/proj_roster_demo/users");

// Pages to the end with loadAll(); true when the listing finished complete.
bool loadAllAndWait(PagedTableModel &model, int timeoutMs = 30000)
{
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
        return false;
    return finished.last().at(0).toBool();
}

// fetchMore() is protected in the models, public in QAbstractItemModel: call it as a view does.
void fetchMore(QAbstractItemModel &model)
{
    model.fetchMore({});
}

bool canFetchMore(const QAbstractItemModel &model)
{
    return model.canFetchMore({});
}

QStringList columnValues(const QAbstractItemModel &model, int column, int role = ModelRoles::RawRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// The `after` of every logged request whose path contains `path` ("" for the first page).
QStringList afterCursors(const AdminApiServer &server, const QString &path)
{
    QStringList cursors;
    for (const AdminApiServer::LoggedRequest &request : server.requests()) {
        if (request.path.contains(path))
            cursors.append(request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded));
    }
    return cursors;
}

// The user ids the server holds for a project, in its order.
QStringList serverUserIds(AdminApiServer &server, const QString &projectId)
{
    DemoOrganization &org = server.organization();
    const DemoOrganization::ProjectSpec *project = org.project(projectId);
    QStringList ids;
    for (int i = 0; project && i < project->userCount; ++i)
        ids.append(org.projectUserJson(*project, i).value(QStringLiteral("id")).toString());
    return ids;
}

bool allDistinct(const QStringList &values)
{
    return QSet<QString>(values.cbegin(), values.cend()).size() == values.size();
}

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

QJsonObject user(const QJsonValue &name, const QString &role, qint64 addedAt)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), QJsonValue()},
            {QStringLiteral("role"), role},
            {QStringLiteral("added_at"), addedAt}};
}

// Users with the text that sorting and filtering must get right: accents, CJK, nulls,
// case, unknown roles, and times whose digits sort differently as text than as numbers.
const QString TextProject = QStringLiteral("proj_text_cases");
void addTextProject(AdminApiServer &server)
{
    server.organization().addProjectWithUsers(
        TextProject, {
                         user(QStringLiteral("Zoë Zimmermann"), QStringLiteral("owner"), 1000000000),
                         user(QStringLiteral("Angstrom Anna"), QStringLiteral("member"), 999999999),
                         user(QJsonValue(), QStringLiteral("member"), 1700000000),
                         user(QStringLiteral("Ångström Åke"), QStringLiteral("member"), 1600000000),
                         user(QStringLiteral("Zed Last"), QStringLiteral("reader"), 100),
                         user(QStringLiteral("李 明"), QStringLiteral("member"), 1500000000),
                         user(QStringLiteral("田中 さくら"), QStringLiteral("owner"), 1400000000),
                         user(QStringLiteral("bob lower"), QStringLiteral("billing"), 2000000000),
                         user(QStringLiteral("Émile Ézy"), QStringLiteral("member"), 1300000000),
                         user(QJsonValue(), QStringLiteral("owner"), 1200000000),
                     });
}

} // namespace

class TestPagedModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterAcceptsProjectUsersWhilePagesLoad();
    void modelTesterAcceptsProjectGroupsWhilePagesLoad();
    void modelTesterAcceptsProjectsWhilePagesLoad();
    void modelTesterAcceptsGroupUsers();
    void modelTesterAcceptsFilterProxyOverUsersWhilePagesLoad();

    void scrollingToTheBottomRequestsEachPageOnce_data();
    void scrollingToTheBottomRequestsEachPageOnce();
    void prefetcherRequestsTheNextPageBeforeTheLastRow();
    void prefetcherWorksThroughTheFilterProxy();
    void prefetcherAsksWhenTheViewGrowsTaller();

    void staleReplyAfterProjectSwitchAddsNothing();
    void errorThenRetryResumesAtTheSameCursor();
    void repeatedRowsAcrossPagesAreDroppedAndCounted();
    void malformedRowsAreSkippedAndCounted();
    void emptyPageWithMoreEndsCleanly();
    void tenThousandUsersLoadToExactlyTenThousandRows();
    void cancelLoadAllStopsPaging();
    void loadAllWithNoProjectFinishesAtOnce();

    void substringFilterIsCaseInsensitiveOverAccentsAndCjk();
    void regexFilterWorksAndAnInvalidOneHidesNothing();
    void roleFilterKeepsOwnersMembersOrOthers();
    void sortByNameIsLocaleAwareWithNullsLast_data();
    void sortByNameIsLocaleAwareWithNullsLast();
    void sortByAddedIsNumeric();
    void nullNameReadsAsDashAndExportsEmpty();

    void groupsInDescendingOrderAskForDescOnEveryPage();
    void reloadClearsAndListsFromTheFirstPage();

    void cleanup();
};

void TestPagedModels::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

// --- QAbstractItemModelTester ---------------------------------------------------------------
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
    for (const AdminApiServer::LoggedRequest &request : api.server->requests())
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

// --- Scrolling a real view -----------------------------------------------------------------

void TestPagedModels::scrollingToTheBottomRequestsEachPageOnce_data()
{
    QTest::addColumn<bool>("prefetch");
    QTest::newRow("view alone") << false;
    QTest::newRow("with prefetcher") << true;
}

void TestPagedModels::scrollingToTheBottomRequestsEachPageOnce()
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
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 24);
    const QStringList cursors = afterCursors(*api.server, RosterDemoUsers);
    QVERIFY(allDistinct(cursors));
    QCOMPARE(cursors.first(), QString());
    QVERIFY(!model.isLoading());
}

void TestPagedModels::prefetcherRequestsTheNextPageBeforeTheLastRow()
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
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 1);

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
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 2);
    QCOMPARE(model.duplicateRows(), 0);
}

void TestPagedModels::prefetcherWorksThroughTheFilterProxy()
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
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 2);
}

void TestPagedModels::prefetcherAsksWhenTheViewGrowsTaller()
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
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 1);

    // Taller, with no scrolling: the rows on screen now reach within rowsAhead of the end.
    view.resize(640, view.horizontalHeader()->height() + view.rowHeight(0) * 50);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, 10000);
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 2);
}

// --- Paging under trouble -----------------------------------------------------------------

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
    QTRY_COMPARE(api.server->requestCount(RosterDemoUsers), 1);
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
    api.server->addFault(ServerFault::of(ServerFault::Kind::ServerError, RosterDemoUsers, 2, maxAttempts + 1));
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
    const QString failedAfter = afterCursors(*api.server, RosterDemoUsers).last();
    QCOMPARE(failedAfter, model.index(199, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());

    api.server->clearRequests();
    model.retry();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 300, 10000);
    QVERIFY(!model.hasError());
    const QStringList retried = afterCursors(*api.server, RosterDemoUsers);
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
    api.server->addFault(ServerFault::of(ServerFault::Kind::RepeatedRows, QStringLiteral("/users"), 1, 1));
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
    api.server->addFault(ServerFault::of(ServerFault::Kind::MalformedRows, QStringLiteral("/users"), 0, 1));
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
    api.server->addFault(ServerFault::of(ServerFault::Kind::EmptyPageWithMore, RosterDemoUsers, 1, 1));
    ProjectUsersModel model(api.client.get());
    model.setProjectId(RosterDemo);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    QVERIFY(loadAllAndWait(model));
    QVERIFY(model.isComplete());
    QVERIFY(!model.hasError());
    QVERIFY(!canFetchMore(model));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 2);
    // A view asking again sends nothing.
    fetchMore(model);
    QVERIFY(!model.isLoading());
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(api.server->requestCount(RosterDemoUsers), 2);
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
    QCOMPARE(api.server->requestCount(QStringLiteral("proj_company_wide/users")), 100);
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
    QCOMPARE(api.server->requestCount(QStringLiteral("proj_company_wide/users")), model.pagesReceived());
    QVERIFY(canFetchMore(model));
    ProjectsModel probe(api.client.get()); // a round trip later, still nothing more
    QVERIFY(loadAllAndWait(probe));
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(api.server->requestCount(QStringLiteral("proj_company_wide/users")), model.pagesReceived());
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
    QCOMPARE(api.server->requestCount(), 0);
}

// --- Filtering and sorting the loaded rows ----------------------------------------------------

void TestPagedModels::substringFilterIsCaseInsensitiveOverAccentsAndCjk()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);

    proxy.setFilterText(QStringLiteral("zoë"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("Zoë Zimmermann")});
    proxy.setFilterText(QStringLiteral("ZOË"));
    QCOMPARE(proxy.rowCount(), 1);
    // An accent is a different letter for a substring search: "zoe" is not "zoë".
    proxy.setFilterText(QStringLiteral("zoe"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("ångström"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("Ångström Åke")});
    proxy.setFilterText(QStringLiteral("明"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("李 明")});
    proxy.setFilterText(QStringLiteral("さくら"));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::NameColumn), QStringList{QStringLiteral("田中 さくら")});
    QVERIFY(proxy.isFiltering());
    QVERIFY(proxy.isSourceComplete());
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), 10);
}

void TestPagedModels::regexFilterWorksAndAnInvalidOneHidesNothing()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);
    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::RegularExpression);

    proxy.setFilterText(QStringLiteral("^(å|z)"));
    QVERIFY(proxy.patternError().isEmpty());
    QStringList names = columnValues(proxy, ProjectUsersModel::NameColumn);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Zed Last"), QStringLiteral("Zoë Zimmermann"),
                                 QStringLiteral("Ångström Åke")}));

    proxy.setFilterText(QStringLiteral("(unclosed"));
    QVERIFY(!proxy.patternError().isEmpty());
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), users.rowCount());

    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::Wildcard);
    QVERIFY(proxy.patternError().isEmpty());
    proxy.setFilterText(QStringLiteral("*str?m *"));
    names = columnValues(proxy, ProjectUsersModel::NameColumn);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Angstrom Anna"), QStringLiteral("Ångström Åke")}));
}

void TestPagedModels::roleFilterKeepsOwnersMembersOrOthers()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);
    const QString owner = QStringLiteral("owner");
    const QString member = QStringLiteral("member");

    proxy.setCategoryFilter({owner});
    QCOMPARE(proxy.rowCount(), 3);
    const QStringList owners = columnValues(proxy, ProjectUsersModel::RoleColumn);
    QCOMPARE(owners.count(owner), 3);
    proxy.setCategoryFilter({member});
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setCategoryFilter({owner, member}, true);
    QStringList others = columnValues(proxy, ProjectUsersModel::RoleColumn);
    others.sort();
    QCOMPARE(others, (QStringList{QStringLiteral("billing"), QStringLiteral("reader")}));
    // Unknown roles are shown as they came.
    QCOMPARE(columnValues(proxy, ProjectUsersModel::RoleColumn, Qt::DisplayRole).size(), 2);
    QVERIFY(columnValues(proxy, ProjectUsersModel::RoleColumn, Qt::DisplayRole).contains(QStringLiteral("reader")));
    // The category and the text filter combine.
    proxy.setCategoryFilter({owner});
    proxy.setFilterText(QStringLiteral("田中"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText({});
    proxy.setCategoryFilter({});
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 10);
}

void TestPagedModels::sortByNameIsLocaleAwareWithNullsLast_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("ringAfterZ");
    // English collation is CLDR's root order: Å sorts with A, case does not split the alphabet.
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << false;
    // The C locale (LANG=C.UTF-8) states no language: the same root order, not code points.
    QTest::newRow("C") << QLocale::c() << false;
    // Swedish has Å as a letter of its own, after Z.
    QTest::newRow("sv_SE") << QLocale(QLocale::Swedish, QLocale::Sweden) << true;
}

void TestPagedModels::sortByNameIsLocaleAwareWithNullsLast()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, ringAfterZ);
    QLocale::setDefault(locale);
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);

    proxy.sort(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    const QStringList ascending = columnValues(proxy, ProjectUsersModel::NameColumn);
    QCOMPARE(ascending.size(), 10);
    // Both missing names last, after every present one.
    QVERIFY(ascending.at(8).isNull());
    QVERIFY(ascending.at(9).isNull());
    const auto at = [&](const char *name) { return ascending.indexOf(QString::fromUtf8(name)); };
    // Lower case "bob" among the B's, "Émile" among the E's, in every one of these locales.
    QVERIFY(at("Angstrom Anna") < at("bob lower"));
    QVERIFY(at("bob lower") < at("Émile Ézy"));
    QVERIFY(at("Émile Ézy") < at("Zed Last"));
    QVERIFY(at("Zed Last") < at("Zoë Zimmermann"));
    if (ringAfterZ) {
        QVERIFY(at("Zoë Zimmermann") < at("Ångström Åke"));
    } else {
        // "Ångström" sits beside "Angstrom", not after "Z".
        QCOMPARE(std::abs(at("Ångström Åke") - at("Angstrom Anna")), 1);
    }

    // Descending reverses the names; missing names still come last.
    proxy.sort(ProjectUsersModel::NameColumn, Qt::DescendingOrder);
    const QStringList descending = columnValues(proxy, ProjectUsersModel::NameColumn);
    QVERIFY(descending.at(8).isNull());
    QVERIFY(descending.at(9).isNull());
    QStringList present = ascending.mid(0, 8);
    std::reverse(present.begin(), present.end());
    QCOMPARE(descending.mid(0, 8), present);
}

void TestPagedModels::sortByAddedIsNumeric()
{
    LocalApi api;
    addTextProject(*api.server);
    ProjectUsersModel users(api.client.get());
    users.setProjectId(TextProject);
    QVERIFY(loadAllAndWait(users));
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&users);

    const auto times = [&] {
        QVector<qint64> values;
        for (int row = 0; row < proxy.rowCount(); ++row)
            values.append(proxy.index(row, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong());
        return values;
    };
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::AscendingOrder);
    QVector<qint64> ascending = times();
    // As text, "999999999" would sort after "2000000000"; as numbers it comes right before 10^9.
    QCOMPARE(ascending.first(), 100);
    QVERIFY(std::is_sorted(ascending.cbegin(), ascending.cend()));
    QVERIFY(ascending.indexOf(999999999) < ascending.indexOf(1000000000));
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    const QVector<qint64> descending = times();
    QCOMPARE(descending.first(), 2000000000);
    QVERIFY(std::is_sorted(descending.crbegin(), descending.crend()));
}

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

// --- Order and reload ---------------------------------------------------------------------------

void TestPagedModels::groupsInDescendingOrderAskForDescOnEveryPage()
{
    LocalApi api;
    const QString project = QStringLiteral("proj_company_wide"); // 120 groups: two pages
    ProjectGroupsModel model(api.client.get());
    model.setProjectId(project);
    QVERIFY(loadAllAndWait(model));
    const QStringList ascendingIds = columnValues(model, ProjectGroupsModel::IdColumn);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    api.server->clearRequests();
    model.setOrder(Qt::DescendingOrder);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loadAllAndWait(model));
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(api.server->requestCount(QStringLiteral("/groups")), 2);
    for (const AdminApiServer::LoggedRequest &request : api.server->requests())
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
    api.server->clearRequests();
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isComplete());
    QVERIFY(canFetchMore(model));
    fetchMore(model);
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(afterCursors(*api.server, RosterDemoUsers), QStringList{QString()});
    QCOMPARE(columnValues(model, ProjectUsersModel::IdColumn), serverUserIds(*api.server, RosterDemo).mid(0, 100));
    QCOMPARE(model.duplicateRows(), 0);
}

QTEST_MAIN(TestPagedModels)
#include "tst_pagedmodels.moc"
