#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "pagedtablemodel.h"

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

PagedTableModel *TableFilterProxyModel::pagedSource() const
{
    return qobject_cast<PagedTableModel *>(sourceModel());
}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetSortKeys();
    m_textMatches.clear();
    if (source) {
        // Connected before the base class connects its own handlers, so that the keys are gone
        // before it re-sorts changed rows.
        const auto forget = [this] {
            forgetSortKeys();
            m_textMatches.clear();
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first) {
                        if (first < m_sortKeys.size()) // not an append: rows shift
                            forgetSortKeys();
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
    const PagedTableModel *paged = pagedSource();
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

bool TableFilterProxyModel::textMatches(const PagedTableModel *paged, int row, const QRegularExpression &pattern) const
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
    const PagedTableModel *source = pagedSource();
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
        const PagedTableModel *paged = pagedSource();
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
    if (const PagedTableModel *paged = pagedSource())
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

void TableFilterProxyModel::forgetSortKeys() const
{
    m_sortKeys.clear();
    m_sortKeys.squeeze();
    m_sortKeyIsNull.clear();
    m_sortKeyIsNull.squeeze();
    m_sortRanks.clear();
    m_sortRanks.squeeze();
    m_sortKeysColumn = -1;
}

void TableFilterProxyModel::buildSortKeys(int column) const
{
    if (column != m_sortKeysColumn) {
        forgetSortKeys();
        m_sortKeysColumn = column;
    }
    const QAbstractItemModel *source = sourceModel();
    // Every loaded row at once: a sort meets rows in no useful order, and keys built together
    // can be built in parallel.
    const int sourceRow = source->rowCount() - 1;
    if (sourceRow >= m_sortKeys.size()) {
        if (m_sortKeys.isEmpty()) {
            m_sortKeys.reserve(source->rowCount());
            m_sortKeyIsNull.reserve(source->rowCount());
        }
        // Appends grow geometrically: a reserve per page would copy every key each page.
        const int first = int(m_sortKeys.size());
        const PagedTableModel *paged = pagedSource();
        if (paged && sourceRow + 1 - first >= ParallelRows) {
            // Many keys at once (the first sort of this column): built on every core, by
            // collators of their own, into one list a range, then appended in order.
            struct Keys { QPair<int, int> range; QVector<QCollatorSortKey> keys; QVector<bool> isNull; };
            QVector<Keys> pieces;
            for (const QPair<int, int> &range : rowRanges(first, sourceRow + 1))
                pieces.append({range, {}, {}});
            const QLocale locale = m_collator.locale();
            const Qt::CaseSensitivity caseSensitivity = m_collator.caseSensitivity();
            const bool numericMode = m_collator.numericMode();
            QtConcurrent::blockingMap(pieces, [paged, column, locale, caseSensitivity, numericMode](Keys &piece) {
                QCollator collator(locale);
                collator.setCaseSensitivity(caseSensitivity);
                collator.setNumericMode(numericMode);
                piece.keys.reserve(piece.range.second - piece.range.first);
                for (int row = piece.range.first; row < piece.range.second; ++row) {
                    const QString text = paged->rawText(row, column);
                    piece.isNull.append(text.isNull());
                    piece.keys.append(collator.sortKey(text));
                }
            });
            for (const Keys &piece : std::as_const(pieces)) {
                m_sortKeys.append(piece.keys);
                m_sortKeyIsNull.append(piece.isNull);
            }
        }
        for (int row = int(m_sortKeys.size()); row <= sourceRow; ++row) {
            const QString text = source->index(row, column).data(ModelRoles::RawRole).toString();
            m_sortKeyIsNull.append(text.isNull());
            m_sortKeys.append(m_collator.sortKey(text));
        }
    }
    if (m_sortKeys.size() - m_sortRanks.size() >= ParallelRows)
        rankSortKeys();
}

void TableFilterProxyModel::rankSortKeys() const
{
    // Rows in key order: two halves sorted on their own cores, then merged.
    const int count = int(m_sortKeys.size());
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    const auto keyLess = [this](int a, int b) { return m_sortKeys.at(a).compare(m_sortKeys.at(b)) < 0; };
    const auto middle = order.begin() + count / 2;
    QVector<QPair<std::vector<int>::iterator, std::vector<int>::iterator>> halves = {{order.begin(), middle},
                                                                                     {middle, order.end()}};
    QtConcurrent::blockingMap(halves, [&keyLess](const auto &half) { std::sort(half.first, half.second, keyLess); });
    std::inplace_merge(order.begin(), middle, order.end(), keyLess);
    // Equal keys share a rank, so that a rank and a key comparison always agree.
    m_sortRanks.resize(count);
    int rank = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && keyLess(order[i - 1], order[i]))
            ++rank;
        m_sortRanks[order[i]] = rank;
    }
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is a flat table: indexes differ only by row and column.
    if (left.column() == m_sortKeysColumn && right.column() == m_sortKeysColumn) {
        const int l = left.row();
        const int r = right.row();
        if (std::max(l, r) >= m_sortKeys.size())
            buildSortKeys(m_sortKeysColumn); // rows a page appended; may move the keys
        // Missing values sort last in either direction, as below.
        if (m_sortKeyIsNull.at(l) != m_sortKeyIsNull.at(r))
            return sortOrder() == Qt::AscendingOrder ? m_sortKeyIsNull.at(r) : m_sortKeyIsNull.at(l);
        if (l < m_sortRanks.size() && r < m_sortRanks.size() && m_sortRanks.at(l) != m_sortRanks.at(r))
            return m_sortRanks.at(l) < m_sortRanks.at(r);
        const int order = m_sortKeys.at(l).compare(m_sortKeys.at(r));
        if (order != 0)
            return order < 0;
        return l < r; // stable for equal values
    }
    const QVariant l = left.data(ModelRoles::RawRole);
    const QVariant r = right.data(ModelRoles::RawRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    if (left.column() == right.column()
        && l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        buildSortKeys(left.column()); // a text column: keys from now on
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
