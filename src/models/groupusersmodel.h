// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/groupuser.h"
#include "recordtablemodel.h"

// The members of one organization group: Name, Email, User ID.
class GroupUsersModel : public RecordTableModel<GroupUser>
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, IdColumn };

    explicit GroupUsersModel(ApiClient *client, QObject *parent = nullptr);

    QString groupId() const { return query().parentId(); }
    void setGroupId(const QString &groupId);

protected:
    QVariant rawValue(int row, int column) const override;
    QString idOf(const GroupUser &user) const override { return user.id; }
};
