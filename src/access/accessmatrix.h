// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

class OrganizationAccess;

// The access matrix laid out: the people who reach at least one project, in the order their
// names sort, and for each the cells that exist (a 10 000 x 500 matrix costs only those).
// Laid out with the rest of OrganizationAccess on the worker, so the window only swaps it in.
class AccessMatrix
{
public:
    // What a cell holds: a direct role in the low bits, ViaGroup or'ed in.
    enum Cell : quint8 {
        NoAccess = 0,
        DirectOwner = 1,
        DirectMember = 2,
        DirectOther = 3, // a custom or unknown role
        DirectMask = 3,
        ViaGroup = 4,
    };

    static AccessMatrix layOut(const OrganizationAccess &access);

    int rowCount() const { return int(m_rowPerson.size()); }
    // The person shown on `row` (an index into OrganizationAccess::people), -1 outside.
    int personAt(int row) const { return m_rowPerson.value(row, -1); }
    quint8 cell(int row, int project) const;

private:
    struct CellEntry
    {
        int project;
        quint8 cell;
        bool operator<(int p) const { return project < p; }
    };

    QVector<int> m_rowPerson;      // by name
    QVector<int> m_rowStart;       // row r's cells are m_cells[m_rowStart[r], m_rowStart[r + 1])
    QVector<CellEntry> m_cells;    // row by row, each row sorted by project
};
