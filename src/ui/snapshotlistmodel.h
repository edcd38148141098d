// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/snapshotsummary.h"

#include <QAbstractTableModel>
#include <QVector>

// The stored snapshots, newest first: when, label, counts, complete or partial, the note.
class SnapshotListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenColumn, LabelColumn, RowsColumn, ProjectsColumn, StateColumn, NoteColumn, IdColumn };

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshots(QVector<SnapshotSummary> snapshots);
    const SnapshotSummary &snapshot(int row) const { return m_snapshots.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<SnapshotSummary> m_snapshots;
};
