// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "apilogging.h"
#include "listingquery.h"
#include "pagefetch.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Redirects are followed by PageFetch itself, which checks the origin first.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    QUrl url = baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    Q_EMIT configurationChanged();
}

void ApiClient::setAdminKey(const QString &adminKey)
{
    const QString key = adminKey.trimmed();
    if (key == m_adminKey)
        return;
    m_adminKey = key;
    Q_EMIT configurationChanged();
}

QString ApiClient::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The API address \"%1\" is not a valid URL.").arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("The API address must not contain a user name or password.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || address.isLoopback())
            return {};
        return tr("Plain http:// is allowed only to this computer (localhost); "
                  "use https:// so the admin key is encrypted.");
    }
    return tr("The API address must start with https://.");
}

PageFetch *ApiClient::fetchPage(const ListingQuery &query, const QString &afterCursor, QObject *owner)
{
    auto *fetch = new PageFetch(this, query, afterCursor, owner ? owner : this);
    fetch->start();
    return fetch;
}

void ApiClient::pauseRequests(int ms)
{
    if (ms <= pauseRemainingMs())
        return;
    m_pausedUntil.setRemainingTime(ms, Qt::PreciseTimer);
    qCDebug(lcApi) << "every request paused for" << ms << "ms (Retry-After)";
}

void ApiClient::noteRateLimited(int retryAfterMs)
{
    // A Retry-After longer than the retry policy waits is not waited for (the error is shown),
    // so it pauses nothing either: the person's Retry goes out at once.
    if (retryAfterMs > 0 && retryAfterMs <= m_retryPolicy.maxRetryAfterMs)
        pauseRequests(retryAfterMs);
    Q_EMIT rateLimited(retryAfterMs);
}

int ApiClient::pauseRemainingMs() const
{
    return int(std::max<qint64>(0, m_pausedUntil.remainingTime()));
}

QString ApiClient::redacted(QString text) const
{
    if (m_adminKey.size() >= 4)
        text.replace(m_adminKey, QStringLiteral("sk-…"));
    return text;
}
