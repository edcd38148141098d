// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/projectgroup.h"
#include "recordtablemodel.h"

// The groups that have access to one project: Group, Type, Access granted, Group ID.
class ProjectGroupsModel : public RecordTableModel<ProjectGroup>
{
    Q_OBJECT
    Q_PROPERTY(Qt::SortOrder order READ order WRITE setOrder)

public:
    enum Column { NameColumn, TypeColumn, GrantedColumn, IdColumn };

    explicit ProjectGroupsModel(ApiClient *client, QObject *parent = nullptr);

    QString projectId() const { return query().parentId(); }
    void setProjectId(const QString &projectId);
    // The API's own order (by the time access was granted); changing it reloads.
    Qt::SortOrder order() const { return query().order(); }
    void setOrder(Qt::SortOrder order);
    int categoryColumn() const override { return TypeColumn; }
    QVector<Category> categories() const override { return typeCategories(); }
    // Any type, Group, Tenant group.
    static QVector<Category> typeCategories();

    static QString typeText(const QString &groupType);
    // A record's text cell (a null QString for a null field) and time cell, read without a
    // model: rawValue() and an export's worker (cells()) both read them here.
    static const QString &textOf(const ProjectGroup &group, int column);
    static qint64 secondsOf(const ProjectGroup &group, int column);

protected:
    QVariant rawValue(int row, int column) const override;
    RecordCells<ProjectGroup>::Readers cellReaders() const override { return {&textOf, &secondsOf}; }
    QString displayText(int column, const QString &raw) const override;
    QString idOf(const ProjectGroup &group) const override { return group.groupId; }
    void compact(ProjectGroup &group) override
    {
        group.groupType = shared(group.groupType);
        group.projectId = shared(group.projectId);
    }
};
