// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"

#include "models/columntablemodel.h"

#include <memory>

// The organization-wide access list: one row per project and member, a person reached through
// a group on a row of their own beside the group's. Columns carry the access CSV's field names.
class AccessListModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProjectNameColumn,
        MemberTypeColumn,
        MemberNameColumn,
        MemberEmailColumn,
        RoleColumn,
        ViaGroupNameColumn,
        SinceColumn,
        ProjectIdColumn,
        MemberIdColumn,
        ViaGroupIdColumn,
    };

    explicit AccessListModel(QObject *parent = nullptr);

    void setAccess(std::shared_ptr<const OrganizationAccess> access);
    const std::shared_ptr<const OrganizationAccess> &access() const { return m_access; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int categoryColumn() const override { return MemberTypeColumn; }
    QVector<Category> categories() const override;
    static QString memberTypeText(MemberType type);

protected:
    QVariant rawValue(int row, int column) const override;
    QString displayText(int column, const QString &raw) const override;

private:
    std::shared_ptr<const OrganizationAccess> m_access;
};
