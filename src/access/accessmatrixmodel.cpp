// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmatrixmodel.h"

#include <QCollator>

#include <algorithm>

AccessMatrixModel::AccessMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccessMatrixModel::setAccess(std::shared_ptr<const OrganizationAccess> access)
{
    beginResetModel();
    m_access = std::move(access);
    m_rowPerson.clear();
    m_cells.clear();
    if (m_access) {
        const OrganizationAccess &a = *m_access;
        const int ownerRole = int(a.roles.indexOf(QStringLiteral("owner")));
        const int memberRole = int(a.roles.indexOf(QStringLiteral("member")));
        // Rows: the people who reach at least one project, by name as the person's language sorts.
        for (int p = 0; p < a.people.size(); ++p) {
            if (!a.entriesOfPerson.at(p).isEmpty())
                m_rowPerson.append(p);
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        const auto label = [&](int p) {
            const OrganizationAccess::Person &person = a.people.at(p);
            return !person.name.isEmpty() ? person.name : !person.email.isEmpty() ? person.email : person.id;
        };
        QVector<QString> labels(a.people.size());
        for (const int p : std::as_const(m_rowPerson))
            labels[p] = label(p);
        std::stable_sort(m_rowPerson.begin(), m_rowPerson.end(),
                         [&](int l, int r) { return collator.compare(labels.at(l), labels.at(r)) < 0; });
        m_cells.resize(m_rowPerson.size());
        for (int row = 0; row < m_rowPerson.size(); ++row) {
            QVector<CellEntry> &cells = m_cells[row];
            // A person's entries come project by project: one cell per run of one project.
            for (const int e : a.entriesOfPerson.at(m_rowPerson.at(row))) {
                const AccessEntry &entry = a.entries.at(e);
                if (cells.isEmpty() || cells.constLast().project != entry.project)
                    cells.append({entry.project, NoAccess});
                quint8 &cell = cells.last().cell;
                if (entry.viaGroup >= 0)
                    cell |= ViaGroup;
                else
                    cell = quint8((cell & ViaGroup)
                                  | (entry.role == ownerRole ? DirectOwner
                                     : entry.role == memberRole ? DirectMember : DirectOther));
            }
        }
    }
    endResetModel();
}

quint8 AccessMatrixModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_cells.size())
        return NoAccess;
    const QVector<CellEntry> &cells = m_cells.at(row);
    const auto it = std::lower_bound(cells.cbegin(), cells.cend(), column);
    return it != cells.cend() && it->project == column ? it->cell : quint8(NoAccess);
}

int AccessMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowPerson.size());
}

int AccessMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_access ? 0 : int(m_access->projects.size());
}

QString AccessMatrixModel::cellText(quint8 cell, const QString &role)
{
    QString direct;
    switch (cell & DirectMask) {
    case DirectOwner: direct = tr("Owner"); break;
    case DirectMember: direct = tr("Member"); break;
    case DirectOther: direct = role.isEmpty() ? tr("Other role") : role; break;
    default: break;
    }
    if (direct.isEmpty())
        return (cell & ViaGroup) ? tr("Through a group") : tr("No access");
    return (cell & ViaGroup) ? tr("%1, and through a group").arg(direct) : direct;
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
        const int person = m_rowPerson.at(index.row());
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
    if (section >= m_rowPerson.size())
        return {};
    const OrganizationAccess::Person &person = m_access->people.at(m_rowPerson.at(section));
    if (role == Qt::DisplayRole)
        return !person.name.isEmpty() ? person.name : !person.email.isEmpty() ? person.email : person.id;
    if (role == Qt::ToolTipRole)
        return person.email.isEmpty() ? person.id : person.email;
    return {};
}
