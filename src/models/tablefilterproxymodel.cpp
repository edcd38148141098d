// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "columntablemodel.h"
#include "pagedtablemodel.h"
#include "rowranges.h"
#include "tablecells.h"
#include "api/workerpool.h"

#include <QFutureWatcher>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace {

// Rows sorted by a text column's collation ranks: missing values (null names, emails) after
// every present one, in either direction; equal values in the source's order, reversed with the
// sort (as a reversed stable sort).
struct RankOrder
{
    const QVector<double> &ranks;
    const QVector<bool> &isNull;
    bool ascending;

    bool operator()(int a, int b) const
    {
        const bool aNull = isNull.at(a);
        if (aNull != isNull.at(b))
            return !aNull;
        if (!aNull && ranks.at(a) != ranks.at(b))
            return ascending == (ranks.at(a) < ranks.at(b));
        return ascending == (a < b);
    }
};

// Where each of `fresh` (in the order `less`) goes among `rows`: the index of the first row it precedes.
template <typename Less>
QVector<qsizetype> placesAmong(const QVector<int> &rows, const QVector<int> &fresh, const Less &less)
{
    QVector<qsizetype> places;
    places.reserve(fresh.size());
    qsizetype from = 0;
    for (const int row : fresh) {
        from = std::upper_bound(rows.cbegin() + from, rows.cend(), row, less) - rows.cbegin();
        places.append(from);
    }
    return places;
}

// Rows 0 to `values`' size - 1 in the order of their values; equal values in the source's order,
// reversed with the sort (as a reversed stable sort).
QVector<int> rowsByValue(const QVector<qint64> &values, bool ascending)
{
    QVector<int> rows(values.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&values, ascending](int a, int b) {
        if (values.at(a) != values.at(b))
            return ascending == (values.at(a) < values.at(b));
        return ascending == (a < b);
    });
    return rows;
}

// Rows 0 to `count` - 1 in the order of their ranks (RankOrder).
QVector<int> rowsByRank(const QVector<double> &ranks, const QVector<bool> &isNull, bool ascending, int count)
{
    QVector<int> rows(count);
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), RankOrder{ranks, isNull, ascending});
    return rows;
}

// Sets the stop flag of work running on the workers and lets go of it: the work's result, when it
// comes, is known for stopped by a flag that is no longer the one held.
void stopWork(std::shared_ptr<std::atomic<bool>> &cancelled)
{
    if (cancelled) {
        cancelled->store(true, std::memory_order_relaxed);
        cancelled.reset();
    }
}

// The rows of `rows` that `accepted` lets through, in their order; `rows` holds every row that
// `accepted` covers (sorted or not), which sizes the result in one pass over `accepted`.
QVector<int> acceptedOf(const QVector<int> &rows, const QVector<char> &accepted)
{
    QVector<int> kept;
    // Sized once: growing by appends would copy the rows a dozen times over a big table.
    kept.reserve(std::count(accepted.cbegin(), accepted.cbegin() + std::min(accepted.size(), rows.size()), char(1)));
    for (const int row : rows) {
        if (accepted.at(row))
            kept.append(row);
    }
    return kept;
}

QVector<int> mergedAt(const QVector<int> &rows, const QVector<int> &fresh, const QVector<qsizetype> &places)
{
    QVector<int> merged(rows.size() + fresh.size());
    auto out = merged.begin();
    auto copied = rows.cbegin();
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        out = std::copy(copied, rows.cbegin() + places.at(i), out);
        copied = rows.cbegin() + places.at(i);
        *out++ = fresh.at(i);
    }
    std::copy(copied, rows.cend(), out);
    return merged;
}

} // namespace

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent), m_collator(textCollator()), m_ranks(m_collator)
{
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &QTimer::timeout, this, &TableFilterProxyModel::mergeArrivedRowsSoon);
    m_matchTimer.setSingleShot(true);
    connect(&m_matchTimer, &QTimer::timeout, this, &TableFilterProxyModel::matchNextSlice);
}

QCollator TableFilterProxyModel::textCollator()
{
    // The C locale (LANG=C.UTF-8 on many servers and containers) collates by code point, which
    // puts "Ångström" after "Zed". It states no language, so use the Unicode default order
    // instead: English has no tailoring, so its collation is CLDR's root order.
    const QLocale locale;
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_source = source;
    m_paged = qobject_cast<ColumnTableModel *>(source);
    if (source) {
        // Rows appended at the end are merged in; any other change of shape is a reset (the
        // paged models change shape only by appending and by resetting).
        const auto aboutToReshape = [this] {
            if (!m_resetting) {
                m_resetting = true;
                beginResetModel();
            }
        };
        const auto reshaped = [this] {
            if (m_resetting) {
                resetFromSource();
                m_resetting = false;
                endResetModel();
                emitIfSettled();
            }
        };
        const auto atRoot = [](auto handler) {
            return [handler](const QModelIndex &parent) {
                if (!parent.isValid())
                    handler();
            };
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this, aboutToReshape](const QModelIndex &parent, int first) {
                        if (!parent.isValid() && first != m_source->rowCount())
                            aboutToReshape();
                    }),
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [this, reshaped](const QModelIndex &parent) {
                        if (parent.isValid())
                            return;
                        if (m_resetting)
                            reshaped();
                        else
                            noteArrivedRows();
                    }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, atRoot(aboutToReshape)),
            connect(source, &QAbstractItemModel::rowsRemoved, this, atRoot(reshaped)),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, aboutToReshape),
            connect(source, &QAbstractItemModel::rowsMoved, this, reshaped),
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, atRoot(aboutToReshape)),
            connect(source, &QAbstractItemModel::columnsInserted, this, atRoot(reshaped)),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, atRoot(aboutToReshape)),
            connect(source, &QAbstractItemModel::columnsRemoved, this, atRoot(reshaped)),
            connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, aboutToReshape),
            connect(source, &QAbstractItemModel::columnsMoved, this, reshaped),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, aboutToReshape),
            connect(source, &QObject::destroyed, this, [this] { setSourceModel(nullptr); }),
            connect(source, &QAbstractItemModel::modelReset, this, reshaped),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, aboutToReshape),
            connect(source, &QAbstractItemModel::layoutChanged, this, reshaped),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        // A sort being worked out read the old values: the rows are sorted anew.
                        stopSorting();
                        mergeArrivedRows();
                        // Changed values may move rows or change what the filter keeps.
                        relayout([this] {
                            m_ranks.clear();
                            takeRequestedSort();
                            matchAllRows();
                            sortAllRows();
                            collectShownRows();
                        });
                        if (!m_shown.isEmpty())
                            Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()));
                    }),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    [this](Qt::Orientation orientation, int first, int last) {
                        if (orientation == Qt::Horizontal)
                            Q_EMIT headerDataChanged(orientation, first, last);
                        else if (!m_shown.isEmpty())
                            Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
                    }),
        };
        // The last page of a listing (or its failure) shows without waiting for the next merge's
        // turn. Sorted by text, it is still ranked and placed on a worker: placing a thousand
        // names at once would cost the GUI thread some 6 ms among 100 000 rows.
        if (const auto *listing = qobject_cast<PagedTableModel *>(source)) {
            m_sourceConnections.append(connect(listing, &PagedTableModel::stateChanged, this, [this, listing] {
                if (!listing->isComplete() && !listing->hasError())
                    return;
                m_lastRowsDue = true;
                noteArrivedRows();
            }));
        }
    }
    resetFromSource();
    endResetModel();
    emitIfSettled();
}

void TableFilterProxyModel::noteArrivedRows()
{
    if (isSorting())
        return; // they go in once the new order applies
    // Unsorted, the rows go in at the end: a cheap insertion, at once.
    if (m_sortColumn < 0) {
        mergeArrivedRows();
        return;
    }
    // Sorted, each merge costs a pass over the index and a layout of the rows on screen,
    // whatever the rows it brings: the pages that arrive within a tenth of a second go in as one,
    // up to a number of rows that places them in a few milliseconds.
    if (m_rankingPending)
        return; // its end merges, and looks at the rows come meanwhile
    if (m_lastRowsDue || m_source->rowCount() - m_sourceRows >= MergeRows) {
        mergeArrivedRowsSoon();
        return;
    }
    if (!m_mergeTimer.isActive()) {
        const qint64 since = m_sinceMerge.isValid() ? m_sinceMerge.elapsed() : MergeIntervalMs;
        m_mergeTimer.start(int(std::clamp<qint64>(MergeIntervalMs - since, 0, MergeIntervalMs)));
    }
}

void TableFilterProxyModel::mergeArrivedRowsSoon()
{
    m_mergeTimer.stop();
    const int rows = m_source ? m_source->rowCount() : 0;
    if (rows <= m_sourceRows)
        m_lastRowsDue = false;
    if (m_rankingPending || rows <= m_sourceRows)
        return;
    // Keying a thousand names and placing them among 100 000 by collating them costs a few
    // milliseconds, and placing them among the sorted rows by rank another 1 to 2 ms: both on a
    // worker. The GUI thread then takes the merged rows as they are.
    if (m_sortColumn >= 0 && m_sortKind == SortKind::Ranks) {
        QFuture<CollationRanks::Ranked> ranking = m_ranks.rankAppendedAsync(m_source, m_sortColumn, rows);
        if (ranking.isValid()) {
            const bool ascending = m_sortOrder == Qt::AscendingOrder;
            // The ranking is moved out of its future, which then shares none of its vectors.
            m_ranking = WorkerPool::then(ranking, [sorted = m_sorted, ascending](QFuture<CollationRanks::Ranked> done) {
                CollationRanks::Ranked ranked = done.takeResult();
                PlacedRows placed;
                if (ranked.ok) {
                    const RankOrder less{ranked.ranks, ranked.isNull, ascending};
                    placed.fresh.resize(ranked.rows - ranked.fromRows);
                    std::iota(placed.fresh.begin(), placed.fresh.end(), ranked.fromRows);
                    std::sort(placed.fresh.begin(), placed.fresh.end(), less);
                    placed.places = placesAmong(sorted, placed.fresh, less);
                    placed.sorted = mergedAt(sorted, placed.fresh, placed.places);
                }
                placed.ranked = std::move(ranked);
                placed.sortedBefore = sorted;
                return placed;
            });
            m_rankingPending = true;
            const quint64 id = ++m_rankingId;
            auto *watcher = new QFutureWatcher<PlacedRows>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
                watcher->deleteLater();
                if (m_rankingPending && id == m_rankingId && takeRanking())
                    noteArrivedRows();
            });
            watcher->setFuture(m_ranking);
            return;
        }
    }
    mergeArrivedRows();
}

void TableFilterProxyModel::finishRanking()
{
    if (!m_rankingPending)
        return;
    m_ranking.waitForFinished();
    // The rows that came meanwhile are this caller's to merge: a ranking started for them here
    // would take them from the ranks' fresh rows, and the caller's merge would find them missing.
    takeRanking();
}

bool TableFilterProxyModel::takeRanking()
{
    m_rankingPending = false;
    // Taken out of the future (its watcher would otherwise keep a share of the vectors).
    PlacedRows placed = std::exchange(m_ranking, {}).takeResult();
    const int fromRows = placed.ranked.fromRows;
    const int rows = placed.ranked.rows;
    const bool placedStill = m_ranks.adopt(std::move(placed.ranked)) && fromRows == m_sourceRows;
    // Rows that came meanwhile (or, when the ranks changed meanwhile, these too) go in with the
    // next merge.
    const bool more = m_source && m_source->rowCount() > (placedStill ? rows : m_sourceRows);
    if (!more)
        m_lastRowsDue = false; // this merge brings the last rows: the rows shown settle with it
    if (placedStill) {
        mergeAppendedRows(m_sourceRows, rows - 1, &placed);
        m_sinceMerge.start();
        emitIfSettled();
    }
    return more;
}

void TableFilterProxyModel::mergeArrivedRows()
{
    m_mergeTimer.stop();
    if (isSorting())
        return; // the rows go in once the new order applies
    m_lastRowsDue = false;
    finishRanking();
    const int rows = m_source ? m_source->rowCount() : 0;
    if (rows <= m_sourceRows)
        return;
    mergeAppendedRows(m_sourceRows, rows - 1);
    m_sinceMerge.start();
    emitIfSettled();
}

void TableFilterProxyModel::resetFromSource()
{
    m_mergeTimer.stop();
    m_lastRowsDue = false;
    m_rankingPending = false; // what it ranked no longer is: its result is dropped
    m_ranking = {};
    m_ranks.clear();
    takeRequestedSort();
    m_sourceRows = m_source ? m_source->rowCount() : 0;
    m_columns = m_source ? m_source->columnCount() : 0;
    matchAllRows();
    sortAllRows();
    collectShownRows();
}

void TableFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_requested.text)
        return;
    m_requested.text = text;
    m_requested.rebuildPattern();
    refilter();
}

void TableFilterProxyModel::setFilterSyntax(Syntax syntax)
{
    if (syntax == m_requested.syntax)
        return;
    m_requested.syntax = syntax;
    m_requested.rebuildPattern();
    refilter();
}

void TableFilterProxyModel::setCategoryFilter(const QStringList &values, bool exclude)
{
    if (values == m_requested.categories && exclude == m_requested.excludeCategories)
        return;
    m_requested.categories = values;
    m_requested.excludeCategories = exclude;
    refilter();
}

bool TableFilterProxyModel::textMatches(const Filter &filter, const QRegularExpression &pattern, const QString &text)
{
    return filter.syntax == Syntax::Substring ? text.contains(filter.text, Qt::CaseInsensitive)
                                              : pattern.match(text).hasMatch();
}

template<typename TextAt>
bool TableFilterProxyModel::passes(const Filter &filter, const QRegularExpression &pattern,
                                   const QVector<int> &searchColumns, int categoryColumn, const TextAt &textAt)
{
    if ((!filter.categories.isEmpty() || filter.excludeCategories) && categoryColumn >= 0
        && filter.categories.contains(textAt(categoryColumn)) == filter.excludeCategories)
        return false;
    if (filter.text.isEmpty() || !filter.patternError.isEmpty())
        return true;
    for (const int column : searchColumns) {
        if (textMatches(filter, pattern, textAt(column)))
            return true;
    }
    return false;
}

void TableFilterProxyModel::refilter()
{
    mergeArrivedRows();
    stopMatching();
    if (m_paged && m_sourceRows > BackgroundRows && (m_requested.isActive() || m_filter.isActive())) {
        // Each keystroke starts over; the rows shown keep the last filter until this one is done.
        if (!m_requested.isActive() || !matchOnWorker())
            matchNextSlice();
        return;
    }
    // One layout change: removing and inserting the rows range by range would make the view's
    // header handle thousands of ranges over 100 000 rows, each in time linear in the rows.
    relayout([this] {
        matchAllRows();
        collectShownRows();
    });
}

bool TableFilterProxyModel::matchOnWorker()
{
    std::shared_ptr<const TableCells> cells = m_paged->cells();
    if (!cells)
        return false;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_matchCancelled = cancelled;
    // Each range writes its own rows of `accepted`, which outlives the matching however it ends.
    auto accepted = std::make_shared<QVector<char>>(m_sourceRows);
    char *out = accepted->data();
    // Read by the workers: held by their functor until the last one is done. The model is not.
    const auto match = std::make_shared<const RangeMatch>(rangeMatch(m_requested, std::move(cells), nullptr));
    const auto ranges = std::make_shared<const QVector<QPair<int, int>>>(RowRanges::split(0, m_sourceRows));
    QFuture<void> matching = WorkerPool::map(*ranges, [ranges, match, accepted, out, cancelled](const QPair<int, int> &range) {
        // A keystroke after this one stops it within a thousand rows.
        match->run(range, out, cancelled.get());
    });
    struct Matched
    {
        QVector<char> accepted;
        QVector<int> shown;
        QVector<int> shownFrom;
    };
    QFuture<Matched> picking = WorkerPool::then(matching, [accepted, cancelled, sorted = m_sorted](QFuture<void>) {
        Matched matched;
        if (cancelled->load(std::memory_order_relaxed))
            return matched;
        matched.shown = acceptedOf(sorted, *accepted);
        matched.shownFrom = sorted;
        matched.accepted = std::move(*accepted);
        return matched;
    });
    auto *watcher = new QFutureWatcher<Matched>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancelled] {
        watcher->deleteLater();
        if (m_matchCancelled != cancelled)
            return; // stopped: a later keystroke, a reset
        m_matchCancelled.reset();
        Matched matched = watcher->future().takeResult();
        m_nextAccepted = std::move(matched.accepted);
        m_nextShown = std::move(matched.shown);
        m_nextShownFrom = std::move(matched.shownFrom);
        // The rows merged meanwhile, then the rows shown, in turns of their own.
        m_matchTimer.start(0);
    });
    watcher->setFuture(picking);
    return true;
}

void TableFilterProxyModel::stopMatching()
{
    m_matchTimer.stop();
    m_nextAccepted.clear();
    m_nextShown = {};
    m_nextShownFrom = {};
    stopWork(m_matchCancelled);
}

void TableFilterProxyModel::matchNextSlice()
{
    // Rows merged meanwhile were matched against the filter shown; they are matched again here,
    // since the slices run up to the rows there are by then.
    const int first = int(m_nextAccepted.size());
    if (first < m_sourceRows) {
        const int end = std::min(m_sourceRows, first + m_matchSliceRows);
        m_nextAccepted.resize(end);
        QElapsedTimer matching;
        matching.start();
        matchRows(m_requested, first, end, m_nextAccepted.data());
        // A slice of rows is sized to take about the same time whatever the rows: rows read from
        // memory take longer in a big table than in a small one, which the cache holds.
        const qint64 perRowNs = std::max<qint64>(1, matching.nsecsElapsed() / std::max(1, end - first));
        m_matchSliceRows = int(std::clamp<qint64>(MatchSliceNs / perRowNs, MinMatchSliceRows, MaxMatchSliceRows));
        // The rows shown follow the filter in a turn of their own: that layout change walks
        // every row, and the last slice's millisecond would add to it.
        m_matchTimer.start(0);
        return;
    }
    relayout([this] {
        m_filter = m_requested;
        m_accepted = std::exchange(m_nextAccepted, {});
        QVector<int> picked = std::exchange(m_nextShown, {});
        const QVector<int> pickedFrom = std::exchange(m_nextShownFrom, {});
        // The workers' pick holds unless a merge or a sort has replaced m_sorted since.
        if (m_filter.isActive() && pickedFrom.constData() == m_sorted.constData() && pickedFrom.size() == m_sorted.size())
            m_shown = std::move(picked);
        else
            collectShownRows();
    });
}

void TableFilterProxyModel::matchAllRows()
{
    stopMatching();
    m_filter = m_requested;
    m_accepted.resize(m_sourceRows);
    matchRows(m_filter, 0, m_sourceRows, m_accepted.data());
}

void TableFilterProxyModel::matchRows(const Filter &filter, int first, int end, char *accepted) const
{
    if (!filter.isActive()) {
        std::fill(accepted + first, accepted + end, 1);
        return;
    }
    // Read straight from the rows when the model lets them be: a cell through rawText() costs a
    // QVariant, most of the time matching takes.
    const std::shared_ptr<const TableCells> cells = m_paged ? m_paged->cells() : nullptr;
    if (!m_paged || end - first < RowRanges::ParallelRows) {
        for (int row = first; row < end; ++row)
            accepted[row] = acceptsRow(filter, row, filter.pattern, cells.get());
        return;
    }
    // Each worker writes its own range of `accepted`; without cells it reads the model, which
    // does not change while this thread waits.
    const RangeMatch match = rangeMatch(filter, cells, m_paged);
    WorkerPool::blockingMap(RowRanges::split(first, end),
                            [&match, accepted](const QPair<int, int> &range) { match.run(range, accepted); });
}

TableFilterProxyModel::RangeMatch TableFilterProxyModel::rangeMatch(const Filter &filter,
                                                                   std::shared_ptr<const TableCells> cells,
                                                                   const ColumnTableModel *paged) const
{
    RangeMatch match{filter, filter.pattern.pattern(), filter.pattern.patternOptions(), m_paged->searchColumns(),
                     m_paged->categoryColumn(), std::move(cells), paged};
    match.filter.pattern = QRegularExpression(); // each range makes its own
    return match;
}

void TableFilterProxyModel::RangeMatch::run(QPair<int, int> range, char *accepted, const std::atomic<bool> *cancelled) const
{
    const QRegularExpression pattern(patternText, patternOptions);
    for (int row = range.first; row < range.second; ++row) {
        if (cancelled && row % 1024 == 0 && cancelled->load(std::memory_order_relaxed))
            return;
        accepted[row] = cells ? passes(filter, pattern, searchColumns, categoryColumn,
                                       [this, row](int column) -> const QString & { return cells->text(row, column); })
                              : passes(filter, pattern, searchColumns, categoryColumn,
                                       [this, row](int column) { return paged->rawText(row, column); });
    }
}

bool TableFilterProxyModel::acceptsRow(const Filter &filter, int sourceRow, const QRegularExpression &pattern,
                                       const TableCells *cells) const
{
    if (const ColumnTableModel *paged = m_paged) {
        if (cells) {
            return passes(filter, pattern, paged->searchColumns(), paged->categoryColumn(),
                          [cells, sourceRow](int column) -> const QString & { return cells->text(sourceRow, column); });
        }
        return passes(filter, pattern, paged->searchColumns(), paged->categoryColumn(),
                      [paged, sourceRow](int column) { return paged->rawText(sourceRow, column); });
    }
    // Any other model: its filter text, and no categories.
    if (filter.text.isEmpty() || !filter.patternError.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (int column = 0; column < source->columnCount(); ++column) {
        const QVariant value = source->index(sourceRow, column).data(ModelRoles::FilterRole);
        if (value.isValid() && textMatches(filter, pattern, value.toString()))
            return true;
    }
    return false;
}

bool TableFilterProxyModel::Filter::isActive() const
{
    return (!text.isEmpty() && patternError.isEmpty()) || !categories.isEmpty() || excludeCategories;
}

bool TableFilterProxyModel::isFiltering() const
{
    return m_requested.isActive();
}

bool TableFilterProxyModel::isSourceComplete() const
{
    return m_paged && m_paged->isComplete();
}

void TableFilterProxyModel::Filter::rebuildPattern()
{
    patternError.clear();
    pattern = QRegularExpression();
    if (text.isEmpty() || syntax == Syntax::Substring)
        return;
    const QString expression = syntax == Syntax::Wildcard
        ? QRegularExpression::wildcardToRegularExpression(text, QRegularExpression::UnanchoredWildcardConversion)
        : text;
    pattern = QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::UseUnicodePropertiesOption);
    if (!pattern.isValid())
        patternError = pattern.errorString();
    else
        pattern.optimize();
}

void TableFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    stopSorting();
    m_requestedSortColumn = std::max(-1, column);
    m_requestedSortOrder = order;
    mergeArrivedRows(); // in the old order: the new one then covers every row
    if (m_requestedSortColumn >= 0 && sortOnWorker())
        return;
    relayout([this] {
        takeRequestedSort();
        sortAllRows();
        collectShownRows();
    });
}

void TableFilterProxyModel::takeRequestedSort()
{
    stopSorting();
    m_sortColumn = m_requestedSortColumn;
    m_sortOrder = m_requestedSortOrder;
    m_sortKind = SortKind::Unknown;
}

void TableFilterProxyModel::stopSorting()
{
    stopWork(m_sortCancelled);
}

bool TableFilterProxyModel::sortOnWorker()
{
    const int column = m_requestedSortColumn;
    if (!m_paged || m_sourceRows <= BackgroundRows || column >= m_columns)
        return false;
    std::shared_ptr<const TableCells> cells = m_paged->cells();
    if (!cells)
        return false;
    const bool numbers = m_source->index(0, column).data(ModelRoles::RawRole).typeId() == QMetaType::LongLong;
    const bool ascending = m_requestedSortOrder == Qt::AscendingOrder;
    const int rows = m_sourceRows;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QFuture<SortedRows> sorting;
    if (numbers) {
        sorting = WorkerPool::run([cells = std::move(cells), column, rows, ascending] {
            QVector<qint64> values(rows);
            for (int row = 0; row < rows; ++row)
                values[row] = cells->seconds(row, column);
            return SortedRows{SortKind::Numbers, {}, rowsByValue(values, ascending)};
        });
    } else if (m_ranks.column() == column && m_ranks.rankedRows() == rows) {
        // The column's ranks are kept (the vectors shared, read only): only the rows are ordered.
        sorting = WorkerPool::run([ranks = m_ranks.ranks(), isNull = m_ranks.nulls(), rows, ascending] {
            return SortedRows{SortKind::Ranks, {}, rowsByRank(ranks, isNull, ascending, rows)};
        });
    } else {
        sorting = WorkerPool::then(m_ranks.rankAllAsync(m_paged, std::move(cells), column, rows),
                                   [rows, ascending, cancelled](QFuture<CollationRanks::Ranking> done) {
                                       SortedRows sorted{SortKind::Ranks, done.takeResult(), {}};
                                       if (!cancelled->load(std::memory_order_relaxed))
                                           sorted.sorted = rowsByRank(sorted.ranking.ranks, sorted.ranking.isNull, ascending, rows);
                                       return sorted;
                                   });
    }
    m_sortCancelled = cancelled;
    auto *watcher = new QFutureWatcher<SortedRows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancelled] {
        watcher->deleteLater();
        if (m_sortCancelled != cancelled)
            return; // stopped: another sort, a reset
        m_sortCancelled.reset();
        takeSortedRows(watcher->future().takeResult());
    });
    watcher->setFuture(sorting);
    return true;
}

void TableFilterProxyModel::takeSortedRows(SortedRows &&done)
{
    // The rows that arrived meanwhile merge after this; without any, the listing's end (if it
    // came meanwhile) has nothing left to bring, and the rows settle with this layout.
    const bool arrived = m_source && m_source->rowCount() > m_sourceRows;
    if (!arrived)
        m_lastRowsDue = false;
    relayout([this, &done] {
        takeRequestedSort();
        // The rows did not change meanwhile: their merges wait for this one.
        if (done.sorted.size() == m_sourceRows
            && (done.ranking.ranks.isEmpty() || m_ranks.adoptAll(std::move(done.ranking)))) {
            m_sortKind = done.kind;
            m_sorted = std::move(done.sorted);
        } else {
            sortAllRows();
        }
        collectShownRows();
    });
    if (arrived)
        noteArrivedRows();
}

bool TableFilterProxyModel::prepareSort()
{
    const QAbstractItemModel *source = sourceModel();
    if (m_sortColumn < 0 || !source || m_sortColumn >= source->columnCount() || m_sourceRows == 0)
        return false;
    if (m_sortKind == SortKind::Unknown) {
        const QVariant value = source->index(0, m_sortColumn).data(ModelRoles::RawRole);
        m_sortKind = value.typeId() == QMetaType::LongLong ? SortKind::Numbers : SortKind::Ranks;
    }
    if (m_sortKind == SortKind::Ranks)
        m_ranks.update(source, m_sortColumn, m_sourceRows);
    return true;
}

bool TableFilterProxyModel::showsBefore(int a, int b) const
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortKind == SortKind::Ranks)
        return RankOrder{m_ranks.ranks(), m_ranks.nulls(), ascending}(a, b);
    const QAbstractItemModel *source = sourceModel();
    const qint64 x = source->index(a, m_sortColumn).data(ModelRoles::RawRole).toLongLong();
    const qint64 y = source->index(b, m_sortColumn).data(ModelRoles::RawRole).toLongLong();
    if (x != y)
        return ascending == (x < y);
    // Equal values: in the source's order, reversed with the sort (as a reversed stable sort).
    return ascending == (a < b);
}

void TableFilterProxyModel::sortAllRows()
{
    m_sorted.resize(m_sourceRows);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (!prepareSort())
        return;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortKind == SortKind::Numbers) {
        // Each value read once, not twice a comparison.
        QVector<qint64> values(m_sourceRows);
        for (int row = 0; row < m_sourceRows; ++row)
            values[row] = sourceModel()->index(row, m_sortColumn).data(ModelRoles::RawRole).toLongLong();
        m_sorted = rowsByValue(values, ascending);
        return;
    }
    m_sorted = rowsByRank(m_ranks.ranks(), m_ranks.nulls(), ascending, m_sourceRows);
}

void TableFilterProxyModel::collectShownRows()
{
    if (!m_filter.isActive()) {
        m_shown = m_sorted; // shared until one of them changes
    } else {
        m_shown = acceptedOf(m_sorted, m_accepted);
    }
    m_proxyRowsValid = false;
}

const QVector<int> &TableFilterProxyModel::sourceToProxy() const
{
    if (!m_proxyRowsValid) {
        m_proxyRows.fill(-1, m_sourceRows);
        for (qsizetype row = 0; row < m_shown.size(); ++row)
            m_proxyRows[m_shown.at(row)] = int(row);
        m_proxyRowsValid = true;
    }
    return m_proxyRows;
}

int TableFilterProxyModel::shownRowOf(int sourceRow) const
{
    if (m_proxyRowsValid)
        return m_proxyRows.value(sourceRow, -1);
    if (sourceRow < 0 || sourceRow >= m_sourceRows
        || (m_filter.isActive() && (sourceRow >= m_accepted.size() || !m_accepted.at(sourceRow))))
        return -1;
    // The shown rows are in sort order, or in the source's order when unsorted.
    const bool sorted = m_sortColumn >= 0 && m_sortKind != SortKind::Unknown;
    const auto found = sorted ? std::lower_bound(m_shown.cbegin(), m_shown.cend(), sourceRow,
                                                 [this](int a, int b) { return showsBefore(a, b); })
                              : std::lower_bound(m_shown.cbegin(), m_shown.cend(), sourceRow);
    if (found != m_shown.cend() && *found == sourceRow)
        return int(found - m_shown.cbegin());
    // Shown, yet not where the order puts it: the whole map says where.
    return sourceToProxy().value(sourceRow, -1);
}

void TableFilterProxyModel::relayout(const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRows.append(index.row() < m_shown.size() ? m_shown.at(index.row()) : -1);
    change();
    m_proxyRowsValid = false;
    QModelIndexList after;
    after.reserve(before.size());
    // A view holds a few dozen persistent indexes (its screen, the current row, the selection):
    // each is looked up by itself. Many are looked up in the whole map, built once.
    if (before.size() > SearchedRows)
        sourceToProxy();
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = sourceRows.at(i) >= 0 ? shownRowOf(sourceRows.at(i)) : -1;
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, VerticalSortHint);
    emitIfSettled();
}

void TableFilterProxyModel::emitIfSettled()
{
    if (!isWorking())
        Q_EMIT rowsSettled();
}

void TableFilterProxyModel::mergeAppendedRows(int first, int last, PlacedRows *placed)
{
    m_sourceRows = last + 1;
    m_proxyRowsValid = false;
    m_accepted.resize(m_sourceRows);
    for (int row = first; row <= last; ++row)
        m_accepted[row] = m_filter.isActive() ? acceptsRow(m_filter, row, m_filter.pattern) : 1;

    // The page in order among itself (a hundred rows), then each row's place among the sorted
    // ones by binary search: the index is copied once a page, not once a row. A worker that
    // ranked the rows has done this already, over the same sorted rows.
    const bool sorted = prepareSort();
    const bool unfiltered = !m_filter.isActive();
    QVector<int> fresh;
    QVector<qsizetype> places;
    if (sorted && placed && placed->sortedBefore.constData() == m_sorted.constData()
        && placed->sorted.size() == m_sorted.size() + (last - first + 1)) {
        fresh = std::move(placed->fresh);
        places = std::move(placed->places);
        m_sorted = std::move(placed->sorted);
        placed->sortedBefore = {};
    } else {
        fresh.resize(last - first + 1);
        std::iota(fresh.begin(), fresh.end(), first);
        if (sorted) {
            const auto less = [this](int a, int b) { return showsBefore(a, b); };
            std::sort(fresh.begin(), fresh.end(), less);
            places = placesAmong(m_sorted, fresh, less);
            m_sorted = mergedAt(m_sorted, fresh, places);
        } else {
            places.fill(m_sorted.size(), fresh.size());
            m_sorted.append(fresh);
        }
    }
    // Unfiltered, the shown rows are the sorted ones, and the fresh rows' places among them are
    // the ones just found.
    QVector<int> shown;
    if (unfiltered) {
        shown = fresh;
    } else {
        for (const int row : std::as_const(fresh)) {
            if (m_accepted.at(row))
                shown.append(row);
        }
        places = sorted ? placesAmong(m_shown, shown, [this](int a, int b) { return showsBefore(a, b); })
                        : QVector<qsizetype>(shown.size(), m_shown.size());
    }
    if (shown.isEmpty())
        return;
    const int count = int(m_shown.size());
    const auto takeShown = [&] {
        // A sorted list merged anew is shared rather than merged twice; rows appended are
        // appended to each list (shared, an append to one would copy it whole, once a page).
        if (unfiltered && sorted)
            m_shown = m_sorted;
        else if (places.first() == count)
            m_shown.append(shown);
        else
            m_shown = mergedAt(m_shown, shown, places);
        m_proxyRowsValid = false;
    };
    if (places.first() == count) { // all below the last row: an insertion the view handles cheaply
        beginInsertRows({}, count, count + int(shown.size()) - 1);
        takeShown();
        endInsertRows();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    takeShown();
    // A row moves down by the rows placed at or above it.
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const auto below = std::upper_bound(places.cbegin(), places.cend(), qsizetype(index.row()));
        after.append(this->index(index.row() + int(below - places.cbegin()), index.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, VerticalSortHint);
}

QModelIndex TableFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_shown.size() || column >= m_columns)
        return {};
    return createIndex(row, column);
}

QModelIndex TableFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex TableFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int TableFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TableFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool TableFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

QModelIndex TableFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_shown.size())
        return {};
    return m_source->index(m_shown.at(proxyIndex.row()), proxyIndex.column());
}

QVariant TableFilterProxyModel::data(const QModelIndex &index, int role) const
{
    // Views and exports read every cell through here: one lookup, no detour.
    if (!index.isValid() || index.model() != this || index.row() >= m_shown.size())
        return {};
    return m_source->data(m_source->index(m_shown.at(index.row()), index.column()), role);
}

QModelIndex TableFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source || sourceIndex.row() >= m_sourceRows)
        return {};
    const int row = sourceToProxy().at(sourceIndex.row());
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}
