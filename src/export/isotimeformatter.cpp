// SPDX-License-Identifier: GPL-3.0-or-later
#include "isotimeformatter.h"

#include "exporttable.h"

namespace {
constexpr qint64 SecondsPerDay = 86400;

// Two digits of 0 to 99.
void put2(char16_t *out, int value)
{
    out[0] = char16_t(u'0' + value / 10);
    out[1] = char16_t(u'0' + value % 10);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}
} // namespace

void IsoTimeFormatter::civilFromDays(qint64 days, int &year, int &month, int &day)
{
    // Howard Hinnant's days_from_civil, inverted: exact for every day of the proleptic calendar.
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2));
}

QStringView IsoTimeFormatter::format(qint64 seconds)
{
    if (seconds == ExportTable::NoTime)
        return u"";
    // Years 1 to 9999 have the fixed shape; Qt words the rest its own way.
    constexpr qint64 First = -62135596800; // 0001-01-01T00:00:00Z
    constexpr qint64 Last = 253402300799;  // 9999-12-31T23:59:59Z
    if (seconds < First || seconds > Last) {
        m_fallback = ExportTable::isoUtc(seconds);
        return m_fallback;
    }
    const qint64 days = floorDiv(seconds, SecondsPerDay);
    const int secondOfDay = int(seconds - days * SecondsPerDay);
    int year, month, day;
    civilFromDays(days, year, month, day);
    char16_t *out = m_buffer;
    put2(out, year / 100);
    put2(out + 2, year % 100);
    out[4] = u'-';
    put2(out + 5, month);
    out[7] = u'-';
    put2(out + 8, day);
    out[10] = u'T';
    put2(out + 11, secondOfDay / 3600);
    out[13] = u':';
    put2(out + 14, secondOfDay / 60 % 60);
    out[16] = u':';
    put2(out + 17, secondOfDay % 60);
    out[19] = u'Z';
    return QStringView(m_buffer, 20);
}
