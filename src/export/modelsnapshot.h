// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporttable.h"

#include <QVector>

#include <memory>

class QAbstractItemModel;
class PagedTableModel;
class QAbstractProxyModel;

// Copies cells of any QAbstractItemModel into ExportTable chunks on the model's own thread, a
// bounded slice at a time, so that a long table is read between the event loop's turns and a
// worker writes what was read. Headers come from headerData(DisplayRole); text cells from
// ModelRoles::ExportRole (DisplayRole for a model that does not answer it); a column whose
// ModelRoles::RawRole holds a whole number (Unix seconds, as ModelRoles documents for times)
// or a QDateTime is a DateTime column and its cells are copied as seconds.
// Through a proxy (a view's sort and filter, which maps whole rows of a flat table) each row is mapped once and its cells
// are read from the proxy's source: a sort/filter proxy shows its source's data unchanged, and a
// cell read through it costs a mapping per cell, several times the read itself. From a
// PagedTableModel, text cells are read with rawText(), its export text without an index or a
// QVariant. From a table that offers its cells (ColumnTableModel::cells(), taken in O(1)), no
// cell is read here at all: a chunk holds those cells and the source rows, and whoever writes
// the chunk reads the cells, on its own thread.
class ModelSnapshot
{
public:
    // `rows` and `columns` of `model`, in the order given (a view's order after sort and filter,
    // its visible columns in their visual order).
    ModelSnapshot(const QAbstractItemModel *model, QVector<int> rows, QVector<int> columns);

    const QVector<ExportTable::Column> &columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rows.size(); }
    qsizetype rowsRead() const { return m_next; }
    bool atEnd() const { return m_next >= m_rows.size(); }

    // Reads on from where the last call stopped, for about `budgetNs` nanoseconds (at least one
    // row, at most `maxRows`), and returns those rows.
    ExportTable read(qint64 budgetNs, qsizetype maxRows);

    // Every given row at once, where nothing else waits for the thread (a command line).
    static ExportTable take(const QAbstractItemModel *model, const QVector<int> &rows, const QVector<int> &columns);
    // Every row and column of `model`, in model order.
    static ExportTable takeAll(const QAbstractItemModel *model);
    static ExportTable::ColumnKind kindOf(const QAbstractItemModel *model, int column);

private:
    static bool passesCellsThrough(const QAbstractProxyModel *proxy);
    void readRow(int row, ExportTable &into);
    void mapColumns(int row);
    int sourceRow(int row) const;
    ExportTable readSourceRows(qint64 budgetNs, qsizetype maxRows);

    const QAbstractItemModel *m_model;      // not owned; read on its own thread only
    const QAbstractItemModel *m_readModel;  // m_model, or the source below its sort/filter proxies
    QVector<const QAbstractProxyModel *> m_proxies; // from m_model down
    QVector<int> m_readColumns;             // m_modelColumns in m_readModel
    const PagedTableModel *m_paged = nullptr; // m_readModel when it is one of Roster's tables
    std::shared_ptr<const TableCells> m_cells; // m_readModel's, when it offers them; until all is read
    QVector<int> m_rows;
    QVector<int> m_modelColumns;
    QVector<ExportTable::Column> m_columns;
    qsizetype m_next = 0;
};
