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

    // A record's text cell (a null QString for a null field), read without a model: rawValue()
    // and an export's worker (cells()) both read it here. This table has no time column.
    static const QString &textOf(const GroupUser &user, int column);
    static qint64 secondsOf(const GroupUser &user, int column);

protected:
    QVariant rawValue(int row, int column) const override;
    RecordCells<GroupUser>::Readers cellReaders() const override { return {&textOf, &secondsOf}; }
    QString idOf(const GroupUser &user) const override { return user.id; }
};
