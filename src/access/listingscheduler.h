// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/listingquery.h"
#include "api/listpage.h"
#include "api/recordpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <any>
#include <deque>
#include <functional>

class ApiClient;
class PagedListing;

// Runs many listings at once on one ApiClient, each following its own cursor one page at a
// time, with at most window() pages in flight. The window starts at maxConcurrency() and
// follows TCP's congestion rule: halved on a 429 (once per round of requests), grown by one
// after a window's worth of pages arrive without one.
class ListingScheduler : public QObject
{
    Q_OBJECT

public:
    // `error` is null when the listing was read to the end.
    using DoneHandler = std::function<void(const ApiError *error)>;

    explicit ListingScheduler(ApiClient *client, QObject *parent = nullptr);
    ~ListingScheduler() override;

    int maxConcurrency() const { return m_maxConcurrency; }
    void setMaxConcurrency(int listings);
    int window() const { return m_window; }
    int inFlight() const { return m_inFlight; }
    // The most pages that were ever in flight at once.
    int peakInFlight() const { return m_peakInFlight; }
    int pending() const { return int(m_jobs.size()); }

    // Queues a listing of `Record`s (Project, ProjectUser, GroupUser, ...): `onPage` gets each
    // page's records, then `onDone` is called once. The records are read with Record::fromJson on
    // the thread that parsed the page (a group's page holds a thousand members), and the
    // unreadable left out. Continuing listings go before new ones, so a started listing is
    // finished first.
    template<typename Record>
    void add(const ListingQuery &query, std::function<void(const QVector<Record> &records)> onPage,
             DoneHandler onDone)
    {
        const auto deliver = [onPage = std::move(onPage)](const std::any &readItems) {
            if (const RecordPage<Record> *page = RecordPage<Record>::of(readItems))
                onPage(page->records);
        };
        addListing(query, RecordPage<Record>::reader(), deliver, std::move(onDone));
    }
    // Drops every listing: no handler is called after this.
    void cancelAll();

Q_SIGNALS:
    void windowChanged(int window);
    // Nothing queued and nothing in flight.
    void idle();

private:
    using PageHandler = std::function<void(const std::any &readItems)>;
    struct Job
    {
        PagedListing *listing = nullptr; // owned
        PageHandler onPage;
        DoneHandler onDone;
    };

    void addListing(const ListingQuery &query, const ListPage::ItemReader &reader, PageHandler onPage,
                    DoneHandler onDone);
    void dispatch();
    void onStateChanged(quint64 id);
    void finishJob(quint64 id, const ApiError *error);
    void onRateLimited();
    void onPageArrived();

    ApiClient *m_client; // not owned
    QHash<quint64, Job> m_jobs;
    std::deque<quint64> m_ready;
    quint64 m_nextId = 1;
    int m_maxConcurrency = 4;
    int m_window = 4;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
    int m_pagesSinceChange = 0;
    bool m_dispatching = false;
};
