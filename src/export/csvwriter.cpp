// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <algorithm>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
constexpr char16_t Quote = u'"';
constexpr char Bom[] = "\xEF\xBB\xBF";

// The character at `in`, beyond ASCII, as UTF-8; `in` moves past it (two code units for a
// surrogate pair). A lone surrogate (never valid text) becomes U+FFFD, as QString::toUtf8 does.
inline char *writeNonAscii(const char16_t *&in, const char16_t *end, char *out)
{
    char32_t u = *in++;
    if (u < 0x800) {
        *out++ = char(0xC0 | (u >> 6));
        *out++ = char(0x80 | (u & 0x3F));
        return out;
    }
    if (QChar::isHighSurrogate(u) && in < end && QChar::isLowSurrogate(*in)) {
        u = QChar::surrogateToUcs4(char16_t(u), *in++);
        *out++ = char(0xF0 | (u >> 18));
        *out++ = char(0x80 | ((u >> 12) & 0x3F));
        *out++ = char(0x80 | ((u >> 6) & 0x3F));
        *out++ = char(0x80 | (u & 0x3F));
        return out;
    }
    if (QChar::isSurrogate(u))
        u = QChar::ReplacementCharacter;
    *out++ = char(0xE0 | (u >> 12));
    *out++ = char(0x80 | ((u >> 6) & 0x3F));
    *out++ = char(0x80 | (u & 0x3F));
    return out;
}
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

CsvWriter::CsvWriter(CsvWriter &&other) noexcept
    : m_options(other.m_options), m_separator(other.m_separator), m_quotedBelow64(other.m_quotedBelow64),
      m_lineEnd(other.m_lineEnd), m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0)),
      m_fieldsInRecord(std::exchange(other.m_fieldsInRecord, 0)), m_lastFieldEmpty(std::exchange(other.m_lastFieldEmpty, false))
{
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

void CsvWriter::grow(qsizetype needed)
{
    m_data.resize(std::max(needed, m_data.size() * 2));
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

void CsvWriter::writeField(QStringView text)
{
    // The most a field takes: a separator, two quotes and a guard, three bytes a character
    // (a doubled quote takes two, a surrogate pair four for its two); and copyUnquoted's slack.
    char *out = room(text.size() * 3 + 4 + StepSlack);
    if (m_fieldsInRecord > 0)
        *out++ = m_separator;
    ++m_fieldsInRecord;
    m_lastFieldEmpty = text.isEmpty();

    const bool guarded = m_options.formulaGuard && isFormulaLike(text);
    if (guarded)
        *out = '\'';
    char *end = copyUnquoted(text, out + guarded);
    if (!end)
        end = writeQuoted(text, guarded, out);
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

// Most fields (ids, names, emails, roles, times) need no quotes: one pass writes them as UTF-8,
// or gives up (nullptr; what it wrote past `out` does not count) at the first character that
// needs quoting. It may write up to StepSlack bytes past the field's end.
char *CsvWriter::copyUnquoted(QStringView text, char *out) const
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
    // Two bits for each character: one that needs quotes; one that is ASCII.
    const auto quotedBits = [&](__m128i chars) {
        return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chars, separator), _mm_cmpeq_epi16(chars, quote)),
                                              _mm_or_si128(_mm_cmpeq_epi16(chars, cr), _mm_cmpeq_epi16(chars, lf))));
    };
    const auto asciiBits = [&](__m128i chars) {
        return _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(chars, nonAscii), _mm_setzero_si128()));
    };
    while (end - in >= 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
        if (quotedBits(chars) != 0)
            return nullptr;
        const int ascii = asciiBits(chars);
        // The eight bytes are written in any case: those from the first character beyond
        // ASCII on are written over next.
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(chars, chars));
        if (ascii == 0xFFFF) {
            in += 8;
            out += 8;
            continue;
        }
        // Past the ASCII: the rest of the step a character at a time (it holds nothing to quote).
        const char16_t *stepEnd = in + 8;
        const int asciiBefore = __builtin_ctz(~ascii) / 2;
        in += asciiBefore;
        out += asciiBefore;
        while (in < stepEnd) {
            if (*in < 0x80)
                *out++ = char(*in++);
            else
                out = writeNonAscii(in, end, out);
        }
    }
    if (in < end && text.size() >= 8) {
        // The rest, fewer than eight characters, as one step over the field's last eight, of
        // which the first `done` are written already.
        const int done = int(8 - (end - in));
        const int rest = 0xFFFF & (0xFFFF << (2 * done));
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(end - 8));
        if ((quotedBits(chars) & rest) != 0)
            return nullptr;
        if ((asciiBits(chars) & rest) == rest) {
            const __m128i bytes = _mm_srl_epi64(_mm_packus_epi16(chars, chars), _mm_cvtsi32_si128(8 * done));
            _mm_storel_epi64(reinterpret_cast<__m128i *>(out), bytes);
            return out + (8 - done);
        }
    }
#endif
    while (in < end) {
        const char16_t u = *in;
        if (u >= 0x80) {
            out = writeNonAscii(in, end, out);
            continue;
        }
        if (u < 64 && (m_quotedBelow64 >> u) & 1)
            return nullptr;
        *out++ = char(u);
        ++in;
    }
    return out;
}

// UTF-8 straight into the buffer: no temporary QByteArray per cell.
char *CsvWriter::writeUtf8(QStringView text, char *out)
{
    const char16_t *in = text.utf16();
    const char16_t *end = in + text.size();
    while (in < end) {
        if (*in < 0x80)
            *out++ = char(*in++);
        else
            out = writeNonAscii(in, end, out);
    }
    return out;
}
