// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "columntablemodel.h"
#include "rowranges.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <vector>

using RowRanges::ParallelRows;

TableFilterProxyModel::TableFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(textCollator()), m_ranks(m_collator)
{
    setSortRole(ModelRoles::RawRole);
    setDynamicSortFilter(true);
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

ColumnTableModel *TableFilterProxyModel::pagedSource() const
{
    return qobject_cast<ColumnTableModel *>(sourceModel());
}

void TableFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_ranks.clear();
    m_textMatches.clear();
    if (source) {
        // Connected before the base class connects its own handlers, so that the keys are gone
        // before it re-sorts changed rows.
        const auto forget = [this] {
            m_ranks.clear();
            m_textMatches.clear();
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first) {
                        if (first < m_ranks.rankedRows()) // not an append: rows shift
                            m_ranks.clear();
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
    const QVector<QPair<int, int>> ranges = RowRanges::split(0, paged->rowCount());
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

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is a flat table: indexes differ only by row and column.
    if (left.column() == m_ranks.column() && right.column() == m_ranks.column()) {
        const int l = left.row();
        const int r = right.row();
        if (std::max(l, r) >= m_ranks.rankedRows())
            m_ranks.update(sourceModel(), m_ranks.column()); // rows a page appended
        // Missing values sort last in either direction, as below.
        if (m_ranks.isNull(l) != m_ranks.isNull(r))
            return sortOrder() == Qt::AscendingOrder ? m_ranks.isNull(r) : m_ranks.isNull(l);
        if (m_ranks.rank(l) != m_ranks.rank(r))
            return m_ranks.rank(l) < m_ranks.rank(r);
        return l < r; // stable for equal values
    }
    const QVariant l = left.data(ModelRoles::RawRole);
    const QVariant r = right.data(ModelRoles::RawRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    if (left.column() == right.column()
        && l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        m_ranks.update(sourceModel(), left.column()); // a text column: ranks from now on
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
