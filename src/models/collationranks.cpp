// SPDX-License-Identifier: GPL-3.0-or-later
#include "collationranks.h"

#include "modelroles.h"
#include "columntablemodel.h"
#include "rowranges.h"
#include "tablecells.h"
#include "api/workerpool.h"

#include <QThreadPool>

#include <algorithm>

CollationRanks::CollationRanks(const QCollator &collator)
    : m_collator(collator)
{
}

void CollationRanks::clear()
{
    m_ranks = {};
    m_isNull = {};
    m_order = {};
    m_fresh = {};
    m_texts.releaseInTurns(nullptr);
    m_notedRows = 0;
    m_column = -1;
    m_model = nullptr;
    m_paged = nullptr;
    ++m_generation;
}

QString CollationRanks::text(int row) const
{
    if (m_paged)
        return m_paged->rawText(row, m_column);
    return m_model->index(row, m_column).data(ModelRoles::RawRole).toString();
}

void CollationRanks::update(const QAbstractItemModel *model, int column, int rows)
{
    if (model == m_model && column == m_column && rows - rankedRows() < RowRanges::ParallelRows && rankAppended(rows))
        return;
    clear();
    m_model = model;
    m_paged = qobject_cast<const ColumnTableModel *>(model);
    m_column = column;
    rankAll(rows);
}

QCollator CollationRanks::collatorLike(const QCollator &collator)
{
    // A copy of a QCollator shares its state, which is not to be used from two threads at once.
    QCollator own(collator.locale());
    own.setCaseSensitivity(collator.caseSensitivity());
    own.setNumericMode(collator.numericMode());
    return own;
}

QFuture<CollationRanks::Ranked> CollationRanks::rankAppendedAsync(const QAbstractItemModel *model, int column, int rows)
{
    if (model != m_model || column != m_column || rankedRows() == 0 || rows <= rankedRows()
        || rows - rankedRows() >= RowRanges::ParallelRows)
        return {};
    noteRows(rows);
    // Copies that share the vectors: this thread's ranks stay as they are until adopt().
    Ranked ranked{m_generation, rankedRows(), rows, false, m_ranks, m_isNull, m_order};
    QVector<Fresh> fresh = takeFresh(rows);
    return WorkerPool::run([ranked = std::move(ranked), fresh = std::move(fresh), texts = m_texts,
                            collator = collatorLike(m_collator)]() mutable {
        ranked.ok = placeFresh(std::move(fresh), ranked.rows, texts, collator, ranked.ranks, ranked.isNull, ranked.order);
        return ranked;
    });
}

bool CollationRanks::adopt(Ranked &&ranked)
{
    if (ranked.generation != m_generation || ranked.fromRows != rankedRows())
        return false;
    if (!ranked.ok) {
        // A gap too narrow to split: every row is ranked anew next time.
        clear();
        return false;
    }
    // Moved in, not shared: a vector another owner still shared would be copied whole (100 000
    // ranks, order and flags) by the next write on this thread.
    m_ranks = std::move(ranked.ranks);
    m_isNull = std::move(ranked.isNull);
    m_order = std::move(ranked.order);
    return true;
}

void CollationRanks::noteRows(int count)
{
    for (int row = m_notedRows; row < count; ++row) {
        QString value = text(row);
        m_texts.append(value);
        if (!value.isNull())
            m_fresh.append({row, std::move(value), {}});
    }
    m_notedRows = std::max(m_notedRows, count);
}

template<typename TextAt>
CollationRanks::Ranking CollationRanks::rankRows(const TextAt &textAt, int count, const QCollator &collator, bool parallel)
{
    // Collation keys for every row, built on every core by collators of their own, one list a
    // range; they live only while the rows are put in order.
    struct Keys { QPair<int, int> range; QVector<QCollatorSortKey> keys; QVector<bool> isNull; QVector<QString> texts; };
    QVector<Keys> pieces;
    for (const QPair<int, int> &range : RowRanges::split(0, count))
        pieces.append({range, {}, {}, {}});
    const auto buildKeys = [&textAt, &collator](Keys &piece) {
        const QCollator own = collatorLike(collator);
        piece.keys.reserve(piece.range.second - piece.range.first);
        piece.texts.reserve(piece.range.second - piece.range.first);
        for (int row = piece.range.first; row < piece.range.second; ++row) {
            const QString value = textAt(row);
            piece.isNull.append(value.isNull());
            piece.keys.append(own.sortKey(value));
            piece.texts.append(value);
        }
    };
    if (parallel && count >= RowRanges::ParallelRows)
        WorkerPool::blockingMap(pieces, buildKeys);
    else
        std::for_each(pieces.begin(), pieces.end(), buildKeys);
    Ranking ranking;
    QVector<QCollatorSortKey> keys;
    keys.reserve(count);
    ranking.isNull.reserve(count);
    for (const Keys &piece : std::as_const(pieces)) {
        keys.append(piece.keys);
        ranking.isNull.append(piece.isNull);
        for (const QString &value : piece.texts)
            ranking.texts.append(value);
    }
    pieces.clear();

    // Present values in key order (missing ones are not ranked: they sort last anyway), two
    // halves sorted on their own cores, then merged.
    QVector<int> &order = ranking.order;
    for (int row = 0; row < count; ++row) {
        if (!ranking.isNull.at(row))
            order.append(row);
    }
    const auto keyLess = [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; };
    const auto middle = order.begin() + order.size() / 2;
    const QVector<QPair<QVector<int>::iterator, QVector<int>::iterator>> halves = {{order.begin(), middle},
                                                                                   {middle, order.end()}};
    WorkerPool::blockingMap(halves, [&keyLess](const auto &half) { std::sort(half.first, half.second, keyLess); });
    std::inplace_merge(order.begin(), middle, order.end(), keyLess);

    // Equal keys share a rank, so that comparing ranks is comparing values.
    ranking.ranks.fill(0, count);
    double rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && keyLess(order.at(i - 1), order.at(i)))
            ++rank;
        ranking.ranks[order.at(i)] = rank;
    }
    return ranking;
}

QFuture<CollationRanks::Ranking> CollationRanks::rankAllAsync(const ColumnTableModel *model,
                                                               std::shared_ptr<const TableCells> cells, int column,
                                                               int rows) const
{
    return WorkerPool::run([generation = m_generation, model, cells = std::move(cells), column, rows,
                            collator = collatorLike(m_collator)] {
        // This thread mostly waits for the pool's others here: it lends them its place meanwhile,
        // or two rankings waiting on every thread there is would wait for ever.
        QThreadPool *pool = WorkerPool::instance();
        pool->releaseThread();
        Ranking ranking = rankRows([&cells, column](int row) -> const QString & { return cells->text(row, column); }, rows,
                                   collator, true);
        pool->reserveThread();
        ranking.generation = generation;
        ranking.model = model;
        ranking.column = column;
        return ranking;
    });
}

bool CollationRanks::adoptAll(Ranking &&ranking)
{
    if (ranking.generation != m_generation)
        return false;
    clear();
    m_model = ranking.model;
    m_paged = qobject_cast<const ColumnTableModel *>(ranking.model);
    m_column = ranking.column;
    takeRows(std::move(ranking));
    return true;
}

void CollationRanks::takeRows(Ranking &&ranking)
{
    m_texts.releaseInTurns(nullptr);
    m_notedRows = int(ranking.ranks.size());
    m_ranks = std::move(ranking.ranks);
    m_isNull = std::move(ranking.isNull);
    m_order = std::move(ranking.order);
    m_texts = std::move(ranking.texts);
}

void CollationRanks::rankAll(int count)
{
    // Read from the model's cells where it offers them: a cell through rawText() costs a QVariant.
    Ranking ranking;
    if (const std::shared_ptr<const TableCells> cells = m_paged ? m_paged->cells() : nullptr) {
        const int column = m_column;
        ranking = rankRows([&cells, column](int row) -> const QString & { return cells->text(row, column); }, count,
                           m_collator, true);
    } else {
        // A worker may read a ColumnTableModel (this thread waits); any other model only here.
        ranking = rankRows([this](int row) { return text(row); }, count, m_collator, m_paged != nullptr);
    }
    ++m_generation;
    takeRows(std::move(ranking));
}

QVector<CollationRanks::Fresh> CollationRanks::takeFresh(int count)
{
    const auto end = std::partition_point(m_fresh.begin(), m_fresh.end(), [count](const Fresh &item) { return item.row < count; });
    QVector<Fresh> taken(std::make_move_iterator(m_fresh.begin()), std::make_move_iterator(end));
    m_fresh.erase(m_fresh.begin(), end);
    return taken;
}

bool CollationRanks::rankAppended(int count)
{
    noteRows(count);
    return placeFresh(takeFresh(count), count, m_texts, m_collator, m_ranks, m_isNull, m_order);
}

bool CollationRanks::placeFresh(QVector<Fresh> fresh, int count, const Texts &texts, const QCollator &collator,
                                QVector<double> &ranks, QVector<bool> &isNull, QVector<int> &order)
{
    // Missing values are not ranked; they sort last.
    isNull.resize(count, true);
    ranks.resize(count, 0);
    for (const Fresh &item : std::as_const(fresh))
        isNull[item.row] = false;
    if (fresh.isEmpty())
        return true;
    // The new rows in order first, by their collation keys (one key a row costs less than the
    // comparisons of a sort); then each one's place is searched for from the last one's on.
    for (Fresh &item : fresh)
        item.key = collator.sortKey(item.text);
    const auto keyCompare = [](const Fresh &a, const Fresh &b) { return a.key->compare(*b.key); };
    std::stable_sort(fresh.begin(), fresh.end(), [&](const Fresh &a, const Fresh &b) { return keyCompare(a, b) < 0; });
    qsizetype from = 0;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        Fresh &item = fresh[i];
        // The first ranked row not before the item, searched for from the last item's place on:
        // leaps of the gap expected between two places (the rows left over the items left),
        // doubling, then halving the last leap: about log2(gap) + 2 collations (some 150 ns each)
        // over distinct names, where leaps starting at one row take up to 2 log2(gap); over the
        // demo's names, which repeat, 7.2 a name against 7.5. The collation at the place found
        // says whether that row's value is the item's: none is made again.
        const auto compareAt = [&](qsizetype at) { return collator.compare(texts.at(order.at(at)), item.text); };
        qsizetype low = from;
        qsizetype high = order.size();
        int atHigh = 1; // not equal, unless collated
        bool highKnown = false;
        for (qsizetype step = std::max<qsizetype>(1, (high - low) / (fresh.size() - i)); low + step - 1 < high; step *= 2) {
            const qsizetype probe = low + step - 1;
            const int side = compareAt(probe);
            if (side >= 0) {
                high = probe;
                atHigh = side;
                highKnown = true;
                break;
            }
            low = probe + 1;
        }
        while (low < high) {
            const qsizetype middle = (low + high) / 2;
            const int side = compareAt(middle);
            if (side < 0) {
                low = middle + 1;
            } else {
                high = middle;
                atHigh = side;
                highKnown = true;
            }
        }
        item.place = from = low;
        item.equal = highKnown && atHigh == 0; // `high` moved only to a row collated: it is `low`
    }

    // Rows that share a place take ranks spread evenly over the gap before it (equal values, one
    // rank), or the rank of the row there when equal to it.
    for (qsizetype first = 0; first < fresh.size();) {
        const qsizetype place = fresh.at(first).place;
        qsizetype end = first;
        int values = 0;
        for (; end < fresh.size() && fresh.at(end).place == place; ++end) {
            if (!fresh.at(end).equal && (end == first || keyCompare(fresh.at(end - 1), fresh.at(end)) != 0))
                ++values;
        }
        const double before = place > 0 ? ranks.at(order.at(place - 1)) : -1.0;
        const double after = place < order.size() ? ranks.at(order.at(place)) : before + values + 1;
        int value = 0;
        double previous = before;
        for (qsizetype i = first; i < end; ++i) {
            Fresh &item = fresh[i];
            double rank;
            if (item.equal) {
                rank = after;
            } else {
                if (i == first || keyCompare(fresh.at(i - 1), item) != 0)
                    ++value;
                rank = before + (after - before) * value / (values + 1);
                if (!(rank >= previous && rank > before && rank < after))
                    return false;
            }
            previous = rank;
            ranks[item.row] = rank;
        }
        first = end;
    }

    // One merge of the page into the rank order: the ranked rows are copied once.
    QVector<int> merged(order.size() + fresh.size());
    auto out = merged.begin();
    auto copied = order.cbegin();
    for (const Fresh &item : std::as_const(fresh)) {
        out = std::copy(copied, order.cbegin() + item.place, out);
        copied = order.cbegin() + item.place;
        *out++ = item.row;
    }
    std::copy(copied, order.cend(), out);
    order = std::move(merged);
    return true;
}
