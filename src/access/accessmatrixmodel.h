// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"

#include <QAbstractTableModel>

#include <memory>

// People as rows, projects as columns; a cell says how a person reaches a project: the direct
// role (owner, member, another role) and whether a group grants access too. The rows and cells
// come laid out in OrganizationAccess::matrix, so setAccess only swaps the result in.
class AccessMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // CellRole gives an AccessMatrix::Cell value.
    enum Role { CellRole = Qt::UserRole + 20 };

    explicit AccessMatrixModel(QObject *parent = nullptr);

    void setAccess(std::shared_ptr<const OrganizationAccess> access);
    // The person shown on `row` (an index into access()->people).
    int personAt(int row) const { return m_access ? m_access->matrix.personAt(row) : -1; }
    quint8 cell(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cellText(quint8 cell, const QString &role);

private:
    std::shared_ptr<const OrganizationAccess> m_access;
};
