// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"

#include "models/columntablemodel.h"

#include <memory>

// Every project one person reaches, with the role and the path: directly, or through which
// group. The question the API cannot answer in one call.
class PersonAccessModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column { ProjectNameColumn, RoleColumn, PathColumn, SinceColumn, ProjectIdColumn, ViaGroupIdColumn };

    explicit PersonAccessModel(QObject *parent = nullptr);

    void setAccess(std::shared_ptr<const OrganizationAccess> access);
    // The person's index in access()->people; -1 shows nothing.
    void setPerson(int person);
    int person() const { return m_person; }

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    QVariant rawValue(int row, int column) const override;
    QString displayText(int column, const QString &raw) const override;

private:
    const AccessEntry &entry(int row) const;

    std::shared_ptr<const OrganizationAccess> m_access;
    int m_person = -1;
};
