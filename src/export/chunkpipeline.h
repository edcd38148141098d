// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/workerpool.h"

#include <QFuture>
#include <QQueue>

// Chunks of an export made ready on WorkerPool, several at once, and written in the order they
// were given on the caller's thread (a file is written by one thread). A writer keeps one:
//   m_chunks.prepare([rows] { return format(rows); });
//   return m_chunks.writeAllBut(ChunkPipeline<Ready>::Ahead, [this](Ready &&ready) { return write(ready); });
template<typename Ready>
class ChunkPipeline
{
public:
    // Chunks to leave preparing while the writer goes on: enough that each of the pool's threads
    // has the next at hand when it finishes one, few enough that little is held in memory.
    static constexpr qsizetype Ahead = 4;

    ChunkPipeline() = default;
    ChunkPipeline(const ChunkPipeline &) = delete;
    ChunkPipeline &operator=(const ChunkPipeline &) = delete;
    // A task still running reads the table's cells: it is waited for.
    ~ChunkPipeline() { drop(); }

    template<typename Prepare>
    void prepare(Prepare &&prepare)
    {
        m_chunks.enqueue(WorkerPool::run(std::forward<Prepare>(prepare)));
    }

    // Writes the oldest chunks, each once ready, until `keep` are left; at the first write that
    // fails, drops the rest and returns false.
    template<typename Write>
    bool writeAllBut(qsizetype keep, Write &&write)
    {
        while (m_chunks.size() > keep) {
            if (!write(m_chunks.dequeue().takeResult())) {
                drop();
                return false;
            }
        }
        return true;
    }

    void drop()
    {
        for (QFuture<Ready> &chunk : m_chunks)
            chunk.waitForFinished();
        m_chunks.clear();
    }

private:
    QQueue<QFuture<Ready>> m_chunks;
};
