// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QThread>
#include <QVector>

#include <algorithm>

// How the proxy splits work over many rows among the cores.
namespace RowRanges {

// Below this many rows one thread is quick enough; above it, the rows are split among the
// cores (a keystroke over 100 000 rows, the first sort of a text column).
constexpr int ParallelRows = 8192;

// Consecutive row ranges, a few per thread so that a slow range does not hold the rest up.
inline QVector<QPair<int, int>> split(int first, int end)
{
    const int count = end - first;
    const int pieces = std::max(1, std::min(count / 2048, QThread::idealThreadCount() * 4));
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < pieces; ++i)
        ranges.append({first + int(qint64(count) * i / pieces), first + int(qint64(count) * (i + 1) / pieces)});
    return ranges;
}

} // namespace RowRanges
