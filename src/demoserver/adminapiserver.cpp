// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminapiserver.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QString ApiRoot = QStringLiteral("/v1");

ServerAnswer unknownPath(const QString &path)
{
    return ServerAnswer::error(404, QStringLiteral("Unknown path %1.").arg(path));
}

} // namespace

AdminApiServer::AdminApiServer(int bigProjectUsers, QObject *parent)
    : QObject(parent), m_http(this), m_organization(bigProjectUsers)
{
    addRoutes();
}

AdminApiServer::~AdminApiServer() = default;

bool AdminApiServer::start(quint16 port, const QHostAddress &address)
{
    m_address = address;
    m_port = m_http.listen(address, port);
    return m_port != 0;
}

QUrl AdminApiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(ApiRoot);
    return url;
}

void AdminApiServer::addHook(ServerHook *hook)
{
    if (hook && !m_hooks.contains(hook))
        m_hooks.append(hook);
}

void AdminApiServer::removeHook(ServerHook *hook)
{
    m_hooks.removeAll(hook);
}

void AdminApiServer::addRoutes()
{
    using Request = const QHttpServerRequest &;
    using Responder = QHttpServerResponder &&;
    constexpr auto Get = QHttpServerRequest::Method::Get;
    auto on = [this](Request request, Responder responder, Handler handler) {
        serve(request, responder.socket(), handler);
    };
    m_http.route(QStringLiteral("/v1/organization/projects"), Get, [this, on](Request rq, Responder rs) {
        on(rq, std::move(rs), [this](const ServerRequest &r) { return page(r, m_listings.projects(r)); });
    });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/users"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.projectUsers(r, project)); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/groups"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.projectGroups(r, project)); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/service_accounts"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.projectServiceAccounts(r, project)); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/api_keys"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.projectApiKeys(r, project)); });
                 });
    m_http.route(QStringLiteral("/v1/organization/groups"), Get, [this, on](Request rq, Responder rs) {
        on(rq, std::move(rs), [this](const ServerRequest &r) { return page(r, m_listings.groups(r)); });
    });
    m_http.route(QStringLiteral("/v1/organization/groups/<arg>/users"), Get,
                 [this, on](const QString &group, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.groupUsers(r, group)); });
                 });
    m_http.route(QStringLiteral("/v1/organization/users"), Get, [this, on](Request rq, Responder rs) {
        on(rq, std::move(rs), [this](const ServerRequest &r) { return page(r, m_listings.organizationUsers(r)); });
    });
    // The role listings live under /projects, not /organization/projects.
    m_http.route(QStringLiteral("/v1/projects/<arg>/roles"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.projectRoles(r, project)); });
                 });
    m_http.route(QStringLiteral("/v1/projects/<arg>/users/<arg>/roles"), Get,
                 [this, on](const QString &project, const QString &user, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.userRoles(r, project, user)); });
                 });
    m_http.route(QStringLiteral("/v1/projects/<arg>/groups/<arg>/roles"), Get,
                 [this, on](const QString &project, const QString &group, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return page(r, m_listings.groupRoles(r, project, group)); });
                 });
    // Unknown paths and other methods: still through serve(), so hooks see them too.
    m_http.setMissingHandler([this](Request rq, Responder rs) {
        serve(rq, rs.socket(), [](const ServerRequest &r) { return unknownPath(r.path); });
    });
}

ServerRequest AdminApiServer::describe(const QHttpServerRequest &request) const
{
    ServerRequest r;
    r.method = request.method();
    r.path = request.url().path();
    r.query = request.query();
    const QByteArray authorization = request.value("Authorization");
    r.hadAuthorization = !authorization.isEmpty();
    r.authorized = authorization == "Bearer " + m_adminKey.toUtf8();
    const int space = authorization.indexOf(' ');
    r.authorizationScheme = space > 0 ? authorization.left(space) : QByteArray();
    r.userAgent = request.value("User-Agent");
    r.accept = request.value("Accept");
    return r;
}

void AdminApiServer::serve(const QHttpServerRequest &httpRequest, QTcpSocket *socket, const Handler &handler)
{
    QElapsedTimer busy;
    busy.start();
    ServerRequest request = describe(httpRequest);
    request.serial = ++m_serial;
    ServerAnswer answer = answerFor(request, handler);
    for (ServerHook *hook : std::as_const(m_hooks))
        hook->answerReady(request, answer);
    reportBusy(busy.nsecsElapsed());

    const int delay = m_latencyMs + answer.delayMs;
    if (delay <= 0) {
        send(request, answer, socket);
        return;
    }
    QPointer<QTcpSocket> guarded(socket);
    QElapsedTimer waited;
    waited.start();
    // Precise: a coarse timer may fire 5 % late, which would pass for client overhead in the benchmarks.
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, guarded, request, answer, waited, delay] {
        // Even a precise timer wakes a little late; that is the server's time too.
        reportBusy(std::max<qint64>(0, waited.nsecsElapsed() - qint64(delay) * 1000000));
        if (guarded)
            send(request, answer, guarded);
    });
}

ServerAnswer AdminApiServer::answerFor(const ServerRequest &request, const Handler &handler)
{
    std::optional<ServerAnswer> instead;
    for (ServerHook *hook : std::as_const(m_hooks)) {
        std::optional<ServerAnswer> answer = hook->requestArrived(request);
        if (answer && !instead)
            instead = std::move(answer);
    }
    if (instead)
        return *instead;
    if (request.method != QHttpServerRequest::Method::Get)
        return ServerAnswer::error(405, QStringLiteral("Only GET is supported here."));
    if (!request.authorized) {
        // Like the real API: the key is never echoed back.
        return ServerAnswer::error(
            401,
            request.hadAuthorization
                ? QStringLiteral("Incorrect API key provided. You can find your admin keys in the organization settings.")
                : QStringLiteral("You didn't provide an API key. Send it as a Bearer token in the Authorization header."),
            QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
    }
    return handler(request);
}

void AdminApiServer::send(const ServerRequest &request, const ServerAnswer &answer, QTcpSocket *socket)
{
    QElapsedTimer busy;
    busy.start();
    const auto countBusy = qScopeGuard([&] { reportBusy(busy.nsecsElapsed()); });
    for (ServerHook *hook : std::as_const(m_hooks)) {
        if (hook->deliver(request, answer, socket))
            return;
    }
    socket->write(answer.head() + answer.body);
}

void AdminApiServer::reportBusy(qint64 ns)
{
    for (ServerHook *hook : std::as_const(m_hooks))
        hook->busy(ns);
}

ServerAnswer AdminApiServer::page(const ServerRequest &request, const AdminApiListings::Result &result)
{
    if (const auto *answer = std::get_if<ServerAnswer>(&result))
        return *answer;
    const ListingSource &listing = std::get<ListingSource>(result);
    ListingPage page;
    page.styleA = listing.styleA;
    page.total = listing.count;
    page.limit = listing.defaultLimit;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        page.limit = limitText.toInt(&ok);
        if (!ok || page.limit < listing.minLimit || page.limit > listing.maxLimit)
            return ServerAnswer::error(400, QStringLiteral("Invalid 'limit': expected an integer from %1 to %2.")
                                                .arg(listing.minLimit).arg(listing.maxLimit),
                                       QStringLiteral("invalid_request_error"), QStringLiteral("limit"));
    }
    // Positions count in the order served; index = position (asc) or count-1-position (desc).
    const int count = listing.count;
    const bool descending = listing.descending;
    const auto item = listing.item;
    page.rowAt = [item, count, descending](int position) { return item(descending ? count - 1 - position : position); };
    int start = 0;
    page.after = request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (!page.after.isEmpty()) {
        const int index = listing.indexOf(page.after);
        if (index < 0 || index >= count)
            return ServerAnswer::error(400, QStringLiteral("Invalid 'after': no object with id '%1' in this list.").arg(page.after),
                                       QStringLiteral("invalid_request_error"), QStringLiteral("after"));
        start = (descending ? count - 1 - index : index) + 1;
    }
    page.select(start);
    for (ServerHook *hook : std::as_const(m_hooks))
        hook->pageReady(request, page);
    ServerAnswer answer;
    answer.body = page.toJson();
    return answer;
}
