// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listingquery.h"

#include <QJsonArray>
#include <QString>

#include <any>
#include <functional>
#include <optional>

// One page of a listing, as the envelope describes it. The items stay JSON here:
// each model reads the ones it understands (see ProjectUser::fromJson and friends).
struct ListPage
{
    QJsonArray items;
    bool hasMore = false;
    // What to send as `after` for the next page; empty when there is nothing to send.
    QString nextCursor;
    // What a listing's item reader made of `items`, on the thread that parsed the page (see
    // PageFetch::setItemReader); empty when it has none.
    std::any readItems;

    // Turns a page's items into a model's rows. It runs on a worker thread, so it reads only
    // what it is given.
    using ItemReader = std::function<std::any(const QJsonArray &items)>;

    // Reads a response body. Returns nothing, with a reason in `problem`, when the body
    // is not JSON or not the list envelope of `query`'s shape.
    static std::optional<ListPage> parse(const QByteArray &body, const ListingQuery &query,
                                         QString *problem = nullptr);

    // The next page's cursor as the envelope names it, read without building the items, so the
    // next request can go out while this page is parsed. Nothing unless has_more is true and
    // the envelope's own cursor is a plain string: no fallback to the last item, and no guess
    // when a key is escaped or given twice. A body parse() reads gives the same cursor or
    // nothing; a body it refuses may still give one, so a caller confirms it with parse().
    static std::optional<QString> peekNextCursor(const QByteArray &body, const ListingQuery &query);
};
