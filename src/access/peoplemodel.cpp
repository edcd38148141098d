// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

#include <QLocale>

namespace {
const QString Direct = QStringLiteral("direct");
const QString ViaGroup = QStringLiteral("group");
const QString Both = QStringLiteral("both");
const QString NoProject = QStringLiteral("none");
} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : ColumnTableModel(parent)
{
    setColumns({
        {tr("Name"), tr("Name: the person's name"), QStringLiteral("name")},
        {tr("Email"), tr("Email: the address the person signs in with"), QStringLiteral("email")},
        {tr("Organization role"), tr("Organization role: owner or reader of the whole organization"),
         QStringLiteral("organization_role")},
        {tr("Projects"), tr("Projects: how many projects the person can use, directly or through groups"),
         QStringLiteral("projects"), false, false},
        {tr("Owner of"), tr("Owner of: how many projects the person owns as a direct member"),
         QStringLiteral("projects_owned"), false, false},
        {tr("Access"), tr("Access: directly, through groups, both, or no project at all"), QStringLiteral("access")},
        {tr("Earliest access"), tr("Earliest access: when the person first had access to any project (your local time)"),
         QStringLiteral("earliest_access"), true},
        {tr("User ID"), tr("User ID: the identifier the API uses for this person"), QStringLiteral("id")},
    });
}

void PeopleModel::setAccess(std::shared_ptr<const OrganizationAccess> access)
{
    beginResetModel();
    m_access = std::move(access);
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_access ? 0 : int(m_access->people.size());
}

QVector<ColumnTableModel::Category> PeopleModel::categories() const
{
    return {{tr("Any access"), {}, false, {}},
            {tr("Direct only"), {Direct}, false, Direct},
            {tr("Through groups only"), {ViaGroup}, false, ViaGroup},
            {tr("Both"), {Both}, false, Both},
            {tr("In no project"), {NoProject}, false, NoProject}};
}

QString PeopleModel::accessWord(const OrganizationAccess::PersonSummary &summary)
{
    if (summary.direct && summary.viaGroup)
        return Both;
    if (summary.direct)
        return Direct;
    if (summary.viaGroup)
        return ViaGroup;
    return NoProject;
}

QVariant PeopleModel::rawValue(int row, int column) const
{
    const OrganizationAccess::Person &person = m_access->people.at(row);
    const OrganizationAccess::PersonSummary &summary = m_access->summaries.at(row);
    switch (column) {
    case NameColumn: return person.name;
    case EmailColumn: return person.email;
    case OrganizationRoleColumn: return person.organizationRole;
    case ProjectsColumn: return qint64(summary.projects);
    case OwnedColumn: return qint64(summary.owned);
    case AccessColumn: return accessWord(summary);
    case EarliestColumn: return summary.earliest < 0 ? QVariant() : QVariant(summary.earliest);
    case IdColumn: return person.id;
    default: return {};
    }
}

QString PeopleModel::displayText(int column, const QString &raw) const
{
    if (column == OrganizationRoleColumn) {
        if (raw == QLatin1String("owner"))
            return tr("Owner");
        if (raw == QLatin1String("reader"))
            return tr("Reader");
        if (raw.isEmpty())
            return tr("not in the organization listing");
    }
    if (column == AccessColumn) {
        if (raw == Direct)
            return tr("Direct");
        if (raw == ViaGroup)
            return tr("Through groups");
        if (raw == Both)
            return tr("Direct and through groups");
        if (raw == NoProject)
            return tr("No project");
    }
    if (column == ProjectsColumn || column == OwnedColumn)
        return QLocale().toString(raw.toLongLong());
    return raw;
}
