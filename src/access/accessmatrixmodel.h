// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"

#include <QAbstractTableModel>
#include <QVector>

#include <memory>

// People as rows, projects as columns; a cell says how a person reaches a project: the direct
// role (owner, member, another role) and whether a group grants access too. Each person keeps
// a sorted list of their cells, so a 10 000 x 500 matrix costs only the cells that exist.
class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a cell holds, as CellRole gives it: a direct role in the low bits, ViaGroup or'ed in.
    enum Cell : quint8 {
        NoAccess = 0,
        DirectOwner = 1,
        DirectMember = 2,
        DirectOther = 3, // a custom or unknown role
        DirectMask = 3,
        ViaGroup = 4,
    };
    enum Role { CellRole = Qt::UserRole + 20 };

    explicit AccessMatrixModel(QObject *parent = nullptr);

    void setAccess(std::shared_ptr<const OrganizationAccess> access);
    // The person shown on `row` (an index into access()->people).
    int personAt(int row) const { return m_rowPerson.value(row, -1); }
    quint8 cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellText(quint8 cell, const QString &role);

private:
    struct CellEntry
    {
        int project;
        quint8 cell;
        bool operator<(int p) const { return project < p; }
    };

    std::shared_ptr<const OrganizationAccess> m_access;
    QVector<int> m_rowPerson;                 // people with access, by name
    QVector<QVector<CellEntry>> m_cells;      // per row, sorted by project
};
