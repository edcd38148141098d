// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "columntablemodel.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {
// Below this many rows one thread is quick enough; above it, the rows are split among the
// cores (a keystroke over 100 000 rows, the first sort of a text column).
constexpr int ParallelRows = 8192;

// Consecutive row ranges, a few per thread so that a slow range does not hold the rest up.
QVector<QPair<int, int>> rowRanges(int first, int end)
{
    const int count = end - first;
    const int pieces = std::max(1, std::min(count / 2048, QThread::idealThreadCount() * 4));
    QVector<QPair<int, int>> ranges;
    for (int i = 0; i < pieces; ++i)
        ranges.append({first + int(qint64(count) * i / pieces), first + int(qint64(count) * (i + 1) / pieces)});
    return ranges;
}
} // namespace

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(collationLocale())
{
    setSortRole(ModelRoles::RawRole);
    setDynamicSortFilter(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

QLocale TableFilterProxyModel::collationLocale()
{
    // The C locale (LANG=C.UTF-8 on many servers and containers) collates by code point, which
    // puts "Ångström" after "Zed". It states no language, so use the Unicode default order
    // instead: English has no tailoring, so its collation is CLDR's root order.
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

ColumnTableModel *TableFilterProxyModel::pagedSource() const
{
    return qobject_cast<ColumnTableModel *>(sourceModel());
}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetRanks();
    m_textMatches.clear();
    if (source) {
        // Connected before the base class connects its own handlers, so that the keys are gone
        // before it re-sorts changed rows.
        const auto forget = [this] {
            forgetRanks();
            m_textMatches.clear();
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first) {
                        if (first < m_ranks.size()) // not an append: rows shift
                            forgetRanks();
                        if (first < m_textMatches.size())
                            m_textMatches.clear();
                    }),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(source, &QAbstractItemModel::dataChanged, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void TableFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuildPattern();
    refilter();
}

void TableFilterProxyModel::setFilterSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    rebuildPattern();
    refilter();
}

void TableFilterProxyModel::setCategoryFilter(const QStringList &values, bool exclude)
{
    if (values == m_categories && exclude == m_excludeCategories)
        return;
    m_categories = values;
    m_excludeCategories = exclude;
    refilter();
}

void TableFilterProxyModel::refilter()
{
    // invalidateFilter() tells the view of every removed and inserted range one by one; over
    // 100 000 rows a keystroke makes thousands of ranges, and the view's header handles each in
    // time proportional to its rows (seconds in all). One layout change is what a keystroke needs.
    matchLoadedRows();
    invalidate();
}

void TableFilterProxyModel::matchLoadedRows()
{
    m_textMatches.clear();
    const ColumnTableModel *paged = pagedSource();
    if (!paged || m_text.isEmpty() || !m_patternError.isEmpty() || paged->rowCount() < ParallelRows)
        return;
    m_textMatches.resize(paged->rowCount());
    // The GUI thread waits here, so nothing changes the model while the workers read it; each
    // writes its own range of m_textMatches.
    const QVector<QPair<int, int>> ranges = rowRanges(0, paged->rowCount());
    const QString patternText = m_pattern.pattern();
    const QRegularExpression::PatternOptions patternOptions = m_pattern.patternOptions();
    char *matches = m_textMatches.data();
    QtConcurrent::blockingMap(ranges, [this, paged, matches, patternText, patternOptions](const QPair<int, int> &range) {
        // A pattern of its own: matching shares no state between threads.
        const QRegularExpression pattern(patternText, patternOptions);
        for (int row = range.first; row < range.second; ++row)
            matches[row] = textMatches(paged, row, pattern);
    });
}

bool TableFilterProxyModel::textMatches(const ColumnTableModel *paged, int row, const QRegularExpression &pattern) const
{
    for (const int column : paged->searchColumns()) {
        const QString text = paged->rawText(row, column);
        if (m_syntax == Syntax::Substring ? text.contains(m_text, Qt::CaseInsensitive) : pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

bool TableFilterProxyModel::isFiltering() const
{
    return (!m_text.isEmpty() && m_patternError.isEmpty()) || !m_categories.isEmpty() || m_excludeCategories;
}

bool TableFilterProxyModel::isSourceComplete() const
{
    const ColumnTableModel *source = pagedSource();
    return source && source->isComplete();
}

void TableFilterProxyModel::rebuildPattern()
{
    m_patternError.clear();
    m_pattern = QRegularExpression();
    if (m_text.isEmpty() || m_syntax == Syntax::Substring)
        return;
    const QString pattern = m_syntax == Syntax::Wildcard
        ? QRegularExpression::wildcardToRegularExpression(m_text, QRegularExpression::UnanchoredWildcardConversion)
        : m_text;
    m_pattern = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::UseUnicodePropertiesOption);
    if (!m_pattern.isValid())
        m_patternError = m_pattern.errorString();
    else
        m_pattern.optimize();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_categories.isEmpty() || m_excludeCategories) {
        const ColumnTableModel *paged = pagedSource();
        const int column = paged ? paged->categoryColumn() : -1;
        if (column >= 0) {
            const QString value = source->index(sourceRow, column, sourceParent).data(ModelRoles::RawRole).toString();
            if (m_categories.contains(value) == m_excludeCategories)
                return false;
        }
    }
    if (m_text.isEmpty() || !m_patternError.isEmpty())
        return true;

    if (sourceRow < m_textMatches.size()) // matched ahead by refilter()
        return m_textMatches.at(sourceRow);
    if (const ColumnTableModel *paged = pagedSource())
        return textMatches(paged, sourceRow, m_pattern);
    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QVariant value = source->index(sourceRow, column, sourceParent).data(ModelRoles::FilterRole);
        if (!value.isValid())
            continue;
        const QString text = value.toString();
        if (m_syntax == Syntax::Substring ? text.contains(m_text, Qt::CaseInsensitive) : m_pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

void TableFilterProxyModel::forgetRanks() const
{
    m_ranks.clear();
    m_ranks.squeeze();
    m_rankIsNull.clear();
    m_rankIsNull.squeeze();
    m_rankOrder.clear();
    m_rankOrder.squeeze();
    m_rankColumn = -1;
}

QString TableFilterProxyModel::sourceText(int sourceRow, int column) const
{
    if (const ColumnTableModel *paged = pagedSource())
        return paged->rawText(sourceRow, column);
    return sourceModel()->index(sourceRow, column).data(ModelRoles::RawRole).toString();
}

void TableFilterProxyModel::rankRows(int column) const
{
    if (column == m_rankColumn) {
        const int unranked = sourceModel()->rowCount() - int(m_ranks.size());
        if (unranked < ParallelRows) {
            rankAppendedRows();
            return;
        }
    }
    forgetRanks();
    m_rankColumn = column;
    const int count = sourceModel()->rowCount();

    // Collation keys for every row, built on every core by collators of their own, one list a
    // range; they live only while the rows are put in order.
    struct Keys { QPair<int, int> range; QVector<QCollatorSortKey> keys; QVector<bool> isNull; };
    QVector<Keys> pieces;
    for (const QPair<int, int> &range : rowRanges(0, count))
        pieces.append({range, {}, {}});
    const QLocale locale = m_collator.locale();
    const Qt::CaseSensitivity caseSensitivity = m_collator.caseSensitivity();
    const bool numericMode = m_collator.numericMode();
    const auto buildKeys = [this, column, locale, caseSensitivity, numericMode](Keys &piece) {
        QCollator collator(locale);
        collator.setCaseSensitivity(caseSensitivity);
        collator.setNumericMode(numericMode);
        piece.keys.reserve(piece.range.second - piece.range.first);
        for (int row = piece.range.first; row < piece.range.second; ++row) {
            const QString text = sourceText(row, column);
            piece.isNull.append(text.isNull());
            piece.keys.append(collator.sortKey(text));
        }
    };
    // A worker may read a ColumnTableModel (the GUI thread waits); any other model only here.
    if (pagedSource() && count >= ParallelRows)
        QtConcurrent::blockingMap(pieces, buildKeys);
    else
        std::for_each(pieces.begin(), pieces.end(), buildKeys);
    QVector<QCollatorSortKey> keys;
    keys.reserve(count);
    m_rankIsNull.reserve(count);
    for (const Keys &piece : std::as_const(pieces)) {
        keys.append(piece.keys);
        m_rankIsNull.append(piece.isNull);
    }
    pieces.clear();

    // Present values in key order (missing ones are not ranked: they sort last anyway), two
    // halves sorted on their own cores, then merged.
    for (int row = 0; row < count; ++row) {
        if (!m_rankIsNull.at(row))
            m_rankOrder.append(row);
    }
    const auto keyLess = [&keys](int a, int b) { return keys.at(a).compare(keys.at(b)) < 0; };
    const auto middle = m_rankOrder.begin() + m_rankOrder.size() / 2;
    const QVector<QPair<QVector<int>::iterator, QVector<int>::iterator>> halves = {
        {m_rankOrder.begin(), middle}, {middle, m_rankOrder.end()}};
    QtConcurrent::blockingMap(halves, [&keyLess](const auto &half) { std::sort(half.first, half.second, keyLess); });
    std::inplace_merge(m_rankOrder.begin(), middle, m_rankOrder.end(), keyLess);

    // Equal keys share a rank, so that comparing ranks is comparing values.
    m_ranks.fill(0, count);
    double rank = 0;
    for (qsizetype i = 0; i < m_rankOrder.size(); ++i) {
        if (i > 0 && keyLess(m_rankOrder.at(i - 1), m_rankOrder.at(i)))
            ++rank;
        m_ranks[m_rankOrder.at(i)] = rank;
    }
}

void TableFilterProxyModel::rankAppendedRows() const
{
    // Rows a page appended: each finds its place among the ranked ones by binary search (some
    // 17 comparisons in 100 000) and takes a rank between its neighbours', or theirs when equal.
    for (int row = int(m_ranks.size()); row < sourceModel()->rowCount(); ++row) {
        const QString text = sourceText(row, m_rankColumn);
        m_rankIsNull.append(text.isNull());
        m_ranks.append(0);
        if (text.isNull())
            continue;
        qsizetype low = 0;
        qsizetype high = m_rankOrder.size();
        int atLow = 1; // how m_rankOrder[low]'s text compares with `text`, once known
        while (low < high) {
            const qsizetype middle = (low + high) / 2;
            const int order = m_collator.compare(sourceText(m_rankOrder.at(middle), m_rankColumn), text);
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle;
                atLow = order;
            }
        }
        double rank;
        if (low < m_rankOrder.size() && atLow == 0) {
            rank = m_ranks.at(m_rankOrder.at(low));
        } else {
            const double before = low > 0 ? m_ranks.at(m_rankOrder.at(low - 1)) : -1.0;
            const double after = low < m_rankOrder.size() ? m_ranks.at(m_rankOrder.at(low)) : before + 2.0;
            rank = (before + after) / 2;
            if (!(rank > before && rank < after)) {
                // So many rows went into one gap that a double cannot split it: rank afresh.
                const int column = m_rankColumn;
                forgetRanks();
                rankRows(column);
                return;
            }
        }
        m_ranks[row] = rank;
        m_rankOrder.insert(low, row);
    }
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is a flat table: indexes differ only by row and column.
    if (left.column() == m_rankColumn && right.column() == m_rankColumn) {
        const int l = left.row();
        const int r = right.row();
        if (std::max(l, r) >= m_ranks.size())
            rankRows(m_rankColumn); // rows a page appended
        // Missing values sort last in either direction, as below.
        if (m_rankIsNull.at(l) != m_rankIsNull.at(r))
            return sortOrder() == Qt::AscendingOrder ? m_rankIsNull.at(r) : m_rankIsNull.at(l);
        if (m_ranks.at(l) != m_ranks.at(r))
            return m_ranks.at(l) < m_ranks.at(r);
        return l < r; // stable for equal values
    }
    const QVariant l = left.data(ModelRoles::RawRole);
    const QVariant r = right.data(ModelRoles::RawRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    if (left.column() == right.column()
        && l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        rankRows(left.column()); // a text column: ranks from now on
        return lessThan(left, right);
    }
    const QString ls = l.toString();
    const QString rs = r.toString();
    // Missing values (null names, emails) sort after every present one, in either direction:
    // a descending sort reverses lessThan, so the answer flips with the order.
    if (ls.isNull() != rs.isNull())
        return sortOrder() == Qt::AscendingOrder ? rs.isNull() : ls.isNull();
    const int order = m_collator.compare(ls, rs);
    if (order != 0)
        return order < 0;
    return left.row() < right.row();
}
