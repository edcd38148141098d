// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

// One page of a listing as AdminApiServer is about to send it. A ServerHook may change its rows,
// cursor or has_more before it is written (envelope style A: first_id/last_id; style B: next).
struct ListingPage
{
    bool styleA = true;
    int total = 0;      // rows in the whole listing, after its filters
    int limit = 20;     // as asked, or the listing's default
    int first = 0;      // position of rows[0] in the listing, in the order served
    QString after;      // the cursor the request came with; empty on a first page
    QJsonArray rows;
    bool hasMore = false;
    QJsonValue cursor;  // what the envelope names as the next page's `after`
    std::function<QJsonObject(int position)> rowAt; // any row of the listing, in the order served

    // Serves up to `limit` rows from `position`; rows, hasMore and cursor follow.
    void select(int position);
    // A row's cursor id: `group_id` for project groups (which have no `id`), else `id`.
    static QJsonValue idOf(const QJsonObject &row);
    QByteArray toJson() const;
};
