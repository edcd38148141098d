// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkedlist.h"
#include "tablecells.h"


// The cells of a RecordTableModel's rows: a copy of its records that shares them (no record
// copied), read through plain functions that know the columns. The model only appends rows (which
// copies at most its last chunk of them) or drops them all, never changes a record in place, so
// these rows stay as they were when taken.
template<typename Record>
class RecordCells final : public TableCells
{
public:
    // How a record's cells are read, without the model.
    struct Readers
    {
        const QString &(*text)(const Record &record, int column) = nullptr;
        qint64 (*seconds)(const Record &record, int column) = nullptr;
    };

    // `columns`: how many columns the rows have (the text of each is prefetched).
    RecordCells(ChunkedList<Record> rows, Readers readers, int columns)
        : m_rows(std::move(rows)), m_readers(readers), m_textColumns(columns)
    {
    }

    int rowCount() const override { return int(m_rows.size()); }
    const QString &text(int row, int column) const override { return m_readers.text(m_rows.at(row), column); }
    qint64 seconds(int row, int column) const override { return m_readers.seconds(m_rows.at(row), column); }
    void prefetchRow(int row) const override
    {
        const char *record = reinterpret_cast<const char *>(&m_rows.at(row));
        for (size_t line = 0; line < sizeof(Record); line += 64)
            __builtin_prefetch(record + line);
        __builtin_prefetch(record + sizeof(Record) - 1);
    }
    void prefetchText(int row) const override
    {
        const Record &record = m_rows.at(row);
        for (int column = 0; column < m_textColumns; ++column)
            __builtin_prefetch(m_readers.text(record, column).constData());
    }

private:
    const ChunkedList<Record> m_rows;
    const Readers m_readers;
    const int m_textColumns;
};
