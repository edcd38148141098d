// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <algorithm>

namespace {
constexpr char16_t Quote = u'"';
constexpr char Bom[] = "\xEF\xBB\xBF";
} // namespace

CsvWriter::CsvWriter(const CsvOptions &options)
    : CsvWriter(',', "\r\n", options) // RFC 4180: comma, CRLF
{
}

CsvWriter::CsvWriter(char separator, QByteArrayView lineEnd, const CsvOptions &options)
    : m_options(options), m_separator(separator), m_lineEnd(lineEnd)
{
    if (m_options.byteOrderMark)
        m_data.append(Bom, 3);
}

CsvWriter CsvWriter::tabSeparated(bool formulaGuard)
{
    CsvOptions options;
    options.formulaGuard = formulaGuard;
    options.byteOrderMark = false;
    // LF between rows: Excel and LibreOffice both split clipboard text on LF (a CR before it
    // is dropped too), and text editors and terminals show LF-separated lines cleanly.
    return CsvWriter('\t', "\n", options);
}

void CsvWriter::reserve(qsizetype bytes)
{
    m_data.reserve(m_data.size() + bytes);
}

bool CsvWriter::isFormulaLike(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return true;
    default:
        return false;
    }
}

bool CsvWriter::needsQuotes(QStringView text) const
{
    const char16_t separator = char16_t(m_separator);
    return std::any_of(text.begin(), text.end(), [separator](QChar c) {
        const char16_t u = c.unicode();
        return u == separator || u == Quote || u == u'\r' || u == u'\n';
    });
}

void CsvWriter::writeField(QStringView text)
{
    if (m_fieldsInRecord > 0)
        m_data.append(m_separator);
    ++m_fieldsInRecord;
    m_lastFieldEmpty = text.isEmpty();

    const bool guarded = m_options.formulaGuard && isFormulaLike(text);
    if (!guarded && appendPlainAscii(text))
        return;
    if (needsQuotes(text)) {
        appendQuoted(text, guarded);
        return;
    }
    if (guarded)
        m_data.append('\'');
    appendUtf8(text);
}

void CsvWriter::endRecord()
{
    if (m_fieldsInRecord == 1 && m_lastFieldEmpty)
        m_data.append("\"\"", 2);
    m_data.append(m_lineEnd);
    m_fieldsInRecord = 0;
    m_lastFieldEmpty = false;
}

QByteArray CsvWriter::takeData()
{
    QByteArray data = std::move(m_data);
    m_data = QByteArray();
    return data;
}

void CsvWriter::appendQuoted(QStringView text, bool guarded)
{
    m_data.append('"');
    if (guarded)
        m_data.append('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() == Quote) {
            appendUtf8(text.mid(start, i + 1 - start)); // up to and including the quote
            m_data.append('"');                         // doubled
            start = i + 1;
        }
    }
    appendUtf8(text.mid(start));
    m_data.append('"');
}

// Most fields (ids, emails, roles, times) are ASCII with nothing to quote: one pass copies them,
// or gives up (leaving the buffer as it was) at the first character that needs more.
bool CsvWriter::appendPlainAscii(QStringView text)
{
    const qsizetype start = m_data.size();
    const qsizetype needed = start + text.size();
    if (m_data.capacity() < needed)
        m_data.reserve(std::max(needed, m_data.capacity() * 2));
    m_data.resize(needed);
    char *out = m_data.data() + start;
    const char16_t separator = char16_t(m_separator);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == separator || u == Quote || u == u'\r' || u == u'\n') {
            m_data.resize(start);
            return false;
        }
        *out++ = char(u);
    }
    return true;
}

// UTF-8 straight into the buffer: no temporary QByteArray per cell. A lone surrogate (never
// valid text) becomes U+FFFD, as QString::toUtf8 does.
void CsvWriter::appendUtf8(QStringView text)
{
    if (text.isEmpty())
        return;
    const qsizetype start = m_data.size();
    const qsizetype needed = start + text.size() * 3;
    if (m_data.capacity() < needed)
        m_data.reserve(std::max(needed, m_data.capacity() * 2));
    m_data.resize(needed);
    char *out = m_data.data() + start;
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    while (in < end) {
        char32_t u = *in++;
        if (u < 0x80) {
            *out++ = char(u);
            continue;
        }
        if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(u) && in < end && QChar::isLowSurrogate(*in)) {
            u = QChar::surrogateToUcs4(char16_t(u), *in++);
            *out++ = char(0xF0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3F));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(u))
            u = QChar::ReplacementCharacter;
        *out++ = char(0xE0 | (u >> 12));
        *out++ = char(0x80 | ((u >> 6) & 0x3F));
        *out++ = char(0x80 | (u & 0x3F));
    }
    m_data.resize(out - m_data.constData());
}
