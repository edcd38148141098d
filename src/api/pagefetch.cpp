// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefetch.h"

#include "apiclient.h"
#include "apilogging.h"
#include "workerpool.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <utility>

namespace {

constexpr int MaxRedirects = 5;

// Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

ApiError networkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Timeout, 0,
                        QObject::tr("The server did not answer in time."), true);
    case QNetworkReply::HostNotFoundError:
        return ApiError(ApiError::Kind::Network, 0,
                        QObject::tr("The API host could not be found. Check the address and your network."),
                        false);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(ApiError::Kind::Network, 0,
                        QObject::tr("A secure connection could not be made: %1").arg(reply->errorString()),
                        false);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(ApiError::Kind::Network, 0,
                        QObject::tr("The server refused the connection."), true);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError(ApiError::Kind::Network, 0,
                        QObject::tr("The connection was closed before the answer was complete."), true);
    default:
        return ApiError(ApiError::Kind::Network, 0,
                        QObject::tr("Network error: %1").arg(reply->errorString()), true);
    }
}

} // namespace

PageFetch::PageFetch(ApiClient *client, ListingQuery query, QString afterCursor, QObject *parent)
    : QObject(parent), m_client(client), m_query(std::move(query)), m_afterCursor(std::move(afterCursor))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(firstUrl(), MaxRedirects); });
    m_parseTimer.setSingleShot(true);
    connect(&m_parseTimer, &QTimer::timeout, this, &PageFetch::parseHeldBody);
    connect(&m_parse, &QFutureWatcherBase::finished, this, &PageFetch::onBodyParsed);
}

void PageFetch::parseAfterRequestOf(PageFetch *next)
{
    m_parseAfter = next;
}

PageFetch::~PageFetch()
{
    cancel();
}

void PageFetch::start()
{
    QString problem = ApiClient::baseUrlProblem(m_client->baseUrl());
    if (problem.isEmpty() && !m_client->hasAdminKey())
        problem = tr("No admin key is set. Enter one in the connection settings.");
    if (!problem.isEmpty()) {
        // Reported on the next event-loop turn, so the caller has connected by then.
        const ApiError error(ApiError::Kind::Refused, 0, problem);
        QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    sendAttempt(firstUrl(), MaxRedirects);
}

QUrl PageFetch::firstUrl() const
{
    QUrl url = m_client->baseUrl();
    url.setPath(url.path() + m_query.path(), QUrl::StrictMode);
    url.setQuery(m_query.queryString(m_afterCursor), QUrl::StrictMode);
    return url;
}

bool PageFetch::isSameOrigin(const QUrl &url) const
{
    const QUrl base = m_client->baseUrl();
    return url.scheme() == base.scheme() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0
        && url.port(base.scheme() == QLatin1String("https") ? 443 : 80)
        == base.port(base.scheme() == QLatin1String("https") ? 443 : 80);
}

void PageFetch::sendAttempt(const QUrl &url, int redirectsLeft)
{
    if (m_cancelled || !m_client)
        return;
    if (const int paused = m_client->pauseRemainingMs(); paused > 0 && redirectsLeft == MaxRedirects) {
        // The host asked every client to wait (Retry-After): this attempt goes out after it.
        m_retryTimer.start(paused);
        return;
    }
    if (redirectsLeft == MaxRedirects)
        ++m_attempts;
    m_sentAt.start();
    qCDebug(lcApi).noquote() << "GET" << url.path() + QLatin1Char('?') + url.query() << "attempt" << m_attempts;

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_client->m_adminKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Roster/" ROSTER_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_client->transferTimeoutMs());

    m_bodyTooLarge = false;
    QNetworkReply *reply = m_client->network()->get(request);
    m_reply = reply;
    const qint64 cap = m_client->maxBodyBytes();
    // A declared Content-Length over the cap is refused before its body is read.
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply, cap](qint64 received, qint64 total) {
        if ((received > cap || total > cap) && !m_bodyTooLarge) {
            m_bodyTooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, redirectsLeft] { onReplyFinished(reply, redirectsLeft); });
    connect(reply, &QNetworkReply::requestSent, this, &PageFetch::requestSent);
}

void PageFetch::onReplyFinished(QNetworkReply *reply, int redirectsLeft)
{
    reply->deleteLater();
    if (m_cancelled)
        return;
    m_reply = nullptr;

    if (m_bodyTooLarge) {
        fail(ApiError(ApiError::Kind::BadResponse, 0,
                      tr("The server's answer was larger than %1; Roster stopped reading it.")
                          .arg(QLocale().formattedDataSize(m_client->maxBodyBytes()))));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (transfer timeout) is closed: nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcApi).noquote() << "  ->" << status << reply->error() << body.size() << "bytes in"
                             << m_sentAt.elapsed() << "ms" << m_query.path();

    if (status >= 400) {
        ApiError error = ApiError::fromHttp(status, body, m_query.subject());
        error = ApiError(error.kind(), error.httpStatus(), m_client->redacted(error.message()),
                         error.isRetryable());
        error.setRetryAfterSeconds(parseRetryAfter(reply->rawHeader("Retry-After")));
        if (status == 429)
            m_client->noteRateLimited(error.retryAfterSeconds() >= 0 ? error.retryAfterSeconds() * 1000 : -1);
        retryOrFail(error);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status == 0) {
        retryOrFail(networkError(reply));
        return;
    }
    if (status >= 300) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.isValid() || !isSameOrigin(target)) {
            fail(ApiError(ApiError::Kind::Refused, status,
                          tr("The server redirected to %1. Roster sends the admin key only to %2, "
                             "so it did not follow.")
                              .arg(target.host(), m_client->baseUrl().host())));
        } else if (redirectsLeft == 0) {
            fail(ApiError(ApiError::Kind::Refused, status, tr("Too many redirects.")));
        } else {
            sendAttempt(target, redirectsLeft - 1);
        }
        return;
    }

    if (m_peeksNextCursor) {
        if (const std::optional<QString> next = ListPage::peekNextCursor(body, m_query)) {
            Q_EMIT nextCursorPeeked(*next);
            if (m_cancelled)
                return;
            if (m_parseAfter && !m_parseAfter->isFinished()) {
                m_heldBody = body;
                m_heldStatus = status;
                m_parseGate = connect(m_parseAfter, &PageFetch::requestSent, this, &PageFetch::parseHeldBody);
                m_parseTimer.start(ParseWaitMs);
                return;
            }
        }
    }
    parseBody(body, status);
}

void PageFetch::parseHeldBody()
{
    QByteArray body = releaseHeldBody();
    if (m_cancelled || m_finished)
        return;
    parseBody(body, m_heldStatus);
}

QByteArray PageFetch::releaseHeldBody()
{
    m_parseTimer.stop();
    disconnect(m_parseGate);
    m_parseAfter = nullptr;
    return std::exchange(m_heldBody, {});
}

void PageFetch::parseBody(const QByteArray &body, int status)
{
    // The worker keeps its own copies: this fetch may be gone before it ends, and then nothing
    // hears of the result.
    m_parse.setFuture(WorkerPool::readPage([body, status, query = m_query, reader = m_itemReader] {
        ParsedBody parsed;
        parsed.status = status;
        parsed.page = ListPage::parse(body, query, &parsed.problem);
        if (parsed.page && reader)
            parsed.page->readItems = reader(parsed.page->items);
        return parsed;
    }));
}

void PageFetch::onBodyParsed()
{
    if (m_cancelled || m_finished || !m_parse.future().isResultReadyAt(0))
        return;
    ParsedBody parsed = m_parse.future().takeResult();
    if (!parsed.page) {
        // Retried: a proxy's transient page or a body cut short often comes right next time.
        retryOrFail(ApiError(ApiError::Kind::BadResponse, parsed.status, parsed.problem, true));
        return;
    }
    m_page = std::move(*parsed.page);
    finish();
}

void PageFetch::retryOrFail(const ApiError &error)
{
    const int delay = m_client->retryPolicy().delayBeforeAttempt(
        m_attempts + 1, error, QRandomGenerator::global()->generateDouble());
    if (delay < 0) {
        fail(error);
        return;
    }
    Q_EMIT retrying(m_attempts + 1, delay, error);
    m_retryTimer.start(delay);
}

void PageFetch::fail(const ApiError &error)
{
    m_error = error;
    finish();
}

void PageFetch::finish()
{
    if (m_cancelled || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void PageFetch::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    releaseHeldBody();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_error = ApiError(ApiError::Kind::Cancelled, 0, tr("Cancelled."));
}
