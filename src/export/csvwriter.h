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
    // Moved (leaving an empty writer), never copied: a copy would share the buffer that room()
    // writes into.
    CsvWriter(CsvWriter &&other) noexcept;
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;
    CsvWriter &operator=(CsvWriter &&) = delete;
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

    QByteArrayView data() const { return QByteArrayView(m_data.constData(), m_size); }
    QByteArray takeData();
    // Writes into `buffer` (another writer's takeData(), its bytes written out): its room is
    // already allocated and touched, so a writer per chunk neither grows a buffer nor faults in
    // fresh pages. Drops what this writer holds: call it before the first field.
    void reuseBuffer(QByteArray buffer);

    // OWASP's list: = + - @ tab and CR start a formula in some spreadsheet.
    static bool isFormulaLike(QStringView text);

private:
    CsvWriter(char separator, QByteArrayView lineEnd, const CsvOptions &options);
    // Room for `bytes` more bytes; returns where they go. Written bytes count once m_size moves.
    // The buffer is never shared (a writer is not copied), so it is written without a detach check.
    char *room(qsizetype bytes)
    {
        if (m_size + bytes > m_data.size())
            grow(m_size + bytes);
        return const_cast<char *>(m_data.constData()) + m_size;
    }
    void grow(qsizetype needed);
    static constexpr qsizetype StepSlack = 8;
    char *copyUnquoted(QStringView text, char *out) const;
    static char *writeUtf8(QStringView text, char *out);
    static char *writeQuoted(QStringView text, bool guarded, char *out);

    CsvOptions m_options;
    char m_separator = ',';
    // A bit for each character below 64 that makes a field quoted: the separator (a comma or
    // a tab), ", CR and LF.
    quint64 m_quotedBelow64 = 0;
    QByteArrayView m_lineEnd = "\r\n";
    QByteArray m_data; // as long as its room: the first m_size bytes are written
    qsizetype m_size = 0;
    int m_fieldsInRecord = 0;
    bool m_lastFieldEmpty = false;
};
