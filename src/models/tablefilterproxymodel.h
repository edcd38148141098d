// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collationranks.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QFuture>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class ColumnTableModel;
class TableCells;

// Filters and sorts the loaded rows of a flat table (a ColumnTableModel): a search across the text
// columns, a category filter (role, group type, status), sorting on the raw value of any column.
// It sees only loaded rows; isSourceComplete() tells whether that is the whole listing.
//
// It keeps its own sorted index instead of QSortFilterProxyModel's: that one places each arriving
// row by itself and rebuilds its mapping once a place, which made a sorted load several times as
// slow as an unsorted one. Here a page's rows are put in order among themselves, each finds its
// place by binary search (on the worker that ranked them, for text), and the page goes in with
// one copy of the index and one layout change (rows inserted, when they all land at the end).
class TableFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Syntax { Substring, Wildcard, RegularExpression };
    Q_ENUM(Syntax)

    explicit TableFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // The filter asked for. Over many rows it applies a few turns of the event loop later, once
    // every row is matched (on a worker, or a slice of rows a turn, so that typing never holds
    // the window).
    QString filterText() const { return m_requested.text; }
    void setFilterText(const QString &text);
    Syntax filterSyntax() const { return m_requested.syntax; }
    void setFilterSyntax(Syntax syntax);
    // Why the pattern cannot be used (a bad regular expression), or empty. A bad pattern filters nothing.
    QString patternError() const { return m_requested.patternError; }
    // A filter asked for is still being matched: the rows shown follow the one before it.
    bool isMatchingFilter() const { return m_matchCancelled || m_matchTimer.isActive(); }

    // Keeps rows whose category column's raw value is one of `values`; with `exclude`, one
    // that is none of them ("other roles"). Empty `values` without `exclude` keeps every row.
    void setCategoryFilter(const QStringList &values, bool exclude = false);
    bool isFiltering() const;

    // The whole listing is loaded: a sort or filter here is over everything.
    bool isSourceComplete() const;

    // Sorts on the raw value of `column` (-1: the source's order); missing values last either way,
    // equal values in the source's order. Rows that arrive later go in at their place. Over many
    // rows the order is worked out on the workers and applies a few turns later, in one layout
    // change; the rows that arrive meanwhile go in after it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort asked for.
    int sortColumn() const { return m_requestedSortColumn; }
    Qt::SortOrder sortOrder() const { return m_requestedSortOrder; }
    // A sort asked for is still being worked out: the rows shown keep the order before it.
    bool isSorting() const { return bool(m_sortCancelled); }
    // A filter or sort asked for is still being worked out, or the listing's last rows are
    // still being placed: the rows shown are not yet all there are, as asked.
    bool isWorking() const { return isMatchingFilter() || isSorting() || m_lastRowsDue; }
    // Into a sorted table, rows the source appends go in a few times a second, many pages at a
    // time; this puts those that have arrived in now.
    void mergeArrivedRows();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The rows shown changed and are settled (isWorking() is false): every row there is, in the
    // filter and sort asked for. Rows read now are those a person sees once the screen repaints.
    void rowsSettled();

private:
    enum class SortKind { Unknown, Numbers, Ranks };

    // Collates by the default locale's rules, or Unicode's default order.
    static QCollator textCollator();
    // What the rows are filtered by: the search text and the categories.
    struct Filter
    {
        QString text;
        Syntax syntax = Syntax::Substring;
        QRegularExpression pattern; // for Wildcard and RegularExpression
        QString patternError;       // a bad pattern filters nothing
        QStringList categories;
        bool excludeCategories = false;

        bool isActive() const;
        // Makes `pattern` (and `patternError`) from text and syntax.
        void rebuildPattern();
        };

    // `cells`, when the model offers them, are read instead of the model (the same raw text).
    bool acceptsRow(const Filter &filter, int sourceRow, const QRegularExpression &pattern,
                    const TableCells *cells = nullptr) const;
    static bool textMatches(const Filter &filter, const QRegularExpression &pattern, const QString &text);
    // Whether a row of a ColumnTableModel passes `filter`; textAt(column) gives the row's raw
    // text in a column. Reads nothing else: a worker calls it too.
    template<typename TextAt>
    static bool passes(const Filter &filter, const QRegularExpression &pattern, const QVector<int> &searchColumns,
                       int categoryColumn, const TextAt &textAt);
    // Whether each of the rows `first` to `end` - 1 passes `filter`, into `accepted` (on all
    // cores for many rows; the GUI thread waits, so the rows cannot change meanwhile).
    void matchRows(const Filter &filter, int first, int end, char *accepted) const;
    // What matching a range of a ColumnTableModel's rows reads, copied for the threads that run
    // it: each range makes its own pattern (matching shares no state between threads).
    struct RangeMatch
    {
        Filter filter; // without its pattern
        QString patternText;
        QRegularExpression::PatternOptions patternOptions;
        QVector<int> searchColumns;
        int categoryColumn = -1;
        std::shared_ptr<const TableCells> cells; // read when there are some
        const ColumnTableModel *paged = nullptr;  // else this, while its thread waits
        // Whether each row of `range` passes, into `accepted`; stops within 1 024 rows once
        // `cancelled` is set.
        void run(QPair<int, int> range, char *accepted, const std::atomic<bool> *cancelled = nullptr) const;
    };
    RangeMatch rangeMatch(const Filter &filter, std::shared_ptr<const TableCells> cells,
                          const ColumnTableModel *paged) const;
    // Whether every source row passes the filter asked for, which then applies.
    void matchAllRows();
    // Matches the next slice of rows against the filter asked for; applies it, in a turn of its
    // own, once every row is matched.
    void matchNextSlice();
    // Matches the rows there are against the filter asked for on the workers, from the model's
    // cells (false when it offers none); the rows merged meanwhile are matched in slices after.
    bool matchOnWorker();
    // Stops the matching of the filter asked for, wherever it runs.
    void stopMatching();
    // Re-filters every row after a change of text, syntax or categories.
    void refilter();

    // Readies the comparison of the sort column (ranks for text); false when unsorted.
    bool prepareSort();
    // The sort asked for becomes the one the rows follow, to be applied by the caller; one being
    // worked out is dropped.
    void takeRequestedSort();
    // Works out the sort asked for on the workers from the model's cells (false when it offers
    // none, or the rows are few); it applies once done.
    bool sortOnWorker();
    // The sort asked for, worked out on a worker.
    struct SortedRows
    {
        SortKind kind = SortKind::Unknown;
        CollationRanks::Ranking ranking; // the column's ranks made anew; empty when they were kept
        QVector<int> sorted; // every row, in the new order (none when stopped)
    };
    void takeSortedRows(SortedRows &&done);
    // Stops the sort being worked out: its result is dropped.
    void stopSorting();
    // Whether source row `a` shows before source row `b` in the current sort.
    bool showsBefore(int a, int b) const;
    // Puts every source row in sort order.
    void sortAllRows();
    // A ranking of appended rows, and those rows placed among the sorted ones by its ranks: the
    // worker that ranks them places them too, so that a merge into 100 000 rows costs the GUI
    // thread no comparison of its own.
    struct PlacedRows
    {
        CollationRanks::Ranked ranked;
        QVector<int> sortedBefore;  // m_sorted when the ranking started (shared, read only)
        QVector<int> fresh;         // the appended rows, in sort order
        QVector<qsizetype> places;  // where each goes among sortedBefore
        QVector<int> sorted;        // sortedBefore with them merged in
    };
    // The shown rows: the sorted rows that pass the filter.
    void collectShownRows();
    const QVector<int> &sourceToProxy() const;
    // The proxy row showing `sourceRow` (-1: none), found without building sourceToProxy() when
    // it is not built: a binary search in the shown rows' order, costing the GUI thread no walk
    // over every row for the few persistent indexes a layout change moves.
    int shownRowOf(int sourceRow) const;
    // Up to this many persistent indexes are looked up one by one in a layout change.
    static constexpr int SearchedRows = 256;

    // A change to every row, wrapped in one layout change: shown rows that stay keep their
    // persistent indexes, the rest lose them. Every layout change here says VerticalSortHint:
    // only rows change, so the columns' header keeps its state without a look.
    void relayout(const std::function<void()> &change);
    void resetFromSource();
    void emitIfSettled();
    // Rows the source appended: merged at once when unsorted, else with the others that arrive
    // before the next merge (source rows from m_sourceRows on wait for it, unseen).
    void noteArrivedRows();
    // A merge that is due: the arrived rows are ranked on a worker when they can be.
    void mergeArrivedRowsSoon();
    // Waits for a ranking on a worker, if one runs, and merges its rows.
    void finishRanking();
    // Merges the rows a finished ranking placed; true when more rows came meanwhile (not merged).
    bool takeRanking();
    // Merges source rows `first` to `last` into the index; `placed`, when it still applies,
    // says where they go in the sorted rows.
    void mergeAppendedRows(int first, int last, PlacedRows *placed = nullptr);

    Filter m_filter;    // the one m_accepted and the shown rows follow
    Filter m_requested; // the one asked for: m_filter once its matching is done
    // Over this many rows a filter is matched and a sort worked out on the workers (a filter,
    // for a model without cells, in slices on this thread); fewer take a few ms at once.
    static constexpr int BackgroundRows = 16384;
    // A slice of a filter's matching takes about 1 ms (1024 to 65 536 rows): a turn with one
    // costs about what matching a table just under BackgroundRows at once does.
    static constexpr qint64 MatchSliceNs = 1000000;
    static constexpr int MinMatchSliceRows = 1024;
    static constexpr int MaxMatchSliceRows = 65536;
    int m_matchSliceRows = 2048; // the next slice's rows, from the last one's time a row
    QTimer m_matchTimer;          // the next slice of a filter's matching
    QVector<char> m_nextAccepted; // that matching's results so far, by source row
    // A matching on the workers also picks the rows it lets through out of m_sorted as it was,
    // which the rows shown take when m_sorted is still that (read only, shared): walking 100 000
    // rows for them was a third of the window thread's time in the turns that apply a filter.
    QVector<int> m_nextShown;
    QVector<int> m_nextShownFrom;
    // The flag of the matching running on the workers (null when none): set to stop it. A
    // finished matching is taken only if its flag is still this one.
    std::shared_ptr<std::atomic<bool>> m_matchCancelled;
    QCollator m_collator;

    // The sort the rows follow; the one asked for differs while it is worked out on a worker.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    SortKind m_sortKind = SortKind::Unknown;
    int m_requestedSortColumn = -1;
    Qt::SortOrder m_requestedSortOrder = Qt::AscendingOrder;
    // The flag of the sort being worked out on the workers (null when none): set to stop it. A
    // finished sort applies only if its flag is still this one.
    std::shared_ptr<std::atomic<bool>> m_sortCancelled;
    CollationRanks m_ranks; // the sort column's, when it holds text

    QAbstractItemModel *m_source = nullptr; // sourceModel(), read without its property's binding check
    ColumnTableModel *m_paged = nullptr;     // m_source when it is one: rows read without an index
    int m_columns = 0;                      // the source's columns
    int m_sourceRows = 0;         // source rows the index below covers
    QVector<char> m_accepted;     // by source row: passes the filter
    QVector<int> m_sorted;        // every source row, in sort order
    QVector<int> m_shown;         // the proxy's rows: source rows of m_sorted that pass the filter
    mutable QVector<int> m_proxyRows; // by source row: its proxy row or -1; built when asked
    mutable bool m_proxyRowsValid = false;
    bool m_resetting = false;
    static constexpr int MergeIntervalMs = 100;
    static constexpr int MergeRows = 1024;
    QTimer m_mergeTimer;        // the next merge of arrived rows into a sorted index
    QElapsedTimer m_sinceMerge; // since the last one
    // Arrived rows being ranked on a worker: merged when that is done, or at once when a merge
    // cannot wait (a sort, a filter, the listing's end), which waits for it.
    QFuture<PlacedRows> m_ranking;
    quint64 m_rankingId = 0;    // counts rankings started; a finished one merges if it is the last
    bool m_rankingPending = false;
    bool m_lastRowsDue = false; // the listing ended: its rows merge as soon as they are placed
    QVector<QMetaObject::Connection> m_sourceConnections;
};
