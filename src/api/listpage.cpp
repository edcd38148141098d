// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

std::optional<ListPage> ListPage::parse(const QByteArray &body, const ListingQuery &query,
                                        QString *problem)
{
    auto fail = [problem](const QString &why) -> std::optional<ListPage> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QObject::tr("The server's answer is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(QObject::tr("The server's answer is not a list."));

    const QJsonObject envelope = doc.object();
    const QJsonValue data = envelope.value(QLatin1String("data"));
    const QJsonValue hasMore = envelope.value(QLatin1String("has_more"));
    const QJsonValue object = envelope.value(QLatin1String("object"));
    if (!data.isArray() || !hasMore.isBool()
        || (!object.isUndefined() && object.toString() != QLatin1String("list")))
        return fail(QObject::tr("The server's answer is not a list of the expected shape."));

    ListPage page;
    page.items = data.toArray();
    page.hasMore = hasMore.toBool();

    // The cursor, as the official SDKs find it: the envelope's own, else the last item's id.
    const QLatin1String cursorKey = query.envelope() == ListingQuery::Envelope::CursorIds
        ? QLatin1String("last_id")
        : QLatin1String("next");
    page.nextCursor = envelope.value(cursorKey).toString();
    if (page.nextCursor.isEmpty() && !page.items.isEmpty())
        page.nextCursor = page.items.last().toObject().value(query.itemIdField()).toString();
    return page;
}
