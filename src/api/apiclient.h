// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "retrypolicy.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class ListingQuery;
class PageFetch;

// The one door to the OpenAI Admin API. Holds the base URL and the admin key and
// starts page fetches over a shared QNetworkAccessManager.
//
// The key is sent only to the configured base URL, only over TLS (plain http only to
// loopback), never follows a redirect to another origin, and never appears in a URL,
// a log line or an error message.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DefaultBaseUrl = "https://api.openai.com/v1";

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);
    bool hasAdminKey() const { return !m_adminKey.isEmpty(); }
    void setAdminKey(const QString &adminKey);

    // Why `url` may not carry the key, or an empty string when it may.
    static QString baseUrlProblem(const QUrl &url);

    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // No byte for this long aborts the attempt (it may then be retried).
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // Starts fetching one page. The fetch belongs to `owner` (or to the client) and
    // reports once through PageFetch::finished, unless cancelled first.
    PageFetch *fetchPage(const ListingQuery &query, const QString &afterCursor, QObject *owner = nullptr);

    // Replaces every occurrence of the key in `text`: for messages that quote the server.
    QString redacted(QString text) const;

    QNetworkAccessManager *network() const { return m_network; }

    // A 429 with Retry-After is about the whole API host, not one listing: every request of
    // this client, new or retried, waits until the pause ends. A longer pause wins.
    void pauseRequests(int ms);
    // How long requests still wait, in ms; 0 when not paused.
    int pauseRemainingMs() const;

Q_SIGNALS:
    void configurationChanged();
    // The server answered 429 (with `retryAfterMs` from Retry-After, or -1 without one):
    // schedulers that run many listings at once slow down on it.
    void rateLimited(int retryAfterMs);

private:
    // A page fetch got a 429: pause every request for Retry-After (capped as retries are) and say so.
    void noteRateLimited(int retryAfterMs);

    QNetworkAccessManager *m_network; // owned
    QUrl m_baseUrl{QString::fromLatin1(DefaultBaseUrl)};
    QString m_adminKey;
    RetryPolicy m_retryPolicy;
    int m_transferTimeoutMs = 30000;
    qint64 m_maxBodyBytes = 32 * 1024 * 1024;
    QDeadlineTimer m_pausedUntil{0};

    friend class PageFetch;
};
