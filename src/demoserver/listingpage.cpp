// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingpage.h"

#include <QJsonDocument>

void ListingPage::select(int position)
{
    first = std::clamp(position, 0, total);
    const int end = std::min(total, first + limit);
    rows = QJsonArray();
    for (int p = first; p < end; ++p)
        rows.append(rowAt(p));
    hasMore = end < total;
    cursor = rows.isEmpty() ? QJsonValue() : idOf(rows.last().toObject());
}

QJsonValue ListingPage::idOf(const QJsonObject &row)
{
    return row.contains(QStringLiteral("group_id")) ? row.value(QStringLiteral("group_id")) : row.value(QStringLiteral("id"));
}

QByteArray ListingPage::toJson() const
{
    QJsonObject envelope{{QStringLiteral("object"), QStringLiteral("list")},
                         {QStringLiteral("data"), rows},
                         {QStringLiteral("has_more"), hasMore}};
    if (styleA) {
        envelope.insert(QStringLiteral("first_id"), rows.isEmpty() ? QJsonValue() : idOf(rows.first().toObject()));
        envelope.insert(QStringLiteral("last_id"), cursor);
    } else {
        envelope.insert(QStringLiteral("next"), hasMore ? cursor : QJsonValue());
    }
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}
