// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listingquery.h"

#include <QJsonArray>
#include <QString>

#include <optional>

// One page of a listing, as the envelope describes it. The items stay JSON here:
// each model reads the ones it understands (see ProjectUser::fromJson and friends).
struct ListPage
{
    QJsonArray items;
    bool hasMore = false;
    // What to send as `after` for the next page; empty when there is nothing to send.
    QString nextCursor;

    // Reads a response body. Returns nothing, with a reason in `problem`, when the body
    // is not JSON or not the list envelope of `query`'s shape.
    static std::optional<ListPage> parse(const QByteArray &body, const ListingQuery &query,
                                         QString *problem = nullptr);
};
