#include "adminapiserver.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>

namespace {

const QString ApiRoot = QStringLiteral("/v1");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    default: return "Status";
    }
}

} // namespace

AdminApiServer::AdminApiServer(int bigProjectUsers, QObject *parent)
    : QAbstractHttpServer(parent), m_organization(bigProjectUsers), m_random(1)
{
}

bool AdminApiServer::start(quint16 port, const QHostAddress &address)
{
    m_address = address;
    m_port = listen(address, port);
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

void AdminApiServer::setRandomFaults(quint32 seed, double probability, const QVector<ServerFault::Kind> &kinds)
{
    m_random.seed(seed);
    m_randomProbability = probability;
    m_randomFaults = kinds;
}

int AdminApiServer::requestCount(const QString &pathContains) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const LoggedRequest &r) {
        return r.path.contains(pathContains);
    }));
}

ServerFault AdminApiServer::takeFault(const QString &path)
{
    for (ServerFault &f : m_faults) {
        if (f.times == 0 || !path.contains(f.pathContains))
            continue;
        if (f.skip > 0) {
            --f.skip;
            continue;
        }
        if (f.times > 0)
            --f.times;
        ++m_faultsInjected;
        return f;
    }
    if (!m_randomFaults.isEmpty() && m_random.generateDouble() < m_randomProbability) {
        ServerFault f;
        f.kind = m_randomFaults.at(int(m_random.bounded(quint32(m_randomFaults.size()))));
        f.retryAfterSeconds = 0;
        ++m_faultsInjected;
        return f;
    }
    return {};
}

bool AdminApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer busy;
    busy.start();
    const QString path = request.url().path();
    LoggedRequest logged;
    logged.path = path;
    logged.query = request.query();
    const QByteArray authorization = request.value("Authorization");
    logged.hadAuthorization = !authorization.isEmpty();
    logged.authorized = authorization == "Bearer " + m_adminKey.toUtf8();
    logged.userAgent = request.value("User-Agent");
    logged.accept = request.value("Accept");
    const int space = authorization.indexOf(' ');
    logged.authorizationScheme = space > 0 ? authorization.left(space) : QByteArray();
    m_requests.append(logged);

    Answer answer;
    ServerFault fault;
    if (request.method() != QHttpServerRequest::Method::Get) {
        answer = error(405, QStringLiteral("Only GET is supported here."), QStringLiteral("invalid_request_error"));
    } else if (!logged.authorized) {
        // Like the real API: the key is never echoed back in full.
        answer = error(401,
                       logged.hadAuthorization
                           ? QStringLiteral("Incorrect API key provided. You can find your admin keys in the organization settings.")
                           : QStringLiteral("You didn't provide an API key. Send it as a Bearer token in the Authorization header."),
                       QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
    } else {
        fault = takeFault(path);
        answer = route(path, logged.query, fault);
    }

    m_busyNs += busy.nsecsElapsed();
    const int delay = m_latencyMs + fault.latencyMs;
    if (delay <= 0) {
        send(socket, answer, fault);
    } else {
        QPointer<QTcpSocket> guarded(socket);
        QElapsedTimer waited;
        waited.start();
        // Precise: a coarse timer may fire 5 % late, which would pass for client overhead in the benchmarks.
        QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, guarded, answer, fault, waited, delay] {
            // Even a precise timer wakes a little late; that is the server's time too.
            m_busyNs += std::max<qint64>(0, waited.nsecsElapsed() - qint64(delay) * 1000000);
            if (guarded)
                send(guarded, answer, fault);
        });
    }
    return true;
}

void AdminApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, error(404, QStringLiteral("Not found."), QStringLiteral("invalid_request_error")), {});
}

AdminApiServer::Answer AdminApiServer::error(int status, const QString &message, const QString &type,
                                             const QString &param, const QString &code)
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                  {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}};
    Answer a;
    a.status = status;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
    return a;
}

AdminApiServer::Answer AdminApiServer::route(const QString &path, const QUrlQuery &query, const ServerFault &fault)
{
    using K = ServerFault::Kind;
    switch (fault.kind) {
    case K::RateLimit: {
        Answer a = error(429, QStringLiteral("Rate limit reached for requests. Please try again shortly."),
                         QStringLiteral("requests"), {}, QStringLiteral("rate_limit_exceeded"));
        if (fault.retryAfterSeconds >= 0)
            a.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return a;
    }
    case K::ServerError:
        return error(500, QStringLiteral("The server had an error while processing your request. Sorry about that!"),
                     QStringLiteral("server_error"));
    case K::BadGatewayHtml: {
        Answer a;
        a.status = 502;
        a.contentType = "text/html";
        a.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return a;
    }
    case K::NotJson: {
        Answer a;
        a.contentType = "text/html";
        a.body = "<html><body>Please sign in to the network.</body></html>";
        return a;
    }
    case K::Unauthorized:
        return error(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"), {},
                     QStringLiteral("invalid_api_key"));
    case K::Forbidden:
        return error(403, QStringLiteral("You have insufficient permissions for this operation. Missing scopes: api.management.read."),
                     QStringLiteral("invalid_request_error"));
    case K::Archived:
        return error(400, QStringLiteral("Project is archived and its users cannot be listed."),
                     QStringLiteral("invalid_request_error"));
    case K::NotFound:
        return error(404, QStringLiteral("No such object."), QStringLiteral("invalid_request_error"));
    case K::RedirectElsewhere: {
        Answer a;
        a.status = 302;
        a.headers.append({"Location", fault.redirectTo.toEncoded()});
        return a;
    }
    default:
        break;
    }

    if (!path.startsWith(ApiRoot + QLatin1Char('/')))
        return error(404, QStringLiteral("Unknown path %1.").arg(path), QStringLiteral("invalid_request_error"));
    const QStringList parts = path.mid(ApiRoot.size() + 1).split(QLatin1Char('/'));
    if (parts.value(0) != QLatin1String("organization"))
        return error(404, QStringLiteral("Unknown path %1.").arg(path), QStringLiteral("invalid_request_error"));

    Listing listing;
    const QString order = query.queryItemValue(QStringLiteral("order"));
    if (parts.size() == 2 && parts[1] == QLatin1String("projects")) {
        const QString archived = query.queryItemValue(QStringLiteral("include_archived"));
        if (!archived.isEmpty() && archived != QLatin1String("true") && archived != QLatin1String("false"))
            return error(400, QStringLiteral("Invalid value for 'include_archived'."),
                         QStringLiteral("invalid_request_error"), QStringLiteral("include_archived"));
        QVector<int> visible;
        for (int i = 0; i < m_organization.projects().size(); ++i) {
            if (archived == QLatin1String("true") || !m_organization.projects().at(i).archived)
                visible.append(i);
        }
        listing.count = visible.size();
        listing.item = [this, visible](int i) { return m_organization.projectJson(visible.at(i)); };
        listing.indexOf = [this, visible](const QString &id) {
            for (int i = 0; i < visible.size(); ++i) {
                if (m_organization.projects().at(visible.at(i)).id == id)
                    return i;
            }
            return -1;
        };
    } else if (parts.size() == 4 && parts[1] == QLatin1String("projects")) {
        const DemoOrganization::ProjectSpec *project = m_organization.project(parts[2]);
        if (!project)
            return error(404, QStringLiteral("No project found with id '%1'.").arg(parts[2]),
                         QStringLiteral("invalid_request_error"));
        const DemoOrganization::ProjectSpec spec = *project;
        if (parts[3] == QLatin1String("users")) {
            if (spec.archived)
                return error(400, QStringLiteral("Project %1 is archived.").arg(spec.id),
                             QStringLiteral("invalid_request_error"));
            listing.count = spec.userCount;
            listing.item = [this, spec](int i) { return m_organization.projectUserJson(spec, i); };
            listing.indexOf = [](const QString &id) { return DemoOrganization::indexFromId(id, QStringLiteral("user_")); };
        } else if (parts[3] == QLatin1String("groups")) {
            listing.cursorIds = false;
            listing.minLimit = 0;
            listing.descending = order == QLatin1String("desc");
            listing.count = spec.groupCount;
            listing.item = [this, spec](int i) { return m_organization.projectGroupJson(spec, i); };
            const int first = m_organization.groupIndex(spec, 0);
            listing.indexOf = [first](const QString &id) {
                const int global = DemoOrganization::indexFromId(id, QStringLiteral("group_"));
                return global < 0 ? -1 : global - first;
            };
        } else {
            return error(404, QStringLiteral("Unknown path %1.").arg(path), QStringLiteral("invalid_request_error"));
        }
    } else if (parts.size() == 2 && parts[1] == QLatin1String("groups")) {
        listing.cursorIds = false;
        listing.minLimit = 0;
        listing.maxLimit = 1000;
        listing.defaultLimit = 100;
        listing.descending = order == QLatin1String("desc");
        listing.count = m_organization.groupCount();
        listing.item = [this](int i) { return m_organization.groupJson(i); };
        listing.indexOf = [](const QString &id) { return DemoOrganization::indexFromId(id, QStringLiteral("group_")); };
    } else if (parts.size() == 4 && parts[1] == QLatin1String("groups") && parts[3] == QLatin1String("users")) {
        const int group = DemoOrganization::indexFromId(parts[2], QStringLiteral("group_"));
        if (group < 0 || group >= m_organization.groupCount())
            return error(404, QStringLiteral("No group found with id '%1'.").arg(parts[2]),
                         QStringLiteral("invalid_request_error"));
        listing.cursorIds = false;
        listing.minLimit = 0;
        listing.maxLimit = 1000;
        listing.defaultLimit = 100;
        // This listing alone defaults to newest first.
        listing.descending = order.isEmpty() || order == QLatin1String("desc");
        listing.count = m_organization.groupUserCount(group);
        listing.item = [this, group](int i) { return m_organization.groupUserJson(group, i); };
        listing.indexOf = [](const QString &id) { return DemoOrganization::indexFromId(id, QStringLiteral("user_")); };
    } else {
        return error(404, QStringLiteral("Unknown path %1.").arg(path), QStringLiteral("invalid_request_error"));
    }

    if (!listing.cursorIds && !order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return error(400, QStringLiteral("Invalid value for 'order': expected 'asc' or 'desc'."),
                     QStringLiteral("invalid_request_error"), QStringLiteral("order"));
    return page(listing, query, fault);
}

AdminApiServer::Answer AdminApiServer::page(const Listing &listing, const QUrlQuery &query, const ServerFault &fault)
{
    int limit = listing.defaultLimit;
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < listing.minLimit || limit > listing.maxLimit)
            return error(400, QStringLiteral("Invalid 'limit': expected an integer from %1 to %2.")
                                  .arg(listing.minLimit).arg(listing.maxLimit),
                         QStringLiteral("invalid_request_error"), QStringLiteral("limit"));
    }

    // Positions count in the order served; index = position (asc) or count-1-position (desc).
    auto indexAt = [&](int position) { return listing.descending ? listing.count - 1 - position : position; };
    int start = 0;
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        const int index = listing.indexOf(after);
        if (index < 0 || index >= listing.count)
            return error(400, QStringLiteral("Invalid 'after': no object with id '%1' in this list.").arg(after),
                         QStringLiteral("invalid_request_error"), QStringLiteral("after"));
        start = (listing.descending ? listing.count - 1 - index : index) + 1;
    }

    using K = ServerFault::Kind;
    if (fault.kind == K::RepeatedRows)
        start = std::max(0, start - 3);
    const int end = std::min(listing.count, start + limit);
    QJsonArray data;
    for (int position = start; position < end; ++position)
        data.append(listing.item(indexAt(position)));
    bool hasMore = end < listing.count;

    if (fault.kind == K::MalformedRows && data.size() >= 2) {
        QJsonObject noId = data.at(0).toObject();
        noId.remove(QStringLiteral("id"));
        noId.remove(QStringLiteral("group_id"));
        data.replace(0, noId);
        QJsonObject wrongTypes = data.at(1).toObject();
        wrongTypes.insert(QStringLiteral("added_at"), QStringLiteral("yesterday"));
        wrongTypes.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
        wrongTypes.insert(QStringLiteral("name"), 42);
        data.replace(1, wrongTypes);
    }
    if (fault.kind == K::EmptyPageWithMore) {
        data = QJsonArray();
        hasMore = true;
    }

    const auto idOf = [](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        return o.contains(QStringLiteral("group_id")) ? o.value(QStringLiteral("group_id"))
                                                      : o.value(QStringLiteral("id"));
    };
    QJsonValue cursor = data.isEmpty() ? QJsonValue() : idOf(listing.item(indexAt(end - 1)));
    if (fault.kind == K::RepeatedCursor && !after.isEmpty())
        cursor = after;
    if (fault.kind == K::EmptyPageWithMore)
        cursor = QJsonValue();

    QJsonObject envelope{{QStringLiteral("object"), QStringLiteral("list")},
                         {QStringLiteral("data"), data},
                         {QStringLiteral("has_more"), hasMore}};
    if (listing.cursorIds) {
        envelope.insert(QStringLiteral("first_id"), data.isEmpty() ? QJsonValue() : idOf(data.first()));
        envelope.insert(QStringLiteral("last_id"), cursor);
    } else {
        envelope.insert(QStringLiteral("next"), hasMore ? cursor : QJsonValue());
    }
    Answer a;
    a.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return a;
}

void AdminApiServer::send(QTcpSocket *socket, const Answer &answer, const ServerFault &fault)
{
    QElapsedTimer busy;
    busy.start();
    const auto countBusy = qScopeGuard([&] { m_busyNs += busy.nsecsElapsed(); });
    using K = ServerFault::Kind;
    if (fault.kind == K::NoAnswer)
        return;
    if (fault.kind == K::DropConnection) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) + "\r\n";
    head += "Content-Type: " + answer.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &h : answer.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    if (fault.kind == K::TruncatedBody) {
        socket->write(head + answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + answer.body);
}
