// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvoptions.h"

#include <QByteArray>
#include <QStringView>

// Formats fields and records into one UTF-8 buffer: RFC 4180 for files (comma, CRLF), or the
// tab-separated text a spreadsheet accepts from the clipboard (tab, LF). A field holding the
// separator, a double quote, CR or LF is quoted with its quotes doubled; the formula guard
// puts a ' before a field that a spreadsheet would otherwise run as a formula.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvOptions &options = {});
    // The clipboard flavour: tab-separated, LF between records, never a byte-order mark.
    static CsvWriter tabSeparated(bool formulaGuard);

    const CsvOptions &options() const { return m_options; }
    char separator() const { return m_separator; }
    QByteArrayView lineEnd() const { return m_lineEnd; }

    // Room for this many more bytes, so a large export grows its buffer once.
    void reserve(qsizetype bytes);
    void writeField(QStringView text);
    // Ends the current record. A record of one empty field is written as "" so that it
    // cannot be read back as an empty line.
    void endRecord();

    const QByteArray &data() const { return m_data; }
    QByteArray takeData();

    // OWASP's list: = + - @ tab and CR start a formula in some spreadsheet.
    static bool isFormulaLike(QStringView text);
    bool needsQuotes(QStringView text) const;

private:
    CsvWriter(char separator, QByteArrayView lineEnd, const CsvOptions &options);
    bool appendPlainAscii(QStringView text);
    void appendUtf8(QStringView text);
    void appendQuoted(QStringView text, bool guarded);

    CsvOptions m_options;
    char m_separator = ',';
    QByteArrayView m_lineEnd = "\r\n";
    QByteArray m_data;
    int m_fieldsInRecord = 0;
    bool m_lastFieldEmpty = false;
};
