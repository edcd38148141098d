// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmatrixmodel.h"

AccessMatrixModel::AccessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccessMatrixModel::setAccess(std::shared_ptr<const OrganizationAccess> access)
{
    beginResetModel();
    m_access = std::move(access);
    endResetModel();
}

quint8 AccessMatrixModel::cell(int row, int column) const
{
    return m_access ? m_access->matrix.cell(row, column) : quint8(AccessMatrix::NoAccess);
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_access ? 0 : m_access->matrix.rowCount();
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_access ? 0 : int(m_access->projects.size());
}

QString AccessMatrixModel::cellText(quint8 cell, const QString &role)
{
    QString direct;
    switch (cell & AccessMatrix::DirectMask) {
    case AccessMatrix::DirectOwner: direct = tr("Owner"); break;
    case AccessMatrix::DirectMember: direct = tr("Member"); break;
    case AccessMatrix::DirectOther: direct = role.isEmpty() ? tr("Other role") : role; break;
    default: break;
    }
    if (direct.isEmpty())
        return (cell & AccessMatrix::ViaGroup) ? tr("Through a group") : tr("No access");
    return (cell & AccessMatrix::ViaGroup) ? tr("%1, and through a group").arg(direct) : direct;
}

QVariant AccessMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_access)
        return {};
    const quint8 c = cell(index.row(), index.column());
    switch (role) {
    case CellRole:
        return int(c);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const OrganizationAccess &a = *m_access;
        const int person = a.matrix.personAt(index.row());
        QString customRole;
        QStringList groups;
        for (const int e : a.entriesOfPerson.at(person)) {
            const AccessEntry &entry = a.entries.at(e);
            if (entry.project != index.column())
                continue;
            if (entry.viaGroup >= 0)
                groups << a.groups.at(entry.viaGroup).name;
            else
                customRole = a.roleOf(entry);
        }
        QString text = tr("%1 in %2: %3")
                           .arg(a.people.at(person).name.isEmpty() ? a.people.at(person).id : a.people.at(person).name,
                                a.projects.at(index.column()).name, cellText(c, customRole));
        if (!groups.isEmpty())
            text += QLatin1Char(' ') + tr("(via %1)").arg(groups.join(QStringLiteral(", ")));
        return text;
    }
    default:
        return {};
    }
}

QVariant AccessMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_access || section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= m_access->projects.size())
            return {};
        const OrganizationAccess::Project &project = m_access->projects.at(section);
        if (role == Qt::DisplayRole)
            return project.name.isEmpty() ? project.id : project.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(project.name, project.id);
        return {};
    }
    if (section >= m_access->matrix.rowCount())
        return {};
    const OrganizationAccess::Person &person = m_access->people.at(m_access->matrix.personAt(section));
    if (role == Qt::DisplayRole)
        return !person.name.isEmpty() ? person.name : !person.email.isEmpty() ? person.email : person.id;
    if (role == Qt::ToolTipRole)
        return person.email.isEmpty() ? person.id : person.email;
    return {};
}
