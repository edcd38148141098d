// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "listingquery.h"
#include "listpage.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class ApiClient;
class QNetworkReply;

// One page of one listing, fetched with retries. Reports exactly once through
// finished() unless cancel() comes first, after which it says nothing more.
class PageFetch : public QObject
{
    Q_OBJECT

public:
    ~PageFetch() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ListPage &page() const { return m_page; }
    const ApiError &error() const { return m_error; }
    const ListingQuery &query() const { return m_query; }
    QString afterCursor() const { return m_afterCursor; }
    int attempts() const { return m_attempts; }
    // Whether nextCursorPeeked() is emitted. The envelope is scanned only for someone who will
    // ask for the next page at once; off by default.
    void setPeeksNextCursor(bool peeks) { m_peeksNextCursor = peeks; }
    // Called from a slot on nextCursorPeeked(): this page is parsed once `next` has sent its
    // request, or after ParseWaitMs if it does not. Parsed at once, the page would take a core
    // the request needs on its way out (Qt's network thread, TLS), on a machine with few.
    void parseAfterRequestOf(PageFetch *next);
    static constexpr int ParseWaitMs = 20;
    // Reads the page's items along with the page, on the worker that parses it; the result is
    // page().readItems. Set before the answer comes.
    void setItemReader(ListPage::ItemReader reader) { m_itemReader = std::move(reader); }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void finished();
    // The answer names `cursor` as the next page's, before its body is parsed (only when
    // setPeeksNextCursor(true)). Then comes finished(), or retrying() when the body turns out
    // not to read: at once, or once parseAfterRequestOf()'s request has left.
    void nextCursorPeeked(const QString &cursor);
    // A failed attempt will be tried again after `delayMs`.
    void retrying(int nextAttempt, int delayMs, const ApiError &error);
    // The current attempt's request has been sent.
    void requestSent();

private:
    friend class ApiClient;
    PageFetch(ApiClient *client, ListingQuery query, QString afterCursor, QObject *parent);

    void start();
    void sendAttempt(const QUrl &url, int redirectsLeft);
    void onReplyFinished(QNetworkReply *reply, int redirectsLeft);
    // Parses the body on a worker thread. On the window's thread, parsing pages and reading
    // their rows took about a third of its time while a listing loaded.
    void parseBody(const QByteArray &body, int status);
    void onBodyParsed();
    void parseHeldBody();
    // Stops waiting to parse the held answer, and hands it over.
    QByteArray releaseHeldBody();
    void fail(const ApiError &error);
    void retryOrFail(const ApiError &error);
    void finish();
    QUrl firstUrl() const;
    bool isSameOrigin(const QUrl &url) const;

    QPointer<ApiClient> m_client;
    ListingQuery m_query;
    QString m_afterCursor;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QPointer<PageFetch> m_parseAfter; // parseAfterRequestOf()'s
    QMetaObject::Connection m_parseGate;
    QTimer m_parseTimer;
    QByteArray m_heldBody; // the answer held for parseHeldBody()
    int m_heldStatus = 0;
    QElapsedTimer m_sentAt;
    struct ParsedBody
    {
        std::optional<ListPage> page;
        QString problem;
        int status = 0;
    };
    QFutureWatcher<ParsedBody> m_parse;
    ListPage::ItemReader m_itemReader;
    ListPage m_page;
    ApiError m_error;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_bodyTooLarge = false;
    bool m_peeksNextCursor = false;
};
