// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 1: loading all 10 000 users of a project, 100 pages of 100.
#include "benchtable.h"
#include "benchutil.h"
#include "figures.h"
#include "serverthread.h"

#include "api/apiclient.h"
#include "api/listingquery.h"
#include "demoserver/adminapiserver.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace BenchUtil;

namespace {

const QString BigProject = QStringLiteral("proj_company_wide");
constexpr int Users = 10000;
constexpr int Pages = Users / 100;

struct LoadTime
{
    double ms = -1;       // whole listing, -1 on a failure
    double serverMs = 0;  // the server's own time in that listing
};

// Loads the whole listing once through `model`; `serverBusyMs` (when given) reads the server's
// own time so far.
LoadTime loadOnce(ProjectUsersModel &model, const std::function<double()> &serverBusyMs = {})
{
    const double busyBefore = serverBusyMs ? serverBusyMs() : 0;
    QElapsedTimer timer;
    timer.start();
    model.setProjectId(BigProject);
    if (!loadAllAndWait(model) || model.rowCount() != Users)
        return {};
    const double total = timer.nsecsElapsed() / 1e6;
    return {total, serverBusyMs ? serverBusyMs() - busyBefore : 0};
}

// The run with the median total, or a failure if any run failed.
LoadTime medianOf(QVector<LoadTime> times)
{
    if (times.isEmpty() || std::any_of(times.cbegin(), times.cend(), [](const LoadTime &t) { return t.ms < 0; }))
        return {};
    std::sort(times.begin(), times.end(), [](const LoadTime &a, const LoadTime &b) { return a.ms < b.ms; });
    return times.at(times.size() / 2);
}

LoadTime medianLoad(ApiClient &client, int runs, const std::function<double()> &serverBusyMs = {})
{
    QVector<LoadTime> times;
    ProjectUsersModel model(&client);
    for (int run = 0; run < runs; ++run)
        times.append(loadOnce(model, serverBusyMs));
    return medianOf(times);
}

QNetworkRequest pageRequest(const ApiClient &client, const QString &cursor)
{
    const ListingQuery query = ListingQuery::projectUsers(BigProject);
    QUrl url = client.baseUrl();
    url.setPath(url.path() + query.path());
    url.setQuery(query.queryString(cursor));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + AdminApiServer::DemoKey);
    request.setRawHeader("Accept", "application/json");
    return request;
}

// Every page's request, with the cursor each is asked with (read off the clock).
QVector<QNetworkRequest> everyPageRequest(ApiClient &client)
{
    QVector<QNetworkRequest> requests;
    QString cursor;
    for (;;) {
        requests.append(pageRequest(client, cursor));
        QNetworkReply *reply = client.network()->get(requests.last());
        spinUntil([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        cursor = page.value(QStringLiteral("last_id")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool() || cursor.isEmpty() || requests.size() > Pages)
            return requests;
    }
}

// The peer of 1b: the same pages through the same QNetworkAccessManager, each asked for as
// soon as the one before has been read, nothing parsed (the cursors are known beforehand).
// What is left over the floor here is Qt's HTTP stack and the hand-offs between the threads.
LoadTime bareLoadOnce(ApiClient &client, const QVector<QNetworkRequest> &requests,
                      const std::function<double()> &serverBusyMs)
{
    const double busyBefore = serverBusyMs();
    int next = 0;
    bool failed = false;
    std::function<void()> ask = [&] {
        QNetworkReply *reply = client.network()->get(requests.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            failed |= reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty();
            reply->deleteLater();
            if (!failed && next < requests.size())
                ask();
            else
                next = int(requests.size()) + 1;
        });
    };
    QElapsedTimer timer;
    timer.start();
    ask();
    spinUntil([&] { return next > requests.size(); }, 60000);
    if (failed)
        return {};
    return {timer.nsecsElapsed() / 1e6, serverBusyMs() - busyBefore};
}

// The openai npm SDK, when tests/sdk has it installed, against a roster-demo-server process;
// Roster is timed against the same process so both pay the same server.
void compareWithNodeSdk(BenchTable &table, int runs)
{
    const QString sdk = QStringLiteral(ROSTER_SOURCE_DIR "/tests/sdk/node_modules/openai");
    if (!QFileInfo::exists(sdk)) {
        table.addInfo(QStringLiteral("1c node SDK (openai npm) paging 10 000 users"), QStringLiteral("node SDK: not installed"));
        return;
    }
    QProcess server;
    server.setProgram(QStringLiteral(ROSTER_DEMO_SERVER));
    server.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"), QString::number(Users)});
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start();
    QUrl baseUrl;
    spinUntil([&] {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Listening on (\\S+)"))
                                              .match(QString::fromUtf8(server.peek(4096)));
        if (m.hasMatch())
            baseUrl = QUrl(m.captured(1));
        return baseUrl.isValid() || server.state() == QProcess::NotRunning;
    }, 10000);
    if (!baseUrl.isValid()) {
        table.addInfo(QStringLiteral("1c node SDK (openai npm) paging 10 000 users"), QStringLiteral("roster-demo-server did not start"));
        return;
    }

    ApiClient client;
    pointAtDemo(client, baseUrl);
    const double roster = medianLoad(client, runs).ms;

    QProcess node;
    node.start(QStringLiteral("node"), {QStringLiteral(ROSTER_SOURCE_DIR "/bench/node/pagelisting.cjs"), sdk,
                                        baseUrl.toString(), QString::fromLatin1(AdminApiServer::DemoKey), BigProject,
                                        QString::number(runs)});
    // Node runs in its own process; this loop only waits for it.
    spinUntil([&] { return node.state() == QProcess::NotRunning; }, 300000);
    const QJsonObject result = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    server.terminate();
    server.waitForFinished(3000);

    QVector<double> nodeTimes;
    for (const QJsonValue &v : result.value(QStringLiteral("ms")).toArray())
        nodeTimes.append(v.toDouble());
    if (nodeTimes.isEmpty() || result.value(QStringLiteral("rows")).toInt() != Users) {
        table.addInfo(QStringLiteral("1c node SDK (openai npm) paging 10 000 users"),
                      QStringLiteral("node SDK failed: %1").arg(QString::fromUtf8(node.readAllStandardError()).trimmed().left(120)));
        return;
    }
    const double sdkMs = median(nodeTimes);
    table.addInfo(QStringLiteral("1c node SDK %1 paging 10 000 users, same server process")
                      .arg(result.value(QStringLiteral("version")).toString()),
                  ms(sdkMs));
    table.add(QStringLiteral("1c Roster paging 10 000 users, same server process"),
              QStringLiteral("%1 (%2× the SDK's time)").arg(ms(roster)).arg(roster / sdkMs, 0, 'f', 2),
              QStringLiteral("≤ node SDK"), roster >= 0 && roster <= sdkMs ? BenchTable::Result::Pass : BenchTable::Result::Fail);
}

} // namespace

bool loadAllAndWait(PagedTableModel &model, int timeoutMs)
{
    bool finished = false, complete = false;
    const QMetaObject::Connection c = QObject::connect(&model, &PagedTableModel::loadAllFinished, [&](bool ok) {
        finished = true;
        complete = ok;
    });
    model.loadAll();
    spinUntil([&] { return finished; }, timeoutMs);
    QObject::disconnect(c);
    return complete;
}

bool loadAllAndShow(PagedTableModel &model, const TableFilterProxyModel &proxy, int timeoutMs)
{
    return loadAllAndWait(model, timeoutMs) && spinUntil([&proxy] { return !proxy.isWorking(); }, timeoutMs);
}

void loadFigures(BenchTable &table, const BenchOptions &options)
{
    ServerThread server(Users);
    ApiClient client;
    pointAtDemo(client, server.baseUrl());

    const auto busy = [&server] { return server.busyMs(); };
    const LoadTime fast = medianLoad(client, options.runs, busy);
    table.add(QStringLiteral("1a load 10 000 users (100 pages), 0 ms latency"),
              fast.ms < 0 ? QStringLiteral("failed")
                          : QStringLiteral("%1 (server's own time %2)").arg(ms(fast.ms), ms(fast.serverMs)),
              QStringLiteral("< 500 ms"), fast.ms >= 0 && fast.ms < 500 ? BenchTable::Result::Pass : BenchTable::Result::Fail);

    // NOTES: the floor is the latency of 100 sequential pages plus the server's own time.
    constexpr int Latency = 20;
    const QVector<QNetworkRequest> requests = everyPageRequest(client);
    // Roster and its peer take turns, so both meet the same minutes of a machine whose speed drifts.
    server.setLatencyMs(Latency);
    QVector<LoadTime> rosterRuns, bareRuns;
    QVector<double> rosterOverPeer;
    {
        ProjectUsersModel model(&client);
        for (int run = 0; run < std::max(3, options.runs / 2); ++run) {
            rosterRuns.append(loadOnce(model, busy));
            bareRuns.append(bareLoadOnce(client, requests, busy));
            rosterOverPeer.append((rosterRuns.last().ms - rosterRuns.last().serverMs)
                                  - (bareRuns.last().ms - bareRuns.last().serverMs));
        }
    }
    server.setLatencyMs(0);
    const LoadTime slow = medianOf(rosterRuns);
    const LoadTime bare = medianOf(bareRuns);
    const double floor = Pages * Latency + slow.serverMs;
    const double overhead = slow.ms - floor;
    table.add(QStringLiteral("1b load 10 000 users, 20 ms latency (floor: 100 × 20 ms + the server's own time)"),
              slow.ms < 0 ? QStringLiteral("failed")
                          : QStringLiteral("%1; floor %2; overhead %3 (+%4 %)")
                                .arg(ms(slow.ms), ms(floor), ms(overhead))
                                .arg(100 * overhead / floor, 0, 'f', 1),
              QStringLiteral("≤ +5 %"),
              slow.ms >= 0 && overhead <= 0.05 * floor ? BenchTable::Result::Pass : BenchTable::Result::Fail);

    const double bareFloor = requests.size() * Latency + bare.serverMs;
    table.addInfo(QStringLiteral("1b (peer) the same %1 pages, 20 ms latency, through the same QNetworkAccessManager "
                                 "with nothing parsed: Qt's HTTP stack and its threads alone; each run right after one of "
                                 "Roster's").arg(requests.size()),
                  bare.ms < 0 || slow.ms < 0
                      ? QStringLiteral("failed")
                      : QStringLiteral("%1; floor %2; overhead %3 (+%4 %); Roster's overhead minus the peer's, "
                                       "median of the pairs: %5")
                            .arg(ms(bare.ms), ms(bareFloor), ms(bare.ms - bareFloor))
                            .arg(100 * (bare.ms - bareFloor) / bareFloor, 0, 'f', 1)
                            .arg(ms(median(rosterOverPeer))));

    compareWithNodeSdk(table, options.runs);
}
