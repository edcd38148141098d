// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttable.h"

#include <QDateTime>

ExportTable::ExportTable(QVector<Column> columns)
    : m_columns(std::move(columns))
{
}

void ExportTable::reserveRows(qsizetype rows)
{
    m_cells.reserve(m_cells.size() + rows * m_columns.size());
}

QString ExportTable::exportText(qsizetype row, int column) const
{
    const Cell &c = cell(row, column);
    if (m_columns.at(column).kind == ColumnKind::Text)
        return c.text;
    return isoUtc(c.seconds);
}

QString ExportTable::isoUtc(qint64 secondsSinceEpoch)
{
    // The same text as a model's ExportRole for a time: ISO 8601 in UTC, to the second.
    if (secondsSinceEpoch == NoTime)
        return QString(QLatin1String(""));
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}
