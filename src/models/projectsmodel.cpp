// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsmodel.h"

ProjectsModel::ProjectsModel(ApiClient *client, QObject *parent)
    : RecordTableModel(client, ListingQuery::projects(false), parent)
{
    setColumns({
        {tr("Name"), tr("Name: the project's name"), QStringLiteral("name")},
        {tr("Status"), tr("Status: active, or archived (archived projects list no users)"), QStringLiteral("status")},
        {tr("Created"), tr("Created: when the project was created (your local time)"), QStringLiteral("created_at"), true},
        {tr("Project ID"), tr("Project ID: the identifier the API uses for this project"), QStringLiteral("id")},
        {tr("Project"), tr("Project: its name and identifier"), QStringLiteral("project")},
    });
}

void ProjectsModel::setIncludeArchived(bool include)
{
    if (include != includeArchived())
        setQuery(ListingQuery::projects(include));
}

int ProjectsModel::rowOf(const QString &projectId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (record(row).id == projectId)
            return row;
    }
    return -1;
}

int ProjectsModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (record(row).name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QVariant ProjectsModel::rawValue(int row, int column) const
{
    const Project &project = record(row);
    switch (column) {
    case NameColumn: return project.name;
    case StatusColumn: return project.status;
    case CreatedColumn: return project.createdAt;
    case IdColumn: return project.id;
    case PickerColumn:
        return project.name.isEmpty() ? project.id : project.name + QStringLiteral(" · ") + project.id;
    default: return {};
    }
}

QString ProjectsModel::displayText(int column, const QString &raw) const
{
    if (column != StatusColumn)
        return raw;
    if (raw == QLatin1String("active"))
        return tr("Active");
    if (raw == QLatin1String("archived"))
        return tr("Archived");
    return raw;
}
