// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 2: scrolling without waiting. A table scrolled one screen every 100 ms over a server that
// takes 150 ms a page; counts the times the view reaches its last loaded row while a page is
// still in flight (the user sees the end of the table and waits).
#include "benchtable.h"
#include "benchutil.h"
#include "figures.h"
#include "serverthread.h"

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"

#include "ui/listingtableview.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace BenchUtil;

namespace {

constexpr int Latency = 150;
constexpr int StepMs = 100;
constexpr int Steps = 80; // 8 s of scrolling, some 15 pages

struct ScrollResult
{
    int waits = 0;      // reaching the last loaded row with a page in flight, after the first page
    int pages = 0;
    int rowsSeen = 0;
};

ScrollResult scrollOnce(const QUrl &baseUrl, bool prefetch)
{
    ApiClient client;
    pointAtDemo(client, baseUrl);
    ProjectUsersModel model(&client);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // Roster's table (with its ScrollPrefetcher), or a plain QTableView that has only Qt's fetchMore.
    std::unique_ptr<QTableView> table = prefetch ? std::make_unique<ListingTableView>() : std::make_unique<QTableView>();
    QTableView &view = *table;
    view.setModel(&proxy);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1000, 700);
    view.show();
    model.setProjectId(QStringLiteral("proj_company_wide"));
    static_cast<QAbstractItemModel &>(model).fetchMore({}); // the first page, as a view asks for it
    spinUntil([&] { return model.rowCount() > 0; }, 10000);

    ScrollResult result;
    bool waitingCounted = false; // count one wait per page in flight
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { waitingCounted = false; });
    QScrollBar *bar = view.verticalScrollBar();
    int step = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        bar->setValue(bar->value() + bar->pageStep());
        const int lastVisible = view.rowAt(view.viewport()->height() - 1);
        const int lastLoaded = proxy.rowCount() - 1;
        const bool atEnd = lastVisible < 0 || lastVisible >= lastLoaded;
        if (atEnd && model.isLoading() && !waitingCounted) {
            ++result.waits;
            waitingCounted = true;
        }
        result.rowsSeen = std::max(result.rowsSeen, lastVisible < 0 ? lastLoaded + 1 : lastVisible + 1);
        ++step;
    });
    ticker.start(StepMs);
    spinUntil([&] { return step >= Steps; }, Steps * StepMs * 3);
    ticker.stop();
    result.pages = model.pagesReceived();
    return result;
}

} // namespace

void scrollFigure(BenchTable &table, const BenchOptions &)
{
    ServerThread server(10000);
    server.setLatencyMs(Latency);

    const ScrollResult plain = scrollOnce(server.baseUrl(), false);
    table.addInfo(QStringLiteral("2a scroll a screen / 100 ms, 150 ms latency, Qt's fetchMore only"),
                  QStringLiteral("%1 waits at the last row (%2 pages, %3 rows passed)")
                      .arg(plain.waits).arg(plain.pages).arg(plain.rowsSeen));
    const ScrollResult ahead = scrollOnce(server.baseUrl(), true);
    table.add(QStringLiteral("2b the same in Roster's table (ListingTableView: prefetches 100 rows ahead)"),
              QStringLiteral("%1 waits at the last row (%2 pages, %3 rows passed)")
                  .arg(ahead.waits).arg(ahead.pages).arg(ahead.rowsSeen),
              QStringLiteral("0 after the first page"), ahead.waits == 0 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
}
