// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What the fuzz targets (libFuzzer, clang) and tst_fuzzcorpus (every compiler, in CI) feed server
// bytes through. Each returns an empty string when every invariant held, else what broke;
// a crash or a sanitizer report is a failure too.
namespace FuzzEntryPoints {

// Arbitrary bytes as the body of a page of each of the five listings; every item of a page that
// parses goes through its record's fromJson, and so does the body itself when it is an object.
QString listPage(const QByteArray &data);
// The first two bytes pick an HTTP status (400..599), the rest is the error body.
QString apiError(const QByteArray &data);
// Cells from the bytes (0x1e ends a row, 0x1f a field; the first row is the header), written as
// CSV and read back with an independent RFC 4180 reader: the same fields must come back, with
// the formula guard's leading ' where it applies.
QString csvRoundTrip(const QByteArray &data);
// Arbitrary bytes as a snapshot store file: opening it refuses with a message and leaves the
// bytes as they were, or reads it; every snapshot it lists loads whole or fails with a message.
QString snapshotStore(const QByteArray &data);

} // namespace FuzzEntryPoints
