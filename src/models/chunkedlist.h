// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runinturns.h"

#include <QVector>

#include <algorithm>
#include <memory>

// A list that grows a chunk at a time. Appending never moves what is there: a QVector of 100 000
// records moved them all (3.5 ms at 40 000, 7 ms at 80 000) in the turn of the page that outgrew
// it. A copy shares the chunks, so appending to the list while a copy is read (an export, a
// ranking on a worker) copies at most the last chunk, not the list.
template<typename T>
class ChunkedList
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const T &at(qsizetype i) const { return m_chunks.at(i / ChunkSize)->at(i % ChunkSize); }

    void append(T value)
    {
        if (m_size % ChunkSize == 0) {
            m_chunks.append(newChunk());
        } else if (m_chunks.last().use_count() > 1) {
            auto own = newChunk();
            own->append(*m_chunks.last());
            m_chunks.last() = std::move(own);
        }
        m_chunks.last()->append(std::move(value));
        ++m_size;
    }

    // Drops up to `count` items from the end; returns how many it dropped. The items of a chunk
    // that a copy still shares are that copy's to free, so the chunk goes whole, for nothing.
    qsizetype removeLast(qsizetype count)
    {
        qsizetype removed = 0;
        while (removed < count && !m_chunks.isEmpty()) {
            std::shared_ptr<QVector<T>> &last = m_chunks.last();
            const qsizetype dropped = last.use_count() > 1 ? last->size() : std::min(count - removed, last->size());
            if (dropped == last->size())
                m_chunks.removeLast();
            else
                last->resize(last->size() - dropped);
            removed += dropped;
            m_size -= dropped;
        }
        return removed;
    }

    // Empties this at once and frees the items a few hundred at a time from the next turn of the
    // event loop on (runInTurns): freeing 100 000 strings touches every one.
    void releaseInTurns(const QObject *context)
    {
        if (m_size == 0)
            return;
        auto released = std::make_shared<ChunkedList>(std::exchange(*this, {}));
        runInTurns(context, [released] {
            released->removeLast(ReleaseStep);
            return !released->isEmpty();
        });
    }

private:
    static constexpr qsizetype ChunkSize = 4096;
    static constexpr qsizetype ReleaseStep = 256;

    static std::shared_ptr<QVector<T>> newChunk()
    {
        auto chunk = std::make_shared<QVector<T>>();
        chunk->reserve(ChunkSize);
        return chunk;
    }

    QVector<std::shared_ptr<QVector<T>>> m_chunks;
    qsizetype m_size = 0;
};
