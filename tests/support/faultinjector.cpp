// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include "demoserver/adminapiserver.h"

#include <QTcpSocket>

using K = ServerFault::Kind;

FaultInjector::FaultInjector(AdminApiServer &server)
    : m_server(&server)
{
    server.addHook(this);
}

FaultInjector::~FaultInjector()
{
    if (m_server)
        m_server->removeHook(this);
}

void FaultInjector::clear()
{
    m_faults.clear();
    m_randomKinds.clear();
}

void FaultInjector::setRandom(quint32 seed, double probability, const QVector<ServerFault::Kind> &kinds)
{
    m_random.seed(seed);
    m_randomProbability = probability;
    m_randomKinds = kinds;
}

ServerFault FaultInjector::take(const QString &path)
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
        ++m_injected;
        return f;
    }
    if (!m_randomKinds.isEmpty() && m_random.generateDouble() < m_randomProbability) {
        ServerFault f;
        f.kind = m_randomKinds.at(int(m_random.bounded(quint32(m_randomKinds.size()))));
        f.retryAfterSeconds = 0;
        ++m_injected;
        return f;
    }
    return {};
}

std::optional<ServerAnswer> FaultInjector::requestArrived(const ServerRequest &request)
{
    if (!request.isAuthorizedGet())
        return std::nullopt;
    const ServerFault fault = take(request.path);
    if (fault.kind == K::None && fault.latencyMs == 0)
        return std::nullopt;
    m_inFlight.insert(request.serial, fault);
    return answerFor(fault);
}

std::optional<ServerAnswer> FaultInjector::answerFor(const ServerFault &fault)
{
    switch (fault.kind) {
    case K::RateLimit: {
        ServerAnswer a = ServerAnswer::error(429, QStringLiteral("Rate limit reached for requests. Please try again shortly."),
                                             QStringLiteral("requests"), {}, QStringLiteral("rate_limit_exceeded"));
        if (fault.retryAfterSeconds >= 0)
            a.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return a;
    }
    case K::ServerError:
        return ServerAnswer::error(500, QStringLiteral("The server had an error while processing your request. Sorry about that!"),
                                   QStringLiteral("server_error"));
    case K::BadGatewayHtml: {
        ServerAnswer a;
        a.status = 502;
        a.contentType = "text/html";
        a.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return a;
    }
    case K::NotJson: {
        ServerAnswer a;
        a.contentType = "text/html";
        a.body = "<html><body>Please sign in to the network.</body></html>";
        return a;
    }
    case K::Unauthorized:
        return ServerAnswer::error(401, QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error"),
                                   {}, QStringLiteral("invalid_api_key"));
    case K::Forbidden:
        return ServerAnswer::error(403, QStringLiteral("You have insufficient permissions for this operation. Missing scopes: api.management.read."));
    case K::Archived:
        return ServerAnswer::error(400, QStringLiteral("Project is archived and its users cannot be listed."));
    case K::NotFound:
        return ServerAnswer::error(404, QStringLiteral("No such object."));
    case K::RedirectElsewhere: {
        ServerAnswer a;
        a.status = 302;
        a.headers.append({"Location", fault.redirectTo.toEncoded()});
        return a;
    }
    default:
        return std::nullopt; // the server answers, and the fault shapes its page or its delivery
    }
}

void FaultInjector::pageReady(const ServerRequest &request, ListingPage &page)
{
    const ServerFault fault = m_inFlight.value(request.serial);
    switch (fault.kind) {
    case K::RepeatedRows: // the page starts with the last rows of the previous page
        page.select(page.first - 3);
        break;
    case K::MalformedRows:
        if (page.rows.size() >= 2) {
            QJsonObject noId = page.rows.at(0).toObject();
            noId.remove(QStringLiteral("id"));
            noId.remove(QStringLiteral("group_id"));
            page.rows.replace(0, noId);
            QJsonObject wrongTypes = page.rows.at(1).toObject();
            wrongTypes.insert(QStringLiteral("added_at"), QStringLiteral("yesterday"));
            wrongTypes.insert(QStringLiteral("created_at"), QStringLiteral("yesterday"));
            wrongTypes.insert(QStringLiteral("name"), 42);
            page.rows.replace(1, wrongTypes);
        }
        break;
    case K::EmptyPageWithMore:
        page.rows = QJsonArray();
        page.hasMore = true;
        page.cursor = QJsonValue();
        break;
    case K::RepeatedCursor: // names as its cursor the one it was asked with
        if (!page.after.isEmpty())
            page.cursor = page.after;
        break;
    default:
        break;
    }
}

void FaultInjector::answerReady(const ServerRequest &request, ServerAnswer &answer)
{
    const ServerFault fault = m_inFlight.value(request.serial);
    answer.delayMs += fault.latencyMs;
    if (fault.kind == K::NotANumber)
        answer.body.replace("\"data\":[{", "\"data\":[{\"score\":NaN,");
}

bool FaultInjector::deliver(const ServerRequest &request, const ServerAnswer &answer, QTcpSocket *socket)
{
    switch (m_inFlight.take(request.serial).kind) {
    case K::NoAnswer:
        return true;
    case K::DropConnection:
        socket->abort();
        return true;
    case K::TruncatedBody: // the head promises the whole body; half of it comes, then the connection closes
        socket->write(answer.head() + answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    default:
        return false;
    }
}
