// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessdiff.h"

#include "models/columntablemodel.h"

// The Changes table: one row per AccessChange, filtered, sorted and exported like every table.
// Columns carry the diff CSV's field names; the category filter picks added, removed or role changes.
class AccessChangesModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChangeColumn,
        ProjectNameColumn,
        MemberTypeColumn,
        MemberNameColumn,
        MemberEmailColumn,
        ViaGroupNameColumn,
        OldRoleColumn,
        NewRoleColumn,
        ProjectIdColumn,
        MemberIdColumn,
        ViaGroupIdColumn,
    };

    explicit AccessChangesModel(QObject *parent = nullptr);

    void setDiff(AccessDiff diff);
    const AccessDiff &diff() const { return m_diff; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int categoryColumn() const override { return ChangeColumn; }
    QVector<Category> categories() const override;

protected:
    QVariant rawValue(int row, int column) const override;
    QString displayText(int column, const QString &raw) const override;

private:
    AccessDiff m_diff;
};
