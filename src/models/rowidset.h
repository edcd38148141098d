// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <array>

// The ids of a listing's rows, so that a row the server sends twice is dropped. Held as 64 sets,
// an id's hash choosing one: a single QSet moves every id each time it doubles its table (12 ms
// at 65 536 ids, on the GUI thread, in the turn of the page that crossed it), while one of 64
// grows in a 64th of that time.
class RowIdSet
{
public:
    // Adds `id`; false when it was there already.
    bool insert(const QString &id)
    {
        QSet<QString> &shard = m_shards[qHash(id) % Shards];
        const qsizetype before = shard.size();
        shard.insert(id);
        if (shard.size() == before)
            return false;
        ++m_size;
        return true;
    }
    bool contains(const QString &id) const { return m_shards[qHash(id) % Shards].contains(id); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Removes up to `count` ids, whichever come first, and returns how many: a long set is freed
    // a slice at a time. Only for a set that is being emptied: it takes no ids after this.
    qsizetype eraseSome(qsizetype count)
    {
        qsizetype erased = 0;
        for (; m_emptied < Shards && erased < count; ++m_emptied) {
            QSet<QString> &shard = m_shards[m_emptied];
            for (auto id = shard.cbegin(); erased < count && id != shard.cend(); ++erased)
                id = shard.erase(id);
            if (!shard.isEmpty())
                break;
            // Its table too: a set's first id is looked for through every slot of its table.
            shard = QSet<QString>();
        }
        m_size -= erased;
        return erased;
    }

private:
    static constexpr size_t Shards = 64;
    std::array<QSet<QString>, Shards> m_shards;
    qsizetype m_size = 0;
    size_t m_emptied = 0; // the shards before it are empty: eraseSome() starts there
};
