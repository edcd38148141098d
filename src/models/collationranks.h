// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkedlist.h"

#include <QCollator>
#include <QFuture>
#include <QVector>

#include <memory>
#include <optional>

class QAbstractItemModel;
class ColumnTableModel;
class TableCells;

// One text column's rows ranked in collation order (equal values, equal ranks): sorting 100 000
// names then compares two numbers instead of collating two strings, some 1.7 million times, and
// holds 13 bytes a row instead of a collation key. Rows appended since the last update are ranked
// between their neighbours in one merge; any other change to the rows needs clear().
class CollationRanks
{
public:
    explicit CollationRanks(const QCollator &collator);

    // The column ranked, or -1.
    int column() const { return m_column; }
    int rankedRows() const { return int(m_ranks.size()); }
    // Ranks the first `rows` rows of `column` of the flat `model`: every row afresh when the column
    // is another or many rows are new (collation keys built on all cores for a ColumnTableModel),
    // else the appended rows only.
    void update(const QAbstractItemModel *model, int column, int rows);

    // The appended rows' ranks, worked out on a worker from the ranks as they were, for adopt()
    // to take on this thread.
    struct Ranked
    {
        quint64 generation = 0;
        int fromRows = 0; // rankedRows() when it started
        int rows = 0;     // rankedRows() once taken
        bool ok = false;
        QVector<double> ranks;
        QVector<bool> isNull;
        QVector<int> order;
    };
    // Starts ranking the rows appended to `model` up to `rows` on a worker, when update() would
    // rank them as appended rows; else an invalid future.
    QFuture<Ranked> rankAppendedAsync(const QAbstractItemModel *model, int column, int rows);
    // Takes a finished ranking; false when the ranks changed meanwhile (cleared, or ranked anew),
    // and then its rows are ranked again by the next update().
    bool adopt(Ranked &&ranked);

    // Every row of a column ranked afresh, worked out on a worker for adoptAll() to take on this
    // thread.
    struct Ranking
    {
        quint64 generation = 0; // the ranks' generation when it started
        const QAbstractItemModel *model = nullptr;
        int column = -1;
        QVector<double> ranks; // by row, for every row ranked
        QVector<bool> isNull;
        QVector<int> order;
        ChunkedList<QString> texts;
    };
    // Starts ranking the first `rows` rows of `column` of `model` afresh on the workers, from
    // `cells`, the model's as they are now: the model may go on growing meanwhile.
    QFuture<Ranking> rankAllAsync(const ColumnTableModel *model, std::shared_ptr<const TableCells> cells, int column,
                                  int rows) const;
    // Takes a finished ranking in place of the ranks there are; false when they were cleared or
    // ranked anew since it started.
    bool adoptAll(Ranking &&ranking);
    void clear();

    // By row: each one's rank, and whether its value is missing (a null name, which has no rank).
    const QVector<double> &ranks() const { return m_ranks; }
    const QVector<bool> &nulls() const { return m_isNull; }

private:
    // The column's values by row, ranked or noted, shared with a ranking on a worker: a value
    // appended meanwhile copies at most the last chunk, never the column.
    using Texts = ChunkedList<QString>;

    // A row appended since the last update, with a value. Its collation key is built where it is
    // placed, on a worker for a page: a thousand names' keys took the window's thread 1 to 3 ms.
    struct Fresh
    {
        int row;
        QString text;
        std::optional<QCollatorSortKey> key; // built by placeFresh()
        qsizetype place = 0;   // the first ranked row (in m_order) not before it
        bool equal = false;    // that row's value is this one's
    };

    QString text(int row) const;
    // A collator with `collator`'s settings and state of its own, for another thread.
    static QCollator collatorLike(const QCollator &collator);
    void rankAll(int count);
    // Ranks rows 0 to `count` - 1 of a column whose values textAt(row) gives, collating like
    // `collator`; on all cores when `parallel` (textAt is then called from several threads).
    // Touches nothing else: a worker may run it.
    template<typename TextAt>
    static Ranking rankRows(const TextAt &textAt, int count, const QCollator &collator, bool parallel);
    // Takes `ranking`'s rows in place of those ranked.
    void takeRows(Ranking &&ranking);
    // Notes the rows from m_notedRows up to `count`: their values, and into m_fresh.
    void noteRows(int count);
    // The noted rows before `count`, out of m_fresh.
    QVector<Fresh> takeFresh(int count);
    // False when some gap between two ranks is too narrow for a double to split: rank afresh.
    bool rankAppended(int count);
    // Places `fresh` (rows from ranks.size() up to `count`) among the ranked rows, whose values
    // `texts` holds, collating with `collator`. Touches nothing else: a worker may run it.
    static bool placeFresh(QVector<Fresh> fresh, int count, const Texts &texts, const QCollator &collator,
                           QVector<double> &ranks, QVector<bool> &isNull, QVector<int> &order);

    QCollator m_collator;
    const QAbstractItemModel *m_model = nullptr;
    const ColumnTableModel *m_paged = nullptr; // m_model when it is one: read without an index
    int m_column = -1;
    QVector<double> m_ranks;  // by row
    QVector<bool> m_isNull;   // by row
    QVector<int> m_order;     // rows with a value, in rank order
    QVector<Fresh> m_fresh;   // rows after the ranked ones, noted, in row order
    Texts m_texts;            // by row, up to m_notedRows
    int m_notedRows = 0;      // the rows ranked or noted
    quint64 m_generation = 0; // counts clear() and rankAll(): a ranking started before either is stale
};
