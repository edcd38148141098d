// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/tablecells.h"

#include <QString>
#include <QVector>

#include <limits>
#include <memory>

// A table's cells taken out of a model, so that a worker can format and write them while the
// model goes on changing on its own thread. A value: copies share the cells (implicit sharing).
// Text cells hold the exact export text (ModelRoles::ExportRole); time cells hold Unix seconds,
// formatted by whoever writes them (ISO 8601 UTC in a CSV, a date cell in a spreadsheet).
// The cells are either copied in, a row at a time, or read from a model's TableCells (shared,
// not copied): then row i is the cells' row sourceRows[i], column j their sourceColumns[j].
class ExportTable
{
public:
    enum class ColumnKind { Text, DateTime };
    struct Column
    {
        QString title;
        ColumnKind kind = ColumnKind::Text;
    };
    // A time cell with no time (the model gave no value).
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    ExportTable() = default;
    explicit ExportTable(QVector<Column> columns);
    ExportTable(QVector<Column> columns, std::shared_ptr<const TableCells> cells, QVector<int> sourceRows,
                QVector<int> sourceColumns);

    const QVector<Column> &columns() const { return m_columns; }
    int columnCount() const { return int(m_columns.size()); }
    qsizetype rowCount() const
    {
        if (m_source)
            return m_sourceRows.size();
        return m_columns.isEmpty() ? 0 : m_cells.size() / m_columns.size();
    }

    // Room for this many rows, so a chunk grows its storage once.
    void reserveRows(qsizetype rows);
    // A row of a table not read from TableCells is filled left to right, one append per column:
    // text for a Text column, seconds (or NoTime) for a DateTime column.
    void appendText(const QString &text) { m_cells.append(Cell{text, 0}); }
    void appendTime(qint64 secondsSinceEpoch) { m_cells.append(Cell{QString(), secondsSinceEpoch}); }

    // A hint before reading `row`'s cells, when rows are read in order: loads the cells of rows
    // further on meanwhile (see TableCells::prefetchRow).
    void prefetch(qsizetype row) const
    {
        if (!m_source)
            return;
        constexpr qsizetype RowAhead = 16;
        constexpr qsizetype TextAhead = 8;
        if (row + RowAhead < m_sourceRows.size())
            m_source->prefetchRow(m_sourceRows.at(row + RowAhead));
        if (row + TextAhead < m_sourceRows.size())
            m_source->prefetchText(m_sourceRows.at(row + TextAhead));
    }
    const QString &text(qsizetype row, int column) const
    {
        if (m_source)
            return m_source->text(m_sourceRows.at(row), m_sourceColumns.at(column));
        return cell(row, column).text;
    }
    qint64 time(qsizetype row, int column) const
    {
        if (m_source)
            return m_source->seconds(m_sourceRows.at(row), m_sourceColumns.at(column));
        return cell(row, column).seconds;
    }
    // The cell as a CSV has it: the text, or a time as ISO 8601 UTC ("2026-11-22T09:30:00Z"),
    // empty for no time.
    QString exportText(qsizetype row, int column) const;
    static QString isoUtc(qint64 secondsSinceEpoch);

private:
    struct Cell
    {
        QString text;
        qint64 seconds;
    };
    const Cell &cell(qsizetype row, int column) const { return m_cells.at(row * m_columns.size() + column); }

    QVector<Column> m_columns;
    QVector<Cell> m_cells; // row by row
    std::shared_ptr<const TableCells> m_source; // instead of m_cells
    QVector<int> m_sourceRows;
    QVector<int> m_sourceColumns;
};
