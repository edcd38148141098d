// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a CSV file is written (RFC 4180, UTF-8, CRLF line ends).
struct CsvOptions
{
    // A field starting with = + - @ tab or CR gets a leading ' so a spreadsheet shows it as
    // text instead of running it as a formula (OWASP's advice). On by default.
    bool formulaGuard = true;
    // A UTF-8 byte-order mark first, for Excel on Windows.
    bool byteOrderMark = false;
};
