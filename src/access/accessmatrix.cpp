// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessmatrix.h"

#include "organizationaccess.h"

#include <QCollator>

#include <algorithm>

AccessMatrix AccessMatrix::layOut(const OrganizationAccess &access)
{
    AccessMatrix matrix;
    const int ownerRole = int(access.roles.indexOf(QStringLiteral("owner")));
    const int memberRole = int(access.roles.indexOf(QStringLiteral("member")));
    // Rows: the people who reach at least one project, by name as the person's language sorts.
    for (int p = 0; p < access.people.size(); ++p) {
        if (!access.entriesOfPerson.at(p).isEmpty())
            matrix.m_rowPerson.append(p);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QVector<QString> labels(access.people.size());
    for (const int p : std::as_const(matrix.m_rowPerson)) {
        const OrganizationAccess::Person &person = access.people.at(p);
        labels[p] = !person.name.isEmpty() ? person.name : !person.email.isEmpty() ? person.email : person.id;
    }
    std::stable_sort(matrix.m_rowPerson.begin(), matrix.m_rowPerson.end(),
                     [&](int l, int r) { return collator.compare(labels.at(l), labels.at(r)) < 0; });

    matrix.m_rowStart.reserve(matrix.m_rowPerson.size() + 1);
    for (const int person : std::as_const(matrix.m_rowPerson)) {
        const int first = int(matrix.m_cells.size());
        matrix.m_rowStart.append(first);
        // A person's entries come project by project: one cell per run of one project.
        for (const int e : access.entriesOfPerson.at(person)) {
            const AccessEntry &entry = access.entries.at(e);
            if (matrix.m_cells.size() == first || matrix.m_cells.constLast().project != entry.project)
                matrix.m_cells.append({entry.project, NoAccess});
            quint8 &cell = matrix.m_cells.last().cell;
            if (entry.viaGroup >= 0)
                cell |= ViaGroup;
            else
                cell = quint8((cell & ViaGroup)
                              | (entry.role == ownerRole ? DirectOwner
                                 : entry.role == memberRole ? DirectMember : DirectOther));
        }
    }
    matrix.m_rowStart.append(int(matrix.m_cells.size()));
    return matrix;
}

quint8 AccessMatrix::cell(int row, int project) const
{
    if (row < 0 || row >= m_rowPerson.size())
        return NoAccess;
    const auto first = m_cells.cbegin() + m_rowStart.at(row);
    const auto last = m_cells.cbegin() + m_rowStart.at(row + 1);
    const auto it = std::lower_bound(first, last, project);
    return it != last && it->project == project ? it->cell : quint8(NoAccess);
}
