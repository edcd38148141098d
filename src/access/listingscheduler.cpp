// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingscheduler.h"

#include "accesslogging.h"
#include "api/apiclient.h"
#include "models/pagedlisting.h"

#include <QScopedValueRollback>

ListingScheduler::ListingScheduler(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    connect(m_client, &ApiClient::rateLimited, this, &ListingScheduler::onRateLimited);
}

ListingScheduler::~ListingScheduler()
{
    cancelAll();
}

void ListingScheduler::setMaxConcurrency(int listings)
{
    m_maxConcurrency = std::max(1, listings);
    m_window = m_maxConcurrency;
    Q_EMIT windowChanged(m_window);
}

void ListingScheduler::addListing(const ListingQuery &query, const ListPage::ItemReader &reader,
                                  PageHandler onPage, DoneHandler onDone)
{
    const quint64 id = m_nextId++;
    Job job;
    job.listing = new PagedListing(m_client, query, this);
    job.listing->setItemReader(reader);
    job.onPage = std::move(onPage);
    job.onDone = std::move(onDone);
    connect(job.listing, &PagedListing::pageReceived, this, [this, id](const QJsonArray &, const std::any &readItems) {
        const auto it = m_jobs.constFind(id);
        if (it != m_jobs.constEnd() && it->onPage)
            it->onPage(readItems);
    });
    connect(job.listing, &PagedListing::stateChanged, this, [this, id] { onStateChanged(id); });
    m_jobs.insert(id, std::move(job));
    m_ready.push_back(id);
    dispatch();
}

void ListingScheduler::cancelAll()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const Job &job : jobs) {
        job.listing->disconnect(this);
        delete job.listing; // cancels its page in flight
    }
    m_ready.clear();
    m_inFlight = 0;
}

void ListingScheduler::dispatch()
{
    // Handlers may add listings while a page is being delivered: one loop does the sending.
    if (m_dispatching)
        return;
    QScopedValueRollback guard(m_dispatching, true);
    while (m_inFlight < m_window && !m_ready.empty()) {
        const quint64 id = m_ready.front();
        m_ready.pop_front();
        const auto it = m_jobs.constFind(id);
        if (it == m_jobs.constEnd() || !it->listing->canFetchMore())
            continue;
        ++m_inFlight;
        m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
        it->listing->fetchMore();
    }
    if (m_inFlight == 0 && m_ready.empty() && m_jobs.isEmpty())
        Q_EMIT idle();
}

void ListingScheduler::onStateChanged(quint64 id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return;
    PagedListing *listing = it->listing;
    switch (listing->state()) {
    case PagedListing::State::Loading:
        return;
    case PagedListing::State::Idle:
        // A page arrived and there is more: this listing goes on before any new one starts.
        --m_inFlight;
        onPageArrived();
        m_ready.push_front(id);
        break;
    case PagedListing::State::Finished:
        --m_inFlight;
        onPageArrived();
        // The last page's rows are delivered right after this state change: finish after them.
        QMetaObject::invokeMethod(this, [this, id] { finishJob(id, nullptr); }, Qt::QueuedConnection);
        break;
    case PagedListing::State::Failed: {
        --m_inFlight;
        const ApiError error = listing->error();
        QMetaObject::invokeMethod(this, [this, id, error] { finishJob(id, &error); }, Qt::QueuedConnection);
        break;
    }
    }
    // Sent on the next turn: the page that just arrived is read into the model first.
    QMetaObject::invokeMethod(this, &ListingScheduler::dispatch, Qt::QueuedConnection);
}

void ListingScheduler::finishJob(quint64 id, const ApiError *error)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job job = std::move(*it);
    m_jobs.erase(it);
    job.listing->disconnect(this);
    job.listing->deleteLater();
    if (job.onDone)
        job.onDone(error);
    dispatch();
}

void ListingScheduler::onPageArrived()
{
    if (++m_pagesSinceChange < m_window || m_window >= m_maxConcurrency)
        return;
    ++m_window; // additive increase: one more after a whole window of pages went through
    m_pagesSinceChange = 0;
    qCDebug(lcAccess) << "window grows to" << m_window;
    Q_EMIT windowChanged(m_window);
}

void ListingScheduler::onRateLimited()
{
    // The requests of one round all meet the same limit: their 429s are one signal, not many.
    if (m_pagesSinceChange < m_window / 2 && m_window < m_maxConcurrency)
        return;
    m_window = std::max(1, m_window / 2);
    m_pagesSinceChange = 0;
    qCDebug(lcAccess) << "429: window halves to" << m_window;
    Q_EMIT windowChanged(m_window);
}
