// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotlistmodel.h"

#include <QLocale>

void SnapshotListModel::setSnapshots(QVector<SnapshotSummary> snapshots)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    // Newest first: the one a reviewer compares against is on top.
    std::reverse(m_snapshots.begin(), m_snapshots.end());
    endResetModel();
}

int SnapshotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshots.size());
}

int SnapshotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : IdColumn + 1;
}

QVariant SnapshotListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshots.size())
        return {};
    const SnapshotSummary &s = m_snapshots.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TakenColumn: return locale.toString(s.takenAt.toLocalTime(), QLocale::ShortFormat);
        case LabelColumn: return s.label;
        case RowsColumn: return locale.toString(s.rows);
        case ProjectsColumn: return locale.toString(s.projects);
        case StateColumn:
            return s.complete ? tr("Complete") : tr("Partial: %n part(s) not read", nullptr, s.failedProjects);
        case NoteColumn: return s.note.section(QLatin1Char('\n'), 0, 0);
        case IdColumn: return s.id;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return s.note;
    if (role == Qt::ToolTipRole && index.column() == TakenColumn)
        return tr("%1 from %2").arg(locale.toString(s.takenAt.toLocalTime(), QLocale::LongFormat), s.baseUrl.toDisplayString());
    return {};
}

QVariant SnapshotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn: return tr("Taken");
    case LabelColumn: return tr("Label");
    case RowsColumn: return tr("Access rows");
    case ProjectsColumn: return tr("Projects");
    case StateColumn: return tr("State");
    case NoteColumn: return tr("Note");
    case IdColumn: return tr("ID");
    default: return {};
    }
}
