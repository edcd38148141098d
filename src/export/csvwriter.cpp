// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
    for (const char c : {separator, '"', '\r', '\n'})
        m_quotedBelow64 |= quint64(1) << c;
    if (m_options.byteOrderMark) {
        std::memcpy(room(3), Bom, 3);
        m_size = 3;
    }
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

char *CsvWriter::room(qsizetype bytes)
{
    const qsizetype needed = m_size + bytes;
    if (m_data.size() < needed)
        m_data.resize(std::max(needed, m_data.size() * 2));
    return m_data.data() + m_size;
}

void CsvWriter::reserve(qsizetype bytes)
{
    room(bytes);
}

void CsvWriter::reuseBuffer(QByteArray buffer)
{
    m_data = std::move(buffer);
    m_data.resize(m_data.capacity()); // within its allocation: no copy
    m_size = 0;
    m_fieldsInRecord = 0;
    m_lastFieldEmpty = false;
}

void CsvWriter::appendRecords(QByteArrayView records)
{
    std::memcpy(room(records.size()), records.data(), size_t(records.size()));
    m_size += records.size();
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
    // The most a field takes: a separator, two quotes and a guard, three bytes a character
    // (a doubled quote takes two, a surrogate pair four for its two).
    char *out = room(text.size() * 3 + 4);
    if (m_fieldsInRecord > 0)
        *out++ = m_separator;
    ++m_fieldsInRecord;
    m_lastFieldEmpty = text.isEmpty();

    const bool guarded = m_options.formulaGuard && isFormulaLike(text);
    char *end = guarded ? nullptr : copyPlainAscii(text, out);
    if (!end && needsQuotes(text)) {
        end = writeQuoted(text, guarded, out);
    } else if (!end) {
        if (guarded)
            *out++ = '\'';
        end = writeUtf8(text, out);
    }
    m_size = end - m_data.constData();
}

void CsvWriter::endRecord()
{
    char *out = room(2 + m_lineEnd.size());
    if (m_fieldsInRecord == 1 && m_lastFieldEmpty) {
        *out++ = '"';
        *out++ = '"';
    }
    std::memcpy(out, m_lineEnd.data(), size_t(m_lineEnd.size()));
    m_size = out + m_lineEnd.size() - m_data.constData();
    m_fieldsInRecord = 0;
    m_lastFieldEmpty = false;
}

QByteArray CsvWriter::takeData()
{
    m_data.resize(m_size);
    QByteArray data = std::move(m_data);
    m_data = QByteArray();
    m_size = 0;
    return data;
}

char *CsvWriter::writeQuoted(QStringView text, bool guarded, char *out)
{
    *out++ = '"';
    if (guarded)
        *out++ = '\'';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() == Quote) {
            out = writeUtf8(text.mid(start, i + 1 - start), out); // up to and including the quote
            *out++ = '"';                                         // doubled
            start = i + 1;
        }
    }
    out = writeUtf8(text.mid(start), out);
    *out++ = '"';
    return out;
}

// Most fields (ids, emails, roles, times) are ASCII with nothing to quote: one pass copies them,
// or gives up (nullptr; what it wrote past `out` does not count) at the first character that
// needs more.
char *CsvWriter::copyPlainAscii(QStringView text, char *out) const
{
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
#ifdef __SSE2__
    // Eight characters a step (SSE2 is part of every x86-64): a field costs about a
    // character's worth of instructions per byte, as writing the bytes does.
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i separator = _mm_set1_epi16(short(m_separator));
    const __m128i quote = _mm_set1_epi16(short(Quote));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    for (; end - in >= 8; in += 8, out += 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
        const __m128i quoted = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chars, separator), _mm_cmpeq_epi16(chars, quote)),
                                            _mm_or_si128(_mm_cmpeq_epi16(chars, cr), _mm_cmpeq_epi16(chars, lf)));
        const __m128i bad = _mm_or_si128(quoted, _mm_and_si128(chars, nonAscii));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(bad, _mm_setzero_si128())) != 0xFFFF)
            return nullptr;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(chars, chars));
    }
#endif
    for (; in < end; ++in) {
        const char16_t u = *in;
        if (u < 64 ? (m_quotedBelow64 >> u) & 1 : u >= 0x80)
            return nullptr;
        *out++ = char(u);
    }
    return out;
}

// UTF-8 straight into the buffer: no temporary QByteArray per cell. A lone surrogate (never
// valid text) becomes U+FFFD, as QString::toUtf8 does.
char *CsvWriter::writeUtf8(QStringView text, char *out)
{
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
    return out;
}
