// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedlisting.h"

#include "api/apiclient.h"
#include "api/pagefetch.h"

PagedListing::PagedListing(ApiClient *client, const ListingQuery &query, QObject *parent)
    : QObject(parent), m_client(client), m_query(query)
{
}

void PagedListing::restart(const ListingQuery &query)
{
    ++m_generation;
    if (m_fetch) {
        m_fetch->cancel();
        m_fetch->deleteLater();
    }
    dropFetchAhead();
    m_query = query;
    m_cursor.clear();
    m_cursorsSent.clear();
    m_error = ApiError();
    m_pagesReceived = 0;
    m_asksAhead = true;
    const bool wasLoadingAll = m_loadingAll;
    m_loadingAll = false;
    setState(State::Idle);
    if (wasLoadingAll)
        Q_EMIT loadAllFinished(false);
}

void PagedListing::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void PagedListing::fetchMore()
{
    if (!canFetchMore())
        return;
    m_cursorsSent.insert(m_cursor);
    m_fetch = startFetch(m_cursor);
    setState(State::Loading);
}

PageFetch *PagedListing::startFetch(const QString &cursor)
{
    const quint64 generation = m_generation;
    PageFetch *fetch = m_client->fetchPage(m_query, cursor, this);
    connect(fetch, &PageFetch::finished, this, [this, fetch, generation] { onFetchFinished(fetch, generation); });
    connect(fetch, &PageFetch::nextCursorPeeked, this, [this, fetch, generation](const QString &next) {
        onNextCursorPeeked(fetch, generation, next);
    });
    fetch->setPeeksNextCursor(m_loadingAll && m_asksAhead);
    fetch->setItemReader(m_itemReader);
    connect(fetch, &PageFetch::retrying, this, [this, fetch](int nextAttempt, int delayMs, const ApiError &error) {
        if (fetch != m_fetch)
            return;
        if (m_fetchAhead) {
            // The page it was asked after did not read. Neither its next attempt nor the pages
            // after it are asked ahead of until the listing restarts: while a server sends such
            // pages, each early request would only be cancelled again.
            m_asksAhead = false;
            fetch->setPeeksNextCursor(false);
            dropFetchAhead();
        }
        Q_EMIT retrying(nextAttempt, delayMs, error);
    });
    return fetch;
}

void PagedListing::onNextCursorPeeked(PageFetch *fetch, quint64 generation, const QString &cursor)
{
    // Parsing a page takes longer than finding its cursor; while everything is wanted, the
    // next request goes out first, so the parse overlaps the round trip.
    if (generation != m_generation || fetch != m_fetch || !m_loadingAll || m_fetchAhead
        || m_cursorsSent.contains(cursor))
        return;
    m_fetchAheadCursor = cursor;
    m_fetchAhead = startFetch(cursor);
    fetch->parseAfterRequestOf(m_fetchAhead);
}

bool PagedListing::adoptFetchAhead()
{
    if (!m_fetchAhead || m_fetchAheadCursor != m_cursor || !canFetchMore())
        return false;
    m_cursorsSent.insert(m_cursor);
    m_fetch = m_fetchAhead;
    m_fetchAhead = nullptr;
    setState(State::Loading);
    if (m_fetch->isFinished()) {
        // Its answer came before the page it was asked after was parsed. It is reported on the
        // next turn, after that page, as it would have been had it come later.
        QMetaObject::invokeMethod(this, [this, fetch = m_fetch, generation = m_generation] {
            if (fetch && fetch == m_fetch)
                onFetchFinished(fetch, generation);
        }, Qt::QueuedConnection);
    }
    return true;
}

void PagedListing::dropFetchAhead()
{
    if (!m_fetchAhead)
        return;
    m_fetchAhead->cancel();
    m_fetchAhead->deleteLater();
    m_fetchAhead = nullptr;
}

void PagedListing::retry()
{
    if (m_state != State::Failed)
        return;
    m_error = ApiError();
    // The failed cursor is asked for again; it does not count as a repeat.
    m_cursorsSent.remove(m_cursor);
    setState(State::Idle);
    fetchMore();
}

void PagedListing::onFetchFinished(PageFetch *fetch, quint64 generation)
{
    if (fetch == m_fetchAhead)
        return; // only m_fetch's own page can confirm it: it waits for that page
    fetch->deleteLater();
    if (generation != m_generation || fetch != m_fetch)
        return; // a late answer for a listing that has since restarted
    m_fetch = nullptr;

    if (!fetch->succeeded()) {
        dropFetchAhead();
        m_error = fetch->error();
        setState(State::Failed);
        Q_EMIT failed(m_error);
        stopLoadAll(false);
        return;
    }

    const ListPage &page = fetch->page();
    ++m_pagesReceived;
    // Stop on has_more false, an empty page, or no cursor to send (as the official SDKs do).
    const bool last = !page.hasMore || page.items.isEmpty() || page.nextCursor.isEmpty();
    const bool repeated = !last && m_cursorsSent.contains(page.nextCursor);
    if (!last && !repeated) {
        m_cursor = page.nextCursor;
        setState(State::Idle);
        // While loading everything, the next request goes out before this page's rows are
        // read into the model: reading them overlaps the round trip.
        if (m_loadingAll && !adoptFetchAhead())
            fetchMore();
    }
    dropFetchAhead(); // asked after a cursor this page does not name, or after the last page
    // A page asked for before the reader was set is read here, so that every page comes with
    // its reading once there is a reader.
    const std::any readHere = page.readItems.has_value() || !m_itemReader ? std::any() : m_itemReader(page.items);
    Q_EMIT pageReceived(page.items, readHere.has_value() ? readHere : page.readItems);
    if (generation != m_generation)
        return; // a receiver restarted us

    if (last) {
        setState(State::Finished);
        stopLoadAll(true);
        return;
    }
    if (repeated) {
        m_error = ApiError(ApiError::Kind::Looping, 0,
                           tr("The server sent the same page cursor twice (%1), so listing stopped "
                              "instead of looping. The rows shown are all that could be read.")
                               .arg(page.nextCursor));
        setState(State::Failed);
        Q_EMIT failed(m_error);
        stopLoadAll(false);
    }
}

void PagedListing::loadAll()
{
    if (!m_enabled) {
        // Nothing to list (no project chosen yet): say so now instead of waiting forever.
        Q_EMIT loadAllFinished(false);
        return;
    }
    if (m_state == State::Finished) {
        Q_EMIT loadAllFinished(true);
        return;
    }
    m_loadingAll = true;
    if (m_state == State::Failed)
        retry();
    else if (m_state == State::Loading && m_fetch)
        m_fetch->setPeeksNextCursor(m_asksAhead); // a page asked for by scrolling is already on its way
    else
        fetchMore();
}

void PagedListing::cancelLoadAll()
{
    stopLoadAll(false);
}

void PagedListing::stopLoadAll(bool complete)
{
    if (!m_loadingAll)
        return;
    m_loadingAll = false;
    Q_EMIT loadAllFinished(complete);
}

void PagedListing::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
