// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablecells.h"

#include <QVector>

// The cells of a RecordTableModel's rows: a copy of its records that shares them (implicit
// sharing, no record copied), read through plain functions that know the columns. The model only
// appends rows (which detaches its own list) or drops them all, never changes a record in place,
// so these rows stay as they were when taken.
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

    RecordCells(QVector<Record> rows, Readers readers)
        : m_rows(std::move(rows)), m_readers(readers)
    {
    }

    int rowCount() const override { return int(m_rows.size()); }
    const QString &text(int row, int column) const override { return m_readers.text(m_rows.at(row), column); }
    qint64 seconds(int row, int column) const override { return m_readers.seconds(m_rows.at(row), column); }

private:
    const QVector<Record> m_rows;
    const Readers m_readers;
};
