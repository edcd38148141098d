// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/listingquery.h"
#include "api/listpage.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class PageFetch;

// Walks one listing page by page, following the API's cursor rules: the next `after` is the
// envelope's last_id or next, else the last item's id; a cursor sent twice means the server loops.
// Models own one; it knows nothing of rows, only of pages, cursors and state.
class PagedListing : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,     // more may be fetched
        Loading,  // a page is in flight
        Finished, // the server has no more
        Failed,   // the last page failed; retry() continues from the same cursor
    };
    Q_ENUM(State)

    PagedListing(ApiClient *client, const ListingQuery &query, QObject *parent = nullptr);

    const ListingQuery &query() const { return m_query; }
    // Starts the listing again from its first page with a new query. A page still in flight
    // is cancelled, and nothing from it, or from any earlier start, is ever reported.
    void restart(const ListingQuery &query);
    void restart() { restart(m_query); }
    // False once stopped: a model with no project chosen yet fetches nothing.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    State state() const { return m_state; }
    bool canFetchMore() const { return m_enabled && m_state == State::Idle; }
    void fetchMore();
    void retry();
    const ApiError &error() const { return m_error; }
    int pagesReceived() const { return m_pagesReceived; }
    // Reads each page's items on the worker that parses it; what it returns comes with every
    // pageReceived() from now on (a page already on its way is read when it comes).
    void setItemReader(ListPage::ItemReader reader) { m_itemReader = std::move(reader); }
    // Which restart a page belongs to; bumps on every restart.
    quint64 generation() const { return m_generation; }

    // Fetches page after page until the end, an error, or cancelLoadAll().
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadingAll; }

Q_SIGNALS:
    // `readItems` is what the item reader made of `items`; empty without a reader.
    void pageReceived(const QJsonArray &items, const std::any &readItems);
    void stateChanged(PagedListing::State state);
    void failed(const ApiError &error);
    void retrying(int nextAttempt, int delayMs, const ApiError &error);
    void loadAllFinished(bool complete);

private:
    PageFetch *startFetch(const QString &cursor);
    void onFetchFinished(PageFetch *fetch, quint64 generation);
    void onNextCursorPeeked(PageFetch *fetch, quint64 generation, const QString &cursor);
    bool adoptFetchAhead();
    void dropFetchAhead();
    void setState(State state);
    void stopLoadAll(bool complete);

    ApiClient *m_client; // not owned
    ListingQuery m_query;
    ListPage::ItemReader m_itemReader;
    QPointer<PageFetch> m_fetch;
    // While loading everything: the next page, asked for with the cursor peeked from the page in
    // m_fetch before that page was parsed. It becomes m_fetch if the parsed page confirms the
    // cursor, and is cancelled otherwise; if it finishes first, it waits for that.
    QPointer<PageFetch> m_fetchAhead;
    QString m_fetchAheadCursor;
    QString m_cursor;               // sent as `after` for the next page
    QSet<QString> m_cursorsSent;    // to catch a server that loops
    State m_state = State::Idle;
    ApiError m_error;
    quint64 m_generation = 0;
    int m_pagesReceived = 0;
    bool m_enabled = true;
    bool m_loadingAll = false;
    bool m_asksAhead = true; // false after a page whose envelope read but whose body did not
};
