// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <cstring>

namespace {

// Walks the top level of a JSON object without building anything. It checks only what it
// needs to find its way; parse() is what checks the rest.
class EnvelopeScan
{
public:
    explicit EnvelopeScan(const QByteArray &body) : m_at(body.constData()), m_end(m_at + body.size()) {}

    bool atEnd() const { return m_at == m_end; }
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }
    bool takeWord(QByteArrayView word)
    {
        if (m_end - m_at < word.size() || std::memcmp(m_at, word.data(), size_t(word.size())) != 0)
            return false;
        m_at += word.size();
        return true;
    }
    // A string's raw bytes, escapes left as they are; false unless one starts here.
    bool takeString(QByteArrayView *raw)
    {
        if (!take('"'))
            return false;
        const char *start = m_at;
        if (!skipStringRest())
            return false;
        *raw = QByteArrayView(start, m_at - 1 - start);
        return true;
    }
    bool skipValue()
    {
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '"') {
            ++m_at;
            return skipStringRest();
        }
        if (*m_at == '{' || *m_at == '[') {
            int depth = 0;
            while (m_at != m_end) {
                const char c = *m_at++;
                if (c == '"') {
                    if (!skipStringRest())
                        return false;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return true;
                }
            }
            return false;
        }
        const char *start = m_at;
        while (m_at != m_end && !endsScalar(*m_at))
            ++m_at;
        return m_at != start;
    }
    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

private:
    static bool endsScalar(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
    // Past the closing quote of a string whose opening quote is behind.
    bool skipStringRest()
    {
        for (const char *contentStart = m_at;;) {
            const char *quote = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
            if (!quote)
                return false;
            const char *run = quote;
            while (run != contentStart && run[-1] == '\\')
                --run;
            m_at = quote + 1;
            if ((quote - run) % 2 == 0)
                return true;
            contentStart = m_at; // an escaped quote ends any run of backslashes
        }
    }

    const char *m_at;
    const char *m_end;
};

} // namespace

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
    page.nextCursor = envelope.value(query.envelopeCursorField()).toString();
    if (page.nextCursor.isEmpty() && !page.items.isEmpty())
        page.nextCursor = page.items.last().toObject().value(query.itemIdField()).toString();
    return page;
}

std::optional<QString> ListPage::peekNextCursor(const QByteArray &body, const ListingQuery &query)
{
    const QLatin1String cursorField = query.envelopeCursorField();
    const QByteArrayView cursorKey(cursorField.data(), cursorField.size());
    EnvelopeScan scan(body);
    if (!scan.take('{'))
        return std::nullopt;
    QByteArrayView cursor;
    bool sawCursor = false;
    bool hasMore = false;
    bool sawHasMore = false;
    if (!scan.take('}')) {
        do {
            QByteArrayView key;
            if (!scan.takeString(&key) || key.contains('\\') || !scan.take(':'))
                return std::nullopt;
            if (key == cursorKey) {
                if (sawCursor || !scan.takeString(&cursor) || cursor.isEmpty() || cursor.contains('\\'))
                    return std::nullopt;
                sawCursor = true;
            } else if (key == QByteArrayView("has_more")) {
                scan.skipSpace();
                if (sawHasMore || !scan.takeWord("true"))
                    return std::nullopt;
                sawHasMore = hasMore = true;
            } else if (!scan.skipValue()) {
                return std::nullopt;
            }
        } while (scan.take(','));
        if (!scan.take('}'))
            return std::nullopt;
    }
    scan.skipSpace();
    if (!scan.atEnd() || !hasMore || !sawCursor)
        return std::nullopt;
    return QString::fromUtf8(cursor);
}
