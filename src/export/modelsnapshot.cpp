// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelsnapshot.h"

#include "models/columntablemodel.h"
#include "models/modelroles.h"
#include "models/pagedtablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QAbstractProxyModel>
#include <QSortFilterProxyModel>

#include <limits>
#include <numeric>

namespace {
// Rows read between two looks at the clock.
constexpr int RowsPerClockCheck = 64;

QVector<int> everyIndex(int count)
{
    QVector<int> indexes(std::max(0, count));
    std::iota(indexes.begin(), indexes.end(), 0);
    return indexes;
}
} // namespace

ModelSnapshot::ModelSnapshot(const QAbstractItemModel *model, QVector<int> rows, QVector<int> columns)
    : m_model(model), m_readModel(model), m_rows(std::move(rows)), m_modelColumns(std::move(columns))
{
    if (!m_model) {
        m_rows.clear();
        m_modelColumns.clear();
    }
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_readModel)) {
        if (!proxy->sourceModel() || !passesCellsThrough(proxy))
            break;
        m_proxies.append(proxy);
        m_readModel = proxy->sourceModel();
    }
    m_paged = qobject_cast<const PagedTableModel *>(m_readModel);
    if (const auto *table = qobject_cast<const ColumnTableModel *>(m_readModel); table && !m_rows.isEmpty())
        m_cells = table->cells();
    for (int column : std::as_const(m_modelColumns))
        m_columns.append({m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), kindOf(m_model, column)});
}

bool ModelSnapshot::passesCellsThrough(const QAbstractProxyModel *proxy)
{
    // Seen through, a proxy's cells are read from its source at the mapped row, with the first
    // row's column mapping for every row. That holds for a sort and filter proxy as Qt and Roster
    // make it, not for a subclass, which may change the data or map columns row by row: such a
    // proxy is read through its own data().
    const QMetaObject *type = proxy->metaObject();
    return type == &TableFilterProxyModel::staticMetaObject || type == &QSortFilterProxyModel::staticMetaObject;
}

ExportTable::ColumnKind ModelSnapshot::kindOf(const QAbstractItemModel *model, int column)
{
    if (!model || model->rowCount() == 0)
        return ExportTable::ColumnKind::Text;
    const QVariant raw = model->index(0, column).data(ModelRoles::RawRole);
    switch (raw.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::QDateTime:
        return ExportTable::ColumnKind::DateTime;
    default:
        return ExportTable::ColumnKind::Text;
    }
}

void ModelSnapshot::mapColumns(int row)
{
    for (int column : std::as_const(m_modelColumns)) {
        QModelIndex index = m_model->index(row, column);
        for (const QAbstractProxyModel *proxy : std::as_const(m_proxies))
            index = proxy->mapToSource(index);
        m_readColumns.append(index.column());
    }
}

int ModelSnapshot::sourceRow(int row) const
{
    for (const QAbstractProxyModel *proxy : std::as_const(m_proxies))
        row = proxy->mapToSource(proxy->index(row, 0)).row();
    return row;
}

void ModelSnapshot::readRow(int row, ExportTable &into)
{
    if (!m_proxies.isEmpty()) {
        if (m_readColumns.isEmpty())
            mapColumns(row);
        row = sourceRow(row);
    } else if (m_readColumns.isEmpty()) {
        m_readColumns = m_modelColumns;
    }
    for (int i = 0; i < m_readColumns.size(); ++i) {
        if (m_paged && m_columns.at(i).kind == ExportTable::ColumnKind::Text) {
            // A Roster table's export text is its raw text, "" for null: read without an index
            // or a QVariant, as its filter does.
            into.appendText(m_paged->rawText(row, m_readColumns.at(i)));
            continue;
        }
        const QModelIndex index = m_readModel->index(row, m_readColumns.at(i));
        if (m_columns.at(i).kind == ExportTable::ColumnKind::DateTime) {
            const QVariant raw = index.data(ModelRoles::RawRole);
            if (!raw.isValid() || raw.isNull())
                into.appendTime(ExportTable::NoTime);
            else if (raw.metaType().id() == QMetaType::QDateTime)
                into.appendTime(raw.toDateTime().toSecsSinceEpoch());
            else
                into.appendTime(raw.toLongLong());
            continue;
        }
        // The variant shares the model's own QString: no copy of the text.
        const QVariant text = index.data(ModelRoles::ExportRole);
        into.appendText(text.isValid() ? text.toString() : index.data(Qt::DisplayRole).toString());
    }
}

// Only maps rows to the source's: the chunk reads the shared cells itself.
ExportTable ModelSnapshot::readSourceRows(qint64 budgetNs, qsizetype maxRows)
{
    if (m_readColumns.isEmpty()) {
        if (m_proxies.isEmpty())
            m_readColumns = m_modelColumns;
        else
            mapColumns(m_rows.at(m_next));
    }
    const qsizetype end = std::min(m_rows.size(), m_next + std::max<qsizetype>(1, maxRows));
    QVector<int> sourceRows;
    sourceRows.reserve(end - m_next);
    // Through a single sort/filter proxy, a row's index is made as a sibling of one index taken
    // now: index() looks the mapping up anew for every row. Nothing changes the mapping within
    // this call (a change between calls stops the export).
    const QAbstractProxyModel *proxy = m_proxies.size() == 1 ? m_proxies.first() : nullptr;
    const QModelIndex anchor = proxy ? proxy->index(m_rows.at(m_next), 0) : QModelIndex();
    QElapsedTimer clock;
    clock.start();
    while (m_next < end) {
        const int row = m_rows.at(m_next++);
        sourceRows.append(anchor.isValid() ? proxy->mapToSource(proxy->sibling(row, 0, anchor)).row() : sourceRow(row));
        if (m_next % RowsPerClockCheck == 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    ExportTable chunk(m_columns, m_cells, std::move(sourceRows), m_readColumns);
    if (atEnd())
        m_cells.reset(); // the chunks keep them as long as they are needed
    return chunk;
}

ExportTable ModelSnapshot::read(qint64 budgetNs, qsizetype maxRows)
{
    if (m_cells)
        return readSourceRows(budgetNs, maxRows);
    ExportTable chunk(m_columns);
    const qsizetype end = std::min(m_rows.size(), m_next + std::max<qsizetype>(1, maxRows));
    chunk.reserveRows(end - m_next);
    QElapsedTimer clock;
    clock.start();
    while (m_next < end) {
        readRow(m_rows.at(m_next++), chunk);
        if (m_next % RowsPerClockCheck == 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    return chunk;
}

ExportTable ModelSnapshot::take(const QAbstractItemModel *model, const QVector<int> &rows, const QVector<int> &columns)
{
    ModelSnapshot snapshot(model, rows, columns);
    if (snapshot.m_cells)
        return snapshot.readSourceRows(std::numeric_limits<qint64>::max(), snapshot.rowCount());
    ExportTable table(snapshot.columns());
    table.reserveRows(snapshot.rowCount());
    for (int row : std::as_const(snapshot.m_rows))
        snapshot.readRow(row, table);
    return table;
}

ExportTable ModelSnapshot::takeAll(const QAbstractItemModel *model)
{
    if (!model)
        return {};
    return take(model, everyIndex(model->rowCount()), everyIndex(model->columnCount()));
}
