// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A fixed, random-looking one-to-one order of the numbers 0..size-1, computed rather than stored:
// at(position) is the member at a position, positionOf(member) the way back. The demo organization
// draws a project's users or a group's members from the first positions of one spread over its
// people, so a project of 100 000 users costs no memory and a cursor is found again in O(1).
class IndexSpread
{
public:
    IndexSpread(quint32 salt, int size);

    int at(int position) const;
    int positionOf(int member) const;

private:
    qint64 m_size = 1;
    qint64 m_offset = 0;
    qint64 m_stride = 1;
    qint64 m_inverse = 1; // m_stride * m_inverse = 1 (mod m_size)
};
