#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <optional>

// An independent RFC 4180 reader for checking Roster's CSV writer: UTF-8, CRLF between records
// (and after the last), fields with a comma, quote, CR or LF quoted, quotes doubled inside.
// Returns nothing for text that is not valid RFC 4180.
std::optional<QVector<QStringList>> readRfc4180(const QByteArray &csv);
