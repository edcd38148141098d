// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexspread.h"

#include "demodata.h"

#include <numeric>

namespace {

// The inverse of a modulo m, for a coprime to m (extended Euclid).
qint64 inverseOf(qint64 a, qint64 m)
{
    qint64 t = 0, newT = 1, r = m, newR = a;
    while (newR != 0) {
        const qint64 q = r / newR;
        t = std::exchange(newT, t - q * newT);
        r = std::exchange(newR, r - q * newR);
    }
    return t < 0 ? t + m : t;
}

} // namespace

IndexSpread::IndexSpread(quint32 salt, int size)
    : m_size(std::max(size, 1))
{
    m_offset = qint64(DemoData::mix(salt) % quint64(m_size));
    // An affine map a*x+b (mod size) is one-to-one when a is coprime to size.
    m_stride = qint64(DemoData::mix(salt ^ 0x51ed27U) % quint64(m_size)) | 1;
    while (std::gcd(m_stride, m_size) != 1)
        m_stride = (m_stride + 2) % m_size;
    if (m_size == 1)
        m_stride = 0;
    m_inverse = m_size == 1 ? 0 : inverseOf(m_stride, m_size);
}

int IndexSpread::at(int position) const
{
    return int((m_offset + qint64(position) % m_size * m_stride) % m_size);
}

int IndexSpread::positionOf(int member) const
{
    if (member < 0 || member >= m_size)
        return -1;
    return int(((member - m_offset + m_size) % m_size) * m_inverse % m_size);
}
