// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 10: the GUI thread's longest stall at 10 000 and at 100 000 rows side by side (loading,
// loading into a table sorted by name, a keystroke's filter, a reload that frees the rows), and
// the sorted load's time against the unsorted one's. Work that grows with the rows shows here as
// a ratio, whatever the machine's speed.
#include "benchtable.h"
#include "benchutil.h"
#include "figures.h"
#include "serverthread.h"
#include "stallmeter.h"

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/listingtableview.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace BenchUtil;

namespace {

struct Stalls
{
    double load = -1;          // longest stall while the listing loads, unsorted
    double loadMs = -1;        // that load's time
    double sortedLoad = -1;    // the same, the table sorted by name (a reload: frees the rows first)
    double sortedLoadMs = -1;
    double keystroke = -1;     // typing "a", "an" into the filter of the sorted table
    double freeing = -1;       // a reload's turns while the old rows are freed, before any page
};

// One table of `users` rows, as the window shows it; medians of `runs` loads.
Stalls measure(int users, int runs)
{
    ServerThread server(users);
    ApiClient client;
    pointAtDemo(client, server.baseUrl());
    ProjectUsersModel model(&client);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ListingTableView view;
    view.setModel(&proxy);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();

    Stalls result;
    StallMeter meter;
    QElapsedTimer clock;
    const auto load = [&](QVector<double> &stalls, QVector<double> &times) {
        clock.start();
        meter.start();
        if (model.rowCount() > 0)
            model.reload();
        else
            model.setProjectId(QStringLiteral("proj_company_wide"));
        const bool loaded = loadAllAndWait(model) && model.rowCount() == users;
        stalls.append(meter.stop());
        times.append(clock.nsecsElapsed() / 1e6);
        return loaded;
    };
    QVector<double> stalls, times, sortedStalls, sortedTimes, keystrokes, freeing;
    for (int run = 0; run < runs; ++run) {
        view.clearSort();
        if (!load(stalls, times))
            return {};
        view.sortByColumn(ProjectUsersModel::NameColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        if (!load(sortedStalls, sortedTimes))
            return {};
        for (const QString &text : {QStringLiteral("a"), QStringLiteral("an")}) {
            meter.start();
            proxy.setFilterText(text);
            QCoreApplication::processEvents();
            keystrokes.append(meter.stop());
        }
        proxy.setFilterText(QString());
        // The reload's own turns: the rows are freed while the first page is on its way.
        meter.start();
        model.reload();
        spinUntil([&] { return model.rowCount() > 0; }, 30000);
        freeing.append(meter.stop());
        loadAllAndWait(model);
    }
    result.load = median(stalls);
    result.loadMs = median(times);
    result.sortedLoad = median(sortedStalls);
    result.sortedLoadMs = median(sortedTimes);
    result.keystroke = median(keystrokes);
    result.freeing = median(freeing);
    return result;
}

QString both(double small, double big)
{
    return QStringLiteral("%1 at 10 000, %2 at 100 000 (%3×)").arg(ms(small), ms(big)).arg(big / small, 0, 'f', 2);
}

BenchTable::Result sizeIndependent(double small, double big)
{
    return small > 0 && big > 0 && big <= 1.5 * small && big < 30 ? BenchTable::Result::Pass : BenchTable::Result::Fail;
}

} // namespace

void stallFigures(BenchTable &table, const BenchOptions &options)
{
    const int runs = std::max(1, std::min(3, options.runs));
    const Stalls small = measure(options.bigUsers / 10, runs);
    const Stalls big = measure(options.bigUsers, runs);
    if (small.load < 0 || big.load < 0) {
        table.addInfo(QStringLiteral("10 stalls at 10 000 and 100 000 users"), QStringLiteral("a load failed"));
        return;
    }
    const QString target = QStringLiteral("≤ 1.5× and < 30 ms");
    table.add(QStringLiteral("10 longest stall while the users load"), both(small.load, big.load), target,
              sizeIndependent(small.load, big.load));
    table.add(QStringLiteral("10 longest stall while they load into a table sorted by name"),
              both(small.sortedLoad, big.sortedLoad), target, sizeIndependent(small.sortedLoad, big.sortedLoad));
    table.add(QStringLiteral("10 longest stall of a keystroke's filter (\"a\", \"an\"; sorted by name)"),
              both(small.keystroke, big.keystroke), target, sizeIndependent(small.keystroke, big.keystroke));
    table.add(QStringLiteral("10 longest stall while a reload frees the rows"), both(small.freeing, big.freeing), target,
              sizeIndependent(small.freeing, big.freeing));
    const double ratio = big.sortedLoadMs / big.loadMs;
    table.add(QStringLiteral("10 load 100 000 users sorted by name vs unsorted"),
              QStringLiteral("%1 vs %2 (%3×)").arg(ms(big.sortedLoadMs), ms(big.loadMs)).arg(ratio, 0, 'f', 2),
              QStringLiteral("≤ 1.3×"), ratio <= 1.3 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
}
