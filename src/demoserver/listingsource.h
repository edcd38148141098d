// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// What one listing serves, before paging: its rows oldest first, how to find a cursor again, the
// order asked for, and the limits the spec gives it.
struct ListingSource
{
    int count = 0;
    bool styleA = true; // first_id/last_id; else next
    bool descending = false;
    std::function<QJsonObject(int)> item;        // by index, oldest first
    std::function<int(const QString &)> indexOf; // -1 when the id is not in the listing
    int minLimit = 1;
    int maxLimit = 100;
    int defaultLimit = 20; // the spec's default when `limit` is not sent
};
