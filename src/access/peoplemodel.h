// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"

#include "models/columntablemodel.h"

#include <memory>

// One row per person in the organization, those in no project too: their organization role,
// how many projects they reach, how many they own, how (directly, through groups, or both)
// and since when.
class PeopleModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EmailColumn,
        OrganizationRoleColumn,
        ProjectsColumn,
        OwnedColumn,
        AccessColumn,
        EarliestColumn,
        IdColumn,
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setAccess(std::shared_ptr<const OrganizationAccess> access);
    const std::shared_ptr<const OrganizationAccess> &access() const { return m_access; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int categoryColumn() const override { return AccessColumn; }
    QVector<Category> categories() const override;

    // The raw words of the Access column.
    static QString accessWord(const OrganizationAccess::PersonSummary &summary);

protected:
    QVariant rawValue(int row, int column) const override;
    QString displayText(int column, const QString &raw) const override;

private:
    std::shared_ptr<const OrganizationAccess> m_access;
};
