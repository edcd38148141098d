// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/projectuser.h"
#include "recordtablemodel.h"

// The members of one project: Name, Email, Role, Added, User ID.
class ProjectUsersModel : public RecordTableModel<ProjectUser>
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RoleColumn, AddedColumn, IdColumn };

    explicit ProjectUsersModel(ApiClient *client, QObject *parent = nullptr);

    QString projectId() const { return query().parentId(); }
    // Lists the members of `projectId` from the first page; empty clears the table.
    void setProjectId(const QString &projectId);
    int categoryColumn() const override { return RoleColumn; }
    QVector<Category> categories() const override { return roleCategories(); }
    // Any role, Owner, Member, Other roles (any but owner and member: custom roles).
    static QVector<Category> roleCategories();
    // A record's text cell (a null QString for a null field) and time cell, read without a
    // model: rawValue() and an export's worker (cells()) both read them here.
    static const QString &textOf(const ProjectUser &user, int column);
    static qint64 secondsOf(const ProjectUser &user, int column);

protected:
    QVariant rawValue(int row, int column) const override;
    RecordCells<ProjectUser>::Readers cellReaders() const override { return {&textOf, &secondsOf}; }
    QString displayText(int column, const QString &raw) const override;
    QString idOf(const ProjectUser &user) const override { return user.id; }
    void compact(ProjectUser &user) override { user.role = shared(user.role); }
};
