// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttable.h"

#include <QDateTime>

ExportTable::ExportTable(QVector<Column> columns)
    : m_columns(std::move(columns))
{
}

ExportTable::ExportTable(QVector<Column> columns, std::shared_ptr<const TableCells> cells, QVector<int> sourceRows,
                         QVector<int> sourceColumns)
    : m_columns(std::move(columns)), m_source(std::move(cells)), m_sourceRows(std::move(sourceRows)),
      m_sourceColumns(std::move(sourceColumns))
{
}

void ExportTable::reserveRows(qsizetype rows)
{
    m_cells.reserve(m_cells.size() + rows * m_columns.size());
}

QString ExportTable::exportText(qsizetype row, int column) const
{
    if (m_columns.at(column).kind == ColumnKind::Text) {
        const QString &value = text(row, column);
        return value.isNull() ? QString(QLatin1String("")) : value;
    }
    return isoUtc(time(row, column));
}

QString ExportTable::isoUtc(qint64 secondsSinceEpoch)
{
    // The same text as a model's ExportRole for a time: ISO 8601 in UTC, to the second.
    if (secondsSinceEpoch == NoTime)
        return QString(QLatin1String(""));
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}
