// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Formats Unix seconds as ISO 8601 UTC ("2026-11-22T09:30:00Z"), the same text as
// QDateTime::toString(Qt::ISODate) in UTC, about twenty times faster: 100 000 rows of times
// would otherwise cost an export a tenth of a second. Reuses one string between calls.
class IsoTimeFormatter
{
public:
    // Empty for ExportTable::NoTime. The view is valid until the next call.
    QStringView format(qint64 secondsSinceEpoch);

    // Days since 1970-01-01 to a civil date (proleptic Gregorian).
    static void civilFromDays(qint64 days, int &year, int &month, int &day);

private:
    char16_t m_buffer[20] = {};
    QString m_fallback;
};
