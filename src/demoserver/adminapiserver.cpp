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

ServerAnswer noProject(const QString &id)
{
    return ServerAnswer::error(404, QStringLiteral("No project found with id '%1'.").arg(id));
}

ServerAnswer noGroup(const QString &id)
{
    return ServerAnswer::error(404, QStringLiteral("No group found with id '%1'.").arg(id));
}

// Documented for project users and project service accounts alone.
ServerAnswer archived(const QString &id)
{
    return ServerAnswer::error(400, QStringLiteral("Project %1 is archived.").arg(id));
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
        on(rq, std::move(rs), [this](const ServerRequest &r) { return projects(r); });
    });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/users"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return projectUsers(r, project); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/groups"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return projectGroups(r, project); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/service_accounts"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return projectServiceAccounts(r, project); });
                 });
    m_http.route(QStringLiteral("/v1/organization/projects/<arg>/api_keys"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return projectApiKeys(r, project); });
                 });
    m_http.route(QStringLiteral("/v1/organization/groups"), Get, [this, on](Request rq, Responder rs) {
        on(rq, std::move(rs), [this](const ServerRequest &r) { return groups(r); });
    });
    m_http.route(QStringLiteral("/v1/organization/groups/<arg>/users"), Get,
                 [this, on](const QString &group, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return groupUsers(r, group); });
                 });
    m_http.route(QStringLiteral("/v1/organization/users"), Get, [this, on](Request rq, Responder rs) {
        on(rq, std::move(rs), [this](const ServerRequest &r) { return organizationUsers(r); });
    });
    // The role listings live under /projects, not /organization/projects.
    m_http.route(QStringLiteral("/v1/projects/<arg>/roles"), Get,
                 [this, on](const QString &project, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return projectRoles(r, project); });
                 });
    m_http.route(QStringLiteral("/v1/projects/<arg>/users/<arg>/roles"), Get,
                 [this, on](const QString &project, const QString &user, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return userRoles(r, project, user); });
                 });
    m_http.route(QStringLiteral("/v1/projects/<arg>/groups/<arg>/roles"), Get,
                 [this, on](const QString &project, const QString &group, Request rq, Responder rs) {
                     on(rq, std::move(rs), [=](const ServerRequest &r) { return groupRoles(r, project, group); });
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

std::optional<ServerAnswer> AdminApiServer::orderError(const ServerRequest &request) const
{
    const QString order = request.query.queryItemValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'order': expected 'asc' or 'desc'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("order"));
    return std::nullopt;
}

ServerAnswer AdminApiServer::page(const ServerRequest &request, const Listing &listing)
{
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

// --- The listings --------------------------------------------------------------------------------

ServerAnswer AdminApiServer::projects(const ServerRequest &request)
{
    const QString archived = request.query.queryItemValue(QStringLiteral("include_archived"));
    if (!archived.isEmpty() && archived != QLatin1String("true") && archived != QLatin1String("false"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'include_archived'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("include_archived"));
    QVector<int> visible;
    for (int i = 0; i < m_organization.projects().size(); ++i) {
        if (archived == QLatin1String("true") || !m_organization.projects().at(i).archived)
            visible.append(i);
    }
    Listing listing;
    listing.count = int(visible.size());
    listing.item = [this, visible](int i) { return m_organization.projectJson(visible.at(i)); };
    listing.indexOf = [this, visible](const QString &id) {
        for (int i = 0; i < visible.size(); ++i) {
            if (m_organization.projects().at(visible.at(i)).id == id)
                return i;
        }
        return -1;
    };
    return page(request, listing);
}

ServerAnswer AdminApiServer::projectUsers(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (project->archived)
        return archived(project->id);
    const DemoOrganization::ProjectSpec spec = *project;
    Listing listing;
    listing.count = spec.userCount;
    listing.item = [this, spec](int i) { return m_organization.projectUserJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.projectUserPosition(spec, id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::projectGroups(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = spec.groupCount;
    listing.item = [this, spec](int i) { return m_organization.projectGroupJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.projectGroupPosition(spec, id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::projectServiceAccounts(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (project->archived)
        return archived(project->id);
    const DemoOrganization::ProjectSpec spec = *project;
    Listing listing;
    listing.count = m_organization.serviceAccountCount(spec);
    listing.item = [this, spec](int i) { return m_organization.serviceAccountJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.serviceAccountPosition(spec, id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::projectApiKeys(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    // Omitted, the spec says "membership-based visibility rules, which may exclude some enabled
    // keys": here, the keys whose owner still has access (as `active`).
    const QString access = request.query.queryItemValue(QStringLiteral("owner_project_access"));
    if (!access.isEmpty() && access != QLatin1String("active") && access != QLatin1String("inactive")
        && access != QLatin1String("any"))
        return ServerAnswer::error(400, QStringLiteral("Invalid value for 'owner_project_access': expected 'active', 'inactive' or 'any'."),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("owner_project_access"));
    const DemoOrganization::ProjectSpec spec = *project;
    QVector<int> shown;
    for (int i = 0; i < m_organization.apiKeyCount(spec); ++i) {
        const bool active = m_organization.apiKeyOwnerHasAccess(spec, i);
        if (access == QLatin1String("any") || active == (access != QLatin1String("inactive")))
            shown.append(i);
    }
    Listing listing;
    listing.count = int(shown.size());
    listing.item = [this, spec, shown](int i) { return m_organization.apiKeyJson(spec, shown.at(i)); };
    listing.indexOf = [this, spec, shown](const QString &id) {
        return int(shown.indexOf(m_organization.apiKeyPosition(spec, id)));
    };
    return page(request, listing);
}

ServerAnswer AdminApiServer::groups(const ServerRequest &request)
{
    if (auto bad = orderError(request))
        return *bad;
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 100;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = m_organization.groupCount();
    listing.item = [this](int i) { return m_organization.groupJson(i); };
    listing.indexOf = [this](const QString &id) { return m_organization.groupIndex(id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::groupUsers(const ServerRequest &request, const QString &groupId)
{
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    const QString order = request.query.queryItemValue(QStringLiteral("order"));
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 100;
    // This listing alone defaults to newest first.
    listing.descending = order.isEmpty() || order == QLatin1String("desc");
    listing.count = m_organization.groupUserCount(group);
    listing.item = [this, group](int i) { return m_organization.groupUserJson(group, i); };
    listing.indexOf = [this, group](const QString &id) { return m_organization.groupUserPosition(group, id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::organizationUsers(const ServerRequest &request)
{
    // `emails` is an array: repeated `emails=` items by OpenAPI's default, `emails[]=` as the
    // official SDKs send it. Either way, only the people with one of those addresses.
    QStringList emails;
    bool filtered = false;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("emails") || item.first == QLatin1String("emails[]")) {
            filtered = true;
            emails << item.second;
        }
    }
    Listing listing;
    if (!filtered) {
        listing.count = m_organization.personCount();
        listing.item = [this](int i) { return m_organization.personJson(i); };
        listing.indexOf = [this](const QString &id) { return m_organization.personIndex(id); };
    } else {
        QVector<int> people;
        for (const QString &email : std::as_const(emails)) {
            const int person = m_organization.personWithEmail(email);
            if (person >= 0 && !people.contains(person))
                people.append(person);
        }
        std::sort(people.begin(), people.end());
        listing.count = int(people.size());
        listing.item = [this, people](int i) { return m_organization.personJson(people.at(i)); };
        listing.indexOf = [this, people](const QString &id) { return int(people.indexOf(m_organization.personIndex(id))); };
    }
    return page(request, listing);
}

ServerAnswer AdminApiServer::projectRoles(const ServerRequest &request, const QString &projectId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (auto bad = orderError(request))
        return *bad;
    const DemoOrganization::ProjectSpec spec = *project;
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = m_organization.roleCount(spec);
    listing.item = [this, spec](int i) { return m_organization.roleJson(spec, i); };
    listing.indexOf = [this, spec](const QString &id) { return m_organization.rolePosition(spec, id); };
    return page(request, listing);
}

namespace {

// The role assignment listings state no default `limit` or `order`: this server takes the
// catalogue's (1000, oldest first).
int positionOfId(const QVector<QJsonObject> &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

} // namespace

ServerAnswer AdminApiServer::userRoles(const ServerRequest &request, const QString &projectId, const QString &userId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    if (!m_organization.isUserOf(*project, userId))
        return ServerAnswer::error(404, QStringLiteral("No user found with id '%1'.").arg(userId));
    if (auto bad = orderError(request))
        return *bad;
    const QVector<QJsonObject> rows = m_organization.userRoleAssignments(*project, userId);
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = int(rows.size());
    listing.item = [rows](int i) { return rows.at(i); };
    listing.indexOf = [rows](const QString &id) { return positionOfId(rows, id); };
    return page(request, listing);
}

ServerAnswer AdminApiServer::groupRoles(const ServerRequest &request, const QString &projectId, const QString &groupId)
{
    const DemoOrganization::ProjectSpec *project = m_organization.project(projectId);
    if (!project)
        return noProject(projectId);
    const int group = m_organization.groupIndex(groupId);
    if (group < 0)
        return noGroup(groupId);
    if (auto bad = orderError(request))
        return *bad;
    const QVector<QJsonObject> rows = m_organization.groupRoleAssignments(*project, group);
    Listing listing;
    listing.styleA = false;
    listing.minLimit = 0;
    listing.maxLimit = 1000;
    listing.defaultLimit = 1000;
    listing.descending = request.query.queryItemValue(QStringLiteral("order")) == QLatin1String("desc");
    listing.count = int(rows.size());
    listing.item = [rows](int i) { return rows.at(i); };
    listing.indexOf = [rows](const QString &id) { return positionOfId(rows, id); };
    return page(request, listing);
}
