// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/project.h"
#include "recordtablemodel.h"

// The organization's projects, for the project picker: Name, Status, Created, Project ID.
class ProjectsModel : public RecordTableModel<Project>
{
    Q_OBJECT
    Q_PROPERTY(bool includeArchived READ includeArchived WRITE setIncludeArchived)

public:
    // PickerColumn reads "Name · proj_id": two projects of one name stay apart, and typing
    // either finds the project.
    enum Column { NameColumn, StatusColumn, CreatedColumn, IdColumn, PickerColumn };

    explicit ProjectsModel(ApiClient *client, QObject *parent = nullptr);

    bool includeArchived() const { return query().includeArchived(); }
    void setIncludeArchived(bool include);
    // The row of `projectId` among the loaded rows, or -1.
    int rowOf(const QString &projectId) const;
    // The row whose name is `name` (ignoring case), or -1.
    int rowOfName(const QString &name) const;
    int categoryColumn() const override { return StatusColumn; }

protected:
    QVariant rawValue(int row, int column) const override;
    QString displayText(int column, const QString &raw) const override;
    QString idOf(const Project &project) const override { return project.id; }
    void compact(Project &project) override { project.status = shared(project.status); }
};
