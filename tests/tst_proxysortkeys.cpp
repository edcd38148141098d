// SPDX-License-Identifier: GPL-3.0-or-later
// TableFilterProxyModel sorts text with cached collation keys: the order must be exactly the
// collator's, in the C locale and in a person's locale, while pages append rows and after a reload.
#include "testsupport.h"

#include "heldpool.h"
#include "modeltestsupport.h"
#include "models/modelroles.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "api/workerpool.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QCollator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardItemModel>
#include <QSignalSpy>

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
// The users of a project of `users` loaded in full into a table's proxy, with its selection.
struct LoadedUsers
{
    LocalApi api;
    ProjectUsersModel model{api.client.get()};
    TableFilterProxyModel proxy;
    QItemSelectionModel selection{&proxy};
    QSignalSpy finished{&model, &PagedTableModel::loadAllFinished};

    explicit LoadedUsers(int users)
        : api(users)
    {
        proxy.setSourceModel(&model);
        model.setProjectId(QStringLiteral("proj_company_wide"));
        model.loadAll();
    }
};
} // namespace

class TestProxySortKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void sortByNameFollowsTheCollator_data();
    void sortByNameFollowsTheCollator();
    void manyRowsFilterAndSortAsFewDo();
    void typingOverManyRowsKeepsTheWindowFree();
    void aSortOverManyRowsIsWorkedOutOffTheWindow();
    void rowsAppendedIntoOneGapKeepTheOrder();
    void aResetLetsGoOfTheSortedNamesInLaterTurns();
    void pagesMergeIntoTheOrderWhateverHappensBetween();
    void pagesRankedOnAWorkerMergeInBatches();
    void rowsPlacedOnAWorkerLandInOrder();
    void aMergeThatWaitsForARankingPlacesTheRowsThatCameMeanwhile();
    void aSortedLoadGoesOnWhileQtsPoolIsHeld();
    void theRowsPickedFollowAFilterAndASort_data();
    void theRowsPickedFollowAFilterAndASort();
    void workersGiveWayToTheWindow();
    void aListingThatStopsWhileASortIsWorkedOutSettles();

private:
    static QString firstOutOfOrder(const TableFilterProxyModel &proxy, const QCollator &collator);
    // Collates as the table does: case-insensitive, numbers by value.
    static QCollator nameCollator(const QString &locale);
    // The ids of the rows a filter must keep, asked of the model cell by cell.
    static QSet<QString> idsMatching(const ProjectUsersModel &model, const std::function<bool(const QString &)> &match);
    static QSet<QString> idsShown(const TableFilterProxyModel &proxy);
};

// The workers run below the window's thread, so that typing and painting never wait for a time
// slice of a sort to end; the window's thread, which runs a piece of work it waits for when no
// worker has taken it yet, stays where it was.
void TestProxySortKeys::workersGiveWayToTheWindow()
{
#ifndef Q_OS_LINUX
    QSKIP("Thread priorities are only lowered on Linux");
#else
    struct Standing
    {
        id_t thread;
        int nice;
        quint64 sliceNs; // 0 where the kernel reports none (before Linux 6.12)
    };
    const auto standing = [] {
        // The kernel's struct sched_attr as of its first size.
        struct
        {
            quint32 size, policy;
            quint64 flags;
            qint32 nice;
            quint32 priority;
            quint64 runtime, deadline, period;
        } attr{};
        const id_t thread = id_t(syscall(SYS_gettid));
        if (syscall(SYS_sched_getattr, thread, &attr, sizeof attr, 0) != 0)
            attr.runtime = 0;
        return Standing{thread, getpriority(PRIO_PROCESS, thread), attr.runtime};
    };
    const Standing window = standing();
    // Every worker busy: a piece of work waited for before it starts runs on the waiting thread.
    QThreadPool *pool = WorkerPool::instance();
    QSemaphore busy, release;
    for (int i = 0; i < pool->maxThreadCount(); ++i) {
        pool->start([&busy, &release] {
            busy.release();
            release.acquire();
        });
    }
    busy.acquire(pool->maxThreadCount());
    QFuture<Standing> onWindow = WorkerPool::run(standing);
    onWindow.waitForFinished();
    release.release(pool->maxThreadCount());
    QCOMPARE(onWindow.result().thread, window.thread);
    QCOMPARE(onWindow.result().nice, window.nice);
    QCOMPARE(onWindow.result().sliceNs, window.sliceNs);
    QCOMPARE(standing().nice, window.nice);

    QFuture<Standing> onWorker = WorkerPool::run(standing);
    // Not waited for at once, or it would run here too.
    QTRY_VERIFY(onWorker.isFinished());
    QVERIFY(onWorker.result().thread != window.thread);
    QCOMPARE(onWorker.result().nice, std::min(19, window.nice + 10));
    // Where the kernel keeps a slice a thread (since Linux 6.12), a worker's is longer than the
    // window's: the window's thread, woken while workers hold every core, then takes one at once.
    if (window.sliceNs > 0)
        QVERIFY2(onWorker.result().sliceNs > window.sliceNs,
                 qPrintable(QStringLiteral("worker's slice %1 ns, window's %2 ns")
                                .arg(onWorker.result().sliceNs)
                                .arg(window.sliceNs)));
    else
        qInfo("This kernel reports no time slices; only the nice value was checked.");
#endif
}

// The listing ends (here, on an error) while a sort over many rows is worked out: once the sort
// applies, the table has settled on every row read, in order, and says so; an export that waits
// for it does not wait for ever.
void TestProxySortKeys::aListingThatStopsWhileASortIsWorkedOutSettles()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    LoadedUsers users(40000);
    TableFilterProxyModel &proxy = users.proxy;
    QTRY_VERIFY_WITH_TIMEOUT(users.model.rowCount() > 20000, 60000);
    users.api.faults->add(ServerFault::of(ServerFault::Kind::Forbidden, QStringLiteral("/users"), 0, -1));
    QSignalSpy settled(&proxy, &TableFilterProxyModel::rowsSettled);
    proxy.sort(ProjectUsersModel::NameColumn);
    QVERIFY(proxy.isWorking());
    QTRY_VERIFY_WITH_TIMEOUT(users.finished.count() == 1, 60000);
    QVERIFY(users.model.hasError());
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isWorking(), 30000);
    QVERIFY(settled.count() >= 1);
    QCOMPARE(proxy.rowCount(), users.model.rowCount());
    QCOMPARE(firstOutOfOrder(proxy, nameCollator(QStringLiteral("en_US"))), QString());
}

QCollator TestProxySortKeys::nameCollator(const QString &locale)
{
    QCollator collator{QLocale(locale)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString TestProxySortKeys::firstOutOfOrder(const TableFilterProxyModel &proxy, const QCollator &collator)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString a = proxy.index(row - 1, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString();
        const QString b = proxy.index(row, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString();
        // Present names in collator order, then the missing ones.
        if ((a.isNull() && !b.isNull()) || (!a.isNull() && !b.isNull() && collator.compare(a, b) > 0))
            return QStringLiteral("row %1: \"%2\" before \"%3\"").arg(row).arg(a, b);
    }
    return {};
}

void TestProxySortKeys::sortByNameFollowsTheCollator_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("collation"); // whose rules the user sees
    // The C locale states no language: the table sorts in Unicode's default order (Á with A),
    // not by code point, which would put every accented name after Z.
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en_US");
    QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << QStringLiteral("sv_SE"); // å ä ö after z
}

void TestProxySortKeys::sortByNameFollowsTheCollator()
{
    QFETCH(QString, locale);
    QFETCH(QString, collation);
    QLocale::setDefault(QLocale(locale));
    const QCollator collator = nameCollator(collation);

    LocalApi api;
    ProjectUsersModel model(api.client.get());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setProjectId(QStringLiteral("proj_roster_demo"));
    QSignalSpy state(&model, &PagedTableModel::stateChanged);
    static_cast<QAbstractItemModel &>(model).fetchMore({});
    QTRY_VERIFY(model.rowCount() > 0);
    proxy.sort(ProjectUsersModel::NameColumn);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    // Pages arrive into the sorted table: their rows get keys as they come.
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    // The last page is placed on a worker, and shows a few milliseconds after the listing ends.
    QTRY_COMPARE(proxy.rowCount(), 2400);
    QVERIFY(!proxy.isWorking());
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    // Another column's keys, then back; and after a reload nothing stale is used.
    proxy.sort(ProjectUsersModel::EmailColumn);
    proxy.sort(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());
    model.reload();
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 30000);
    QTRY_COMPARE(proxy.rowCount(), 2400);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());
}

// Over 8192 rows the proxy matches the filter and builds collation keys on every core: the rows
// shown must be exactly those a row-by-row check keeps, in the collator's order, and rows that
// arrive afterwards are matched too.
void TestProxySortKeys::manyRowsFilterAndSortAsFewDo()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QCollator collator = nameCollator(QStringLiteral("en_US"));

    LocalApi api(12000);
    ProjectUsersModel model(api.client.get());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    model.setProjectId(QStringLiteral("proj_company_wide"));
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(model.rowCount(), 12000);

    const auto expectedMatches = [&model](const std::function<bool(const QString &)> &match) {
        return idsMatching(model, match);
    };
    const auto shownIds = [&proxy] { return idsShown(proxy); };

    proxy.sort(ProjectUsersModel::NameColumn);
    QCOMPARE(proxy.rowCount(), 12000);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    proxy.setFilterText(QStringLiteral("An"));
    const QSet<QString> withAn = expectedMatches([](const QString &t) { return t.contains(QLatin1String("an"), Qt::CaseInsensitive); });
    QVERIFY(withAn.size() > 100 && withAn.size() < 12000);
    QCOMPARE(shownIds(), withAn);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    proxy.setFilterSyntax(TableFilterProxyModel::Syntax::RegularExpression);
    proxy.setFilterText(QStringLiteral("^user1\\d*\\.|@mail\\."));
    const QRegularExpression pattern(QStringLiteral("^user1\\d*\\.|@mail\\."), QRegularExpression::CaseInsensitiveOption);
    const QSet<QString> byPattern = expectedMatches([&](const QString &t) { return pattern.match(t).hasMatch(); });
    QVERIFY(byPattern.size() > 100 && byPattern.size() < 12000);
    QCOMPARE(shownIds(), byPattern);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    // A reload under the filter: rows come back page by page and are matched as they come.
    model.reload();
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !proxy.isWorking(), 60000);
    QCOMPARE(shownIds(), byPattern);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());
}

QSet<QString> TestProxySortKeys::idsMatching(const ProjectUsersModel &model, const std::function<bool(const QString &)> &match)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant text = model.index(row, column).data(ModelRoles::FilterRole);
            if (text.isValid() && match(text.toString())) {
                ids.insert(model.index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
                break;
            }
        }
    }
    return ids;
}

QSet<QString> TestProxySortKeys::idsShown(const TableFilterProxyModel &proxy)
{
    QSet<QString> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.insert(proxy.index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
    return ids;
}

// Over many rows a keystroke's filter is matched a slice of rows per turn of the event loop:
// the table keeps showing the last filter's rows meanwhile, a faster keystroke starts over, and
// once done the table shows exactly the rows the last text keeps, in order, including rows that
// arrived while it was being matched.
void TestProxySortKeys::typingOverManyRowsKeepsTheWindowFree()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QCollator collator = nameCollator(QStringLiteral("en_US"));
    const auto containing = [](const QString &text) {
        return [text](const QString &value) { return value.contains(text, Qt::CaseInsensitive); };
    };

    LocalApi api(40000);
    ProjectUsersModel model(api.client.get());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ProjectUsersModel::NameColumn);
    model.setProjectId(QStringLiteral("proj_company_wide"));
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !proxy.isWorking(), 60000);
    QCOMPARE(model.rowCount(), 40000);
    QCOMPARE(proxy.rowCount(), 40000);

    QSignalSpy layoutChanges(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy settled(&proxy, &TableFilterProxyModel::rowsSettled);
    proxy.setFilterText(QStringLiteral("a"));
    QVERIFY(proxy.isMatchingFilter());
    QVERIFY(proxy.isWorking());
    QCOMPARE(proxy.rowCount(), 40000); // still every row: the window was not held for the match
    proxy.setFilterText(QStringLiteral("an"));
    QCOMPARE(proxy.filterText(), QStringLiteral("an"));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isMatchingFilter(), 10000);
    // Once, to the last text's rows: the first keystroke's rows never showed.
    QCOMPARE(layoutChanges.count(), 1);
    QCOMPARE(settled.count(), 1);
    const QSet<QString> withAn = idsMatching(model, containing(QStringLiteral("an")));
    QVERIFY(withAn.size() > 100 && withAn.size() < 40000);
    QCOMPARE(idsShown(proxy), withAn);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());

    // A reload, unsorted: once more than a slice of rows is back, a new text is matched while
    // pages keep coming. The workers that match it also pick the rows it lets through, out of the
    // rows as they were: held until more pages have merged, their pick is out of date, and the
    // rows shown are picked afresh, in the listing's order.
    proxy.sort(-1);
    model.reload();
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 20000, 60000);
    {
        HeldPool held(WorkerPool::instance());
        proxy.setFilterText(QStringLiteral("on"));
        QVERIFY(proxy.isMatchingFilter());
        const int rowsWhenTyped = model.rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > rowsWhenTyped, 30000);
        QVERIFY(proxy.isMatchingFilter());
        QVERIFY2(held.isHeld(), "the workers were let go before more rows came");
        held.letGo();
    }
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !proxy.isWorking(), 60000);
    QCOMPARE(model.rowCount(), 40000);
    const QSet<QString> withOn = idsMatching(model, containing(QStringLiteral("on")));
    QVERIFY(withOn.size() > 100 && withOn.size() < 40000);
    QCOMPARE(idsShown(proxy), withOn);
    QCOMPARE(proxy.rowCount(), withOn.size());
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.mapToSource(proxy.index(row - 1, 0)).row() < proxy.mapToSource(proxy.index(row, 0)).row());
}

// Over 16 384 rows a sort is worked out on the workers: the rows keep their order until the new
// one applies, in one layout change, exactly the collator's, with the current row on the same
// person. A sort asked for before the last one applied replaces it; rows that arrive meanwhile go
// in after it, at their places.
void TestProxySortKeys::aSortOverManyRowsIsWorkedOutOffTheWindow()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    const QCollator collator = nameCollator(QStringLiteral("en_US"));

    LoadedUsers users(40000);
    ProjectUsersModel &model = users.model;
    TableFilterProxyModel &proxy = users.proxy;
    QItemSelectionModel &selection = users.selection;
    QSignalSpy &finished = users.finished;
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(proxy.rowCount(), 40000);

    const auto rawAt = [&proxy](int row, int column) { return proxy.index(row, column).data(ModelRoles::RawRole); };
    const auto idAt = [&rawAt](int row) { return rawAt(row, ProjectUsersModel::IdColumn).toString(); };
    selection.setCurrentIndex(proxy.index(123, ProjectUsersModel::EmailColumn), QItemSelectionModel::NoUpdate);
    const QString currentId = idAt(123);
    const QString firstId = idAt(0);
    QSignalSpy layoutChanges(&proxy, &QAbstractItemModel::layoutChanged);
    // What an export started meanwhile waits for: the rows it reads then follow the header.
    QSignalSpy settled(&proxy, &TableFilterProxyModel::rowsSettled);
    proxy.sort(ProjectUsersModel::NameColumn);
    QVERIFY(proxy.isSorting());
    QVERIFY(proxy.isWorking());
    QCOMPARE(proxy.sortColumn(), int(ProjectUsersModel::NameColumn)); // what the header shows
    QCOMPARE(idAt(0), firstId);
    QCOMPARE(layoutChanges.count(), 0);
    QCOMPARE(settled.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSorting(), 30000);
    QCOMPARE(layoutChanges.count(), 1);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());
    QCOMPARE(idAt(selection.currentIndex().row()), currentId);

    // By date, then at once by email, downwards: only the email order ever shows.
    proxy.sort(ProjectUsersModel::AddedColumn, Qt::DescendingOrder);
    QVERIFY(proxy.isSorting());
    proxy.sort(ProjectUsersModel::EmailColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSorting(), 30000);
    QCOMPARE(layoutChanges.count(), 2);
    QCOMPARE(settled.count(), 2); // not for the sort by date, replaced before it applied
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QString above = rawAt(row - 1, ProjectUsersModel::EmailColumn).toString();
        const QString below = rawAt(row, ProjectUsersModel::EmailColumn).toString();
        QVERIFY2(collator.compare(above, below) >= 0, qPrintable(QStringLiteral("row %1: %2 above %3").arg(row).arg(above, below)));
    }
    QCOMPARE(idAt(selection.currentIndex().row()), currentId);
    proxy.sort(ProjectUsersModel::AddedColumn);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isSorting(), 30000);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(rawAt(row - 1, ProjectUsersModel::AddedColumn).toLongLong() <= rawAt(row, ProjectUsersModel::AddedColumn).toLongLong());

    // Asked for while a reload's pages come in: they wait for it, then go in at their places.
    model.reload();
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 20000, 60000);
    proxy.sort(ProjectUsersModel::NameColumn);
    QVERIFY(proxy.isSorting());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !proxy.isWorking(), 60000);
    QCOMPARE(proxy.rowCount(), 40000);
    QCOMPARE(firstOutOfOrder(proxy, collator), QString());
    QCOMPARE(idsShown(proxy).size(), 40000);
}

// A sorted table ranks appended rows between their neighbours; 80 rows that each fall between
// "a" and the row before them split one gap more finely than a double can, and the proxy must
// notice and rank afresh instead of putting rows out of order.
void TestProxySortKeys::rowsAppendedIntoOneGapKeepTheOrder()
{
    QStandardItemModel source(0, 1);
    const auto append = [&source](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setData(text, ModelRoles::RawRole);
        source.appendRow(item);
    };
    append(QStringLiteral("b"));
    append(QStringLiteral("a"));
    append(QStringLiteral("0")); // so that "a" does not rank 0, where a double splits almost forever
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QStringList expected = {QStringLiteral("0"), QStringLiteral("a")};
    for (int length = 80; length >= 1; --length) {
        const QString text = QLatin1Char('a') + QString(length, QLatin1Char('z')); // "a" < this < the last one
        append(text);
        expected.append(text);
    }
    std::sort(expected.begin() + 2, expected.end(), [](const QString &x, const QString &y) { return x.size() < y.size(); });
    expected.append(QStringLiteral("b"));
    // Rows that arrive back to back go in together, within a tenth of a second.
    QCOMPARE(proxy.rowCount(), 3);
    QTRY_COMPARE(proxy.rowCount(), 83);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(ModelRoles::RawRole).toString());
    QCOMPARE(shown, expected);
}

void TestProxySortKeys::aResetLetsGoOfTheSortedNamesInLaterTurns()
{
    // The sort keeps every name it ranked. Dropping 100 000 of them in the reset's own turn took 1
    // to 2 ms, touching each string: they go a few thousand a turn from the next one, all of them.
    QStandardItemModel source(0, 1);
    QString first; // built at run time: a literal's text is never shared, so never detached
    for (int row = 0; row < 20000; ++row) {
        const QString text = QStringLiteral("name %1").arg(row, 5, 10, QLatin1Char('0'));
        if (row == 0)
            first = text;
        auto *item = new QStandardItem(text);
        item->setData(text, ModelRoles::RawRole);
        source.appendRow(item);
    }
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0, Qt::DescendingOrder);
    QTRY_COMPARE(proxy.index(19999, 0).data(ModelRoles::RawRole).toString(), first);

    source.clear();
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY2(!first.isDetached(), "the sort let go of its names in the reset's turn");
    QTRY_VERIFY2(first.isDetached(), "the sort still holds a name");
}

namespace {
// The rows the proxy must show, worked out from the source model cell by cell: those the
// filter keeps, in the collator's (or the number's) order, missing values last either way,
// equal values in the source's order (reversed with a descending sort).
QStringList expectedIds(const ProjectUsersModel &model, const QCollator &collator, int column, Qt::SortOrder order,
                        const QString &text, const QStringList &roles)
{
    QVector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int c) { return model.index(row, c).data(ModelRoles::RawRole).toString(); };
        if (!roles.isEmpty() && !roles.contains(cell(ProjectUsersModel::RoleColumn)))
            continue;
        bool matches = text.isEmpty();
        for (int c = 0; c < model.columnCount() && !matches; ++c) {
            const QVariant value = model.index(row, c).data(ModelRoles::FilterRole);
            matches = value.isValid() && value.toString().contains(text, Qt::CaseInsensitive);
        }
        if (matches)
            rows.append(row);
    }
    const bool ascending = order == Qt::AscendingOrder;
    if (column >= 0) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant x = model.index(a, column).data(ModelRoles::RawRole);
            const QVariant y = model.index(b, column).data(ModelRoles::RawRole);
            int c = 0;
            if (x.typeId() == QMetaType::LongLong) {
                c = x.toLongLong() < y.toLongLong() ? -1 : x.toLongLong() > y.toLongLong();
            } else {
                if (x.toString().isNull() != y.toString().isNull())
                    return y.toString().isNull();
                c = collator.compare(x.toString(), y.toString());
            }
            if (c != 0)
                return ascending ? c < 0 : c > 0;
            return ascending ? a < b : a > b;
        });
    }
    QStringList ids;
    for (const int row : std::as_const(rows))
        ids.append(model.index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
    return ids;
}
// The demo project's users through the proxy, with Swedish collation (å, ä, ö after z).
struct DemoTable
{
    DemoTable() { proxy.setSourceModel(&model); }

    const bool swedish = (QLocale::setDefault(QLocale(QStringLiteral("sv_SE"))), true); // before the proxy's collator
    LocalApi api;
    ProjectUsersModel model{api.client.get()};
    TableFilterProxyModel proxy;
};

// The same, checked by QAbstractItemModelTester throughout (which asks for pages of its own).
struct CheckedDemoTable : DemoTable
{
    QAbstractItemModelTester tester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};
} // namespace

// A sorted table merges each page into its order: whatever sort and filter the person set
// between pages, the table shows exactly the rows a row-by-row check keeps, in order, and the
// proxy behaves as a model must throughout (QAbstractItemModelTester checks every signal).
void TestProxySortKeys::pagesMergeIntoTheOrderWhateverHappensBetween()
{
    CheckedDemoTable table;
    const QCollator collator = nameCollator(QStringLiteral("sv_SE"));
    ProjectUsersModel &model = table.model;
    TableFilterProxyModel &proxy = table.proxy;
    // A view's persistent indexes: the rows kept across merges must still point at their records.
    QVector<QPair<QPersistentModelIndex, QString>> held;

    struct Step { int column; Qt::SortOrder order; QString text; QStringList roles; };
    const QVector<Step> steps = {
        {ProjectUsersModel::NameColumn, Qt::AscendingOrder, {}, {}},
        {ProjectUsersModel::NameColumn, Qt::AscendingOrder, QStringLiteral("an"), {}},
        {ProjectUsersModel::EmailColumn, Qt::DescendingOrder, QStringLiteral("an"), {}},
        {ProjectUsersModel::AddedColumn, Qt::DescendingOrder, {}, {QStringLiteral("owner")}},
        {ProjectUsersModel::NameColumn, Qt::DescendingOrder, {}, {}},
        {-1, Qt::AscendingOrder, QStringLiteral("e"), {}},
        {ProjectUsersModel::AddedColumn, Qt::AscendingOrder, {}, {}},
        {ProjectUsersModel::NameColumn, Qt::AscendingOrder, {}, {QStringLiteral("member")}},
    };
    // Pages arrive as the tester and loadAll() ask; each is checked once the proxy has merged it
    // (the proxy connected to the model first), then the next step applies every other page.
    QStringList failures;
    int pages = 0;
    const Step serverOrder{-1, Qt::AscendingOrder, {}, {}};
    const Step *step = &serverOrder;
    connect(&model, &QAbstractItemModel::rowsInserted, &proxy, [&] {
        proxy.mergeArrivedRows(); // as the next merge would
        for (const auto &[index, id] : std::as_const(held)) {
            if (!index.isValid() || index.data(ModelRoles::RawRole).toString() != id)
                failures.append(QStringLiteral("page %1: the row showing %2 lost it").arg(pages).arg(id));
        }
        if (columnValues(proxy, ProjectUsersModel::IdColumn)
            != expectedIds(model, collator, step->column, step->order, step->text, step->roles))
            failures.append(QStringLiteral("page %1: out of order after the merge").arg(pages));
        if (pages % 2 == 0) {
            step = &steps.at((pages / 2) % steps.size());
            proxy.sort(step->column, step->order);
            proxy.setFilterText(step->text);
            proxy.setCategoryFilter(step->roles);
            if (columnValues(proxy, ProjectUsersModel::IdColumn)
                != expectedIds(model, collator, step->column, step->order, step->text, step->roles))
                failures.append(QStringLiteral("page %1: out of order after the change").arg(pages));
        }
        held.clear();
        for (int row = 0; row < proxy.rowCount(); row += 7)
            held.append({QPersistentModelIndex(proxy.index(row, ProjectUsersModel::IdColumn)),
                         proxy.index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString()});
        ++pages;
    });
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.setProjectId(RosterDemo);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !proxy.isWorking(), 30000);
    QCOMPARE(model.rowCount(), 2400);
    QCOMPARE(pages, 24);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

// As the app loads a sorted table: the pages are keyed and ranked together on a worker, several
// at a time (a tenth of a second or a thousand rows apart), and merged, the last at the end. A new sort while one is ranked still ends in order.
void TestProxySortKeys::pagesRankedOnAWorkerMergeInBatches()
{
    CheckedDemoTable table;
    const QCollator collator = nameCollator(QStringLiteral("sv_SE"));
    ProjectUsersModel &model = table.model;
    TableFilterProxyModel &proxy = table.proxy;
    proxy.sort(ProjectUsersModel::NameColumn, Qt::DescendingOrder);
    int pages = 0;
    int pagesWaiting = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, &proxy, [&] {
        ++pages;
        if (proxy.rowCount() < model.rowCount())
            ++pagesWaiting;
        // Halfway, the other way round: a ranking may be under way on a worker.
        if (pages == 15)
            proxy.sort(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
    });
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.setProjectId(RosterDemo);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !proxy.isWorking(), 30000);
    QCOMPARE(pages, 24);
    QVERIFY2(pagesWaiting > 0, "every page was merged on its own");
    QCOMPARE(proxy.rowCount(), 2400);
    QCOMPARE(columnValues(proxy, ProjectUsersModel::IdColumn),
             expectedIds(model, collator, ProjectUsersModel::NameColumn, Qt::AscendingOrder, {}, {}));
}

namespace {
// Where the proxy's rows break the order of a sort by name (missing names last, equal names in
// the source's order, reversed with a descending sort), or empty.
QString breakInNameOrder(const TableFilterProxyModel &proxy, const QCollator &collator, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const int a = proxy.mapToSource(proxy.index(row - 1, 0)).row();
        const int b = proxy.mapToSource(proxy.index(row, 0)).row();
        const QString x = proxy.index(row - 1, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString();
        const QString y = proxy.index(row, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString();
        bool inOrder;
        if (x.isNull() || y.isNull())
            inOrder = y.isNull() && (!x.isNull() || ascending == (a < b));
        else if (const int c = collator.compare(x, y); c != 0)
            inOrder = ascending == (c < 0);
        else
            inOrder = ascending == (a < b);
        if (!inOrder)
            return QStringLiteral("rows %1 and %2 (\"%3\", \"%4\") out of order").arg(row - 1).arg(row).arg(x, y);
    }
    return {};
}
} // namespace

// The worker that ranks arriving pages also finds their places among the sorted rows, by the
// ranks it worked out: after every merge, in either direction and with a filter set meanwhile,
// the table is in order and the rows a view holds still show their records.
void TestProxySortKeys::rowsPlacedOnAWorkerLandInOrder()
{
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        CheckedDemoTable table;
        const QCollator collator = nameCollator(QStringLiteral("sv_SE"));
        ProjectUsersModel &model = table.model;
        TableFilterProxyModel &proxy = table.proxy;
        proxy.sort(ProjectUsersModel::NameColumn, order);
        QVector<QPair<QPersistentModelIndex, QString>> held;
        QStringList failures;
        int merges = 0;
        int pagesWaiting = 0;
        bool refiltering = false; // rows the filter drops lose their indexes
        const auto checkMerge = [&] {
            ++merges;
            if (const QString broken = breakInNameOrder(proxy, collator, order); !broken.isEmpty())
                failures.append(QStringLiteral("merge %1: %2").arg(merges).arg(broken));
            for (const auto &[index, id] : std::as_const(held)) {
                if (!refiltering && (!index.isValid() || index.data(ModelRoles::RawRole).toString() != id))
                    failures.append(QStringLiteral("merge %1: the row showing %2 lost it").arg(merges).arg(id));
            }
            held.clear();
            for (int row = 0; row < proxy.rowCount(); row += 5)
                held.append({QPersistentModelIndex(proxy.index(row, ProjectUsersModel::IdColumn)),
                             proxy.index(row, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString()});
        };
        connect(&proxy, &QAbstractItemModel::layoutChanged, &proxy, checkMerge);
        connect(&proxy, &QAbstractItemModel::rowsInserted, &proxy, checkMerge);
        int pages = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, &proxy, [&] {
            ++pages;
            if (proxy.rowCount() < model.rowCount())
                ++pagesWaiting;
            // A third of the way, a filter; two thirds, none again.
            if (pages == 34 || pages == 67) {
                refiltering = true;
                proxy.setFilterText(pages == 34 ? QStringLiteral("an") : QString());
                refiltering = false;
            }
        });
        QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
        model.setProjectId(QStringLiteral("proj_company_wide")); // 10 000 users: merges of a thousand rows
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && proxy.rowCount() == 10000, 30000);
        QVERIFY2(pagesWaiting > 0, "every page was merged on its own");
        QVERIFY2(merges > 2, "the pages did not come in merges");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(columnValues(proxy, ProjectUsersModel::IdColumn),
                 expectedIds(model, collator, ProjectUsersModel::NameColumn, order, {}, {}));
    }
}

// A keystroke merges the rows that arrived before it filters. When the ranking of earlier pages
// is still being worked out, the keystroke waits for it, takes it, and places the rows that came
// meanwhile by their own collation keys: not one of them sorts as a missing name. The workers are
// held while the listing loads, so that every later page comes during that ranking.
void TestProxySortKeys::aMergeThatWaitsForARankingPlacesTheRowsThatCameMeanwhile()
{
    DemoTable table; // pages come only when asked for here
    const QCollator collator = nameCollator(QStringLiteral("sv_SE"));
    ProjectUsersModel &model = table.model;
    TableFilterProxyModel &proxy = table.proxy;
    proxy.sort(ProjectUsersModel::NameColumn);
    model.setProjectId(RosterDemo);
    static_cast<QAbstractItemModel &>(model).fetchMore({}); // as a view asks for the first page
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 100 && !model.isLoading() && !proxy.isWorking(), 10000);
    QCOMPARE(proxy.rowCount(), 100);

    HeldPool held(WorkerPool::instance());
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(model.rowCount(), 2400);
    // A thousand rows or so wait for their ranking; the rest came after it started.
    QVERIFY(proxy.isWorking());
    QCOMPARE(proxy.rowCount(), 100);

    std::thread letGo([&held] {
        QThread::msleep(200);
        held.letGo();
    });
    proxy.setFilterText(QStringLiteral("a"));
    letGo.join();
    QVERIFY2(held.isHeld(), "the workers were let go before the keystroke");
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isWorking(), 10000);
    const QString broken = breakInNameOrder(proxy, collator, Qt::AscendingOrder);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    QCOMPARE(columnValues(proxy, ProjectUsersModel::IdColumn),
             expectedIds(model, collator, ProjectUsersModel::NameColumn, Qt::AscendingOrder, QStringLiteral("a"), {}));
}

// A paint waits for Qt's own thread pool: a sorted table ranks and merges arriving pages on
// Roster's (WorkerPool), so with every thread of Qt's pool held a load still comes in, in order.
void TestProxySortKeys::aSortedLoadGoesOnWhileQtsPoolIsHeld()
{
    CheckedDemoTable table;
    const QCollator collator = nameCollator(QStringLiteral("sv_SE"));
    table.proxy.sort(ProjectUsersModel::NameColumn);
    const HeldPool held(QThreadPool::globalInstance());
    QSignalSpy finished(&table.model, &PagedTableModel::loadAllFinished);
    table.model.setProjectId(RosterDemo);
    table.model.loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && table.proxy.rowCount() == 2400, 30000);
    QVERIFY2(held.isHeld(), "the sorted load waited for Qt's pool until it was let go");
    QCOMPARE(columnValues(table.proxy, ProjectUsersModel::IdColumn),
             expectedIds(table.model, collator, ProjectUsersModel::NameColumn, Qt::AscendingOrder, {}, {}));
}

QTEST_GUILESS_MAIN(TestProxySortKeys)
#include "tst_proxysortkeys.moc"

void TestProxySortKeys::theRowsPickedFollowAFilterAndASort_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("picked");
    // A few rows picked are looked up one by one; hundreds in a map of every row.
    QTest::newRow("unsorted, 12 picked") << -1 << Qt::AscendingOrder << 12;
    QTest::newRow("by name, 12 picked") << int(ProjectUsersModel::NameColumn) << Qt::AscendingOrder << 12;
    QTest::newRow("by date added, newest first, 12 picked") << int(ProjectUsersModel::AddedColumn) << Qt::DescendingOrder << 12;
    QTest::newRow("by name, 600 picked") << int(ProjectUsersModel::NameColumn) << Qt::AscendingOrder << 600;
}

// The rows a person picked (to export, to copy) and the current row are held by the view as
// persistent indexes: a filter over many rows must move each to where its row now shows and let
// go of those it hides, and a sort must move them all. Picked rows are ids, not positions.
void TestProxySortKeys::theRowsPickedFollowAFilterAndASort()
{
    QFETCH(int, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, picked);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));

    LoadedUsers users(20000);
    const ProjectUsersModel &model = users.model;
    TableFilterProxyModel &proxy = users.proxy;
    QItemSelectionModel &selection = users.selection;
    QTRY_VERIFY_WITH_TIMEOUT(users.finished.count() == 1, 60000);
    QCOMPARE(proxy.rowCount(), 20000);
    proxy.sort(sortColumn, order);

    const auto idAt = [&proxy](const QModelIndex &index) {
        return proxy.index(index.row(), ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString();
    };
    const auto pickedIds = [&] {
        QSet<QString> ids;
        for (const QModelIndex &index : selection.selectedRows())
            ids.insert(idAt(index));
        return ids;
    };
    const auto containsAn = [](const QString &text) { return text.contains(QLatin1String("an"), Qt::CaseInsensitive); };
    const QSet<QString> withAn = idsMatching(model, containsAn);
    // Rows spread over the table, each picked by itself (not as one range), half of them rows
    // the filter below hides.
    QVector<int> kept, hidden;
    for (int row = 0; row < proxy.rowCount(); ++row)
        (withAn.contains(idAt(proxy.index(row, 0))) ? kept : hidden).append(row);
    QSet<QString> pickedBefore;
    for (int i = 0; i < picked; ++i) {
        const QVector<int> &rows = i % 2 ? hidden : kept;
        const int row = rows.at(int(qint64(i / 2) * rows.size() / ((picked + 1) / 2)));
        selection.select(proxy.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        pickedBefore.insert(idAt(proxy.index(row, 0)));
    }
    QCOMPARE(pickedBefore.size(), picked);
    QCOMPARE(pickedIds(), pickedBefore);
    // The current row: one the filter keeps, at the middle of the table.
    int middle = proxy.rowCount() / 2;
    while (!withAn.contains(idAt(proxy.index(middle, 0))))
        ++middle;
    selection.setCurrentIndex(proxy.index(middle, ProjectUsersModel::EmailColumn), QItemSelectionModel::NoUpdate);
    const QString currentId = idAt(selection.currentIndex());

    proxy.setFilterText(QStringLiteral("an"));
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isMatchingFilter(), 30000);
    QCOMPARE(idsShown(proxy), withAn);
    const QSet<QString> stillPicked = QSet<QString>(pickedBefore).intersect(withAn);
    QCOMPARE(stillPicked.size(), (picked + 1) / 2);
    QCOMPARE(pickedIds(), stillPicked);
    QCOMPARE(idAt(selection.currentIndex()), currentId);
    QCOMPARE(selection.currentIndex().column(), int(ProjectUsersModel::EmailColumn));

    // The other way round, then without the filter: the rows it hid stay unpicked.
    proxy.sort(sortColumn < 0 ? int(ProjectUsersModel::NameColumn) : sortColumn,
               order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    QCOMPARE(pickedIds(), stillPicked);
    QCOMPARE(idAt(selection.currentIndex()), currentId);
    proxy.setFilterText(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isMatchingFilter(), 30000);
    QCOMPARE(proxy.rowCount(), 20000);
    QCOMPARE(pickedIds(), stillPicked);
    QCOMPARE(idAt(selection.currentIndex()), currentId);
}
