// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/recordpage.h"
#include "chunkedlist.h"
#include "pagedtablemodel.h"
#include "recordcells.h"
#include "rowidset.h"
#include "runinturns.h"

#include <QJsonObject>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <any>
#include <memory>
#include <utility>

// A PagedTableModel over one record type (ProjectUser, ProjectGroup, ...): each page's items are
// read with Record::fromJson on the worker that parses it (RecordPage); the model counts the
// unreadable, drops rows it already has, and inserts the rest in one block.
template<typename Record>
class RecordTableModel : public PagedTableModel
{
public:
    RecordTableModel(ApiClient *client, const ListingQuery &query, QObject *parent = nullptr)
        : PagedTableModel(client, query, parent)
    {
        setItemReader(RecordPage<Record>::reader());
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const Record &record(int row) const { return m_rows.at(row); }

    std::shared_ptr<const TableCells> cells() const override
    {
        const typename RecordCells<Record>::Readers readers = cellReaders();
        if (!readers.text || !readers.seconds)
            return {};
        return std::make_shared<RecordCells<Record>>(m_rows, readers, columnCount());
    }

protected:
    // How cells() reads a record's cells without the model; none by default.
    virtual typename RecordCells<Record>::Readers cellReaders() const { return {}; }
    // The identity of a row: what makes a repeat a repeat.
    virtual QString idOf(const Record &record) const = 0;
    // A chance to share repeated short strings (roles, types) between rows.
    virtual void compact(Record &) {}

    // Returns one shared copy of a short, often repeated string.
    QString shared(const QString &word)
    {
        auto it = m_words.constFind(word);
        if (it != m_words.constEnd())
            return *it;
        if (m_words.size() < 64)
            m_words.insert(word);
        return word;
    }

    void appendItems(const std::any &readItems) override
    {
        const RecordPage<Record> *page = RecordPage<Record>::of(readItems);
        Q_ASSERT_X(page, "RecordTableModel::appendItems", "a page without its records");
        if (!page)
            return;
        QVector<Record> fresh;
        fresh.reserve(page->records.size());
        const int skipped = page->unreadable;
        int duplicates = 0;
        for (const Record &record : page->records) {
            if (!m_ids.insert(idOf(record))) {
                ++duplicates;
                continue;
            }
            fresh.append(record);
            compact(fresh.last());
        }
        countSkipped(skipped);
        countDuplicates(duplicates);
        if (!fresh.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            for (Record &record : fresh)
                m_rows.append(std::move(record));
            endInsertRows();
        }
        if (skipped || duplicates)
            Q_EMIT stateChanged();
    }

    void clearRows() override
    {
        if (m_rows.size() <= ReleaseSlice) {
            m_ids = {};
            m_rows = {};
            return;
        }
        // Freeing 100 000 rows, a string at a time, would hold the window some 50 ms on a reload
        // (freed on a pool thread, they kept the GUI thread from a turn for ~30 ms), and the ids'
        // set alone some 6 ms: both go a few hundred at a time from the next turn on, on the
        // thread's one budget for such work, so a reload's first request goes out before anything
        // is freed. Rows shared with cells() still being read (an export) are freed by whoever
        // reads them last.
        m_rows.releaseInTurns(this);
        auto ids = std::make_shared<RowIdSet>(std::exchange(m_ids, {}));
        runInTurns(this, [ids] {
            ids->eraseSome(ReleaseStep);
            return !ids->isEmpty();
        });
    }

private:
    static constexpr int ReleaseSlice = 4096; // fewer rows than this are freed at once
    static constexpr int ReleaseStep = 256;

    ChunkedList<Record> m_rows;
    RowIdSet m_ids;
    QSet<QString> m_words;
};
