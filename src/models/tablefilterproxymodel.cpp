#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "pagedtablemodel.h"

#include <algorithm>

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
    if (source) {
        // Connected before the base class connects its own handlers, so that the keys are gone
        // before it re-sorts changed rows.
        const auto forget = [this] { forgetSortKeys(); };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &, int first) {
                        if (first < m_sortKeys.size()) // not an append: rows shift
                            forgetSortKeys();
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
    invalidate();
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

    const int columns = source->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        const QVariant value = source->index(sourceRow, column, sourceParent).data(ModelRoles::FilterRole);
        if (!value.isValid())
            continue;
        const QString text = value.toString();
        const bool match = m_syntax == Syntax::Substring ? text.contains(m_text, Qt::CaseInsensitive)
                                                          : m_pattern.match(text).hasMatch();
        if (match)
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
    m_sortKeysColumn = -1;
}

const QCollatorSortKey &TableFilterProxyModel::sortKey(int sourceRow, int column) const
{
    if (column != m_sortKeysColumn) {
        forgetSortKeys();
        m_sortKeysColumn = column;
    }
    if (sourceRow >= m_sortKeys.size()) {
        const QAbstractItemModel *source = sourceModel();
        if (m_sortKeys.isEmpty()) {
            m_sortKeys.reserve(source->rowCount());
            m_sortKeyIsNull.reserve(source->rowCount());
        }
        // Appends grow geometrically: a reserve per page would copy every key each page.
        for (int row = int(m_sortKeys.size()); row <= sourceRow; ++row) {
            const QString text = source->index(row, column).data(ModelRoles::RawRole).toString();
            m_sortKeyIsNull.append(text.isNull());
            m_sortKeys.append(m_collator.sortKey(text));
        }
    }
    return m_sortKeys.at(sourceRow);
}

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is a flat table: indexes differ only by row and column.
    if (left.column() == m_sortKeysColumn && right.column() == m_sortKeysColumn) {
        const int l = left.row();
        const int r = right.row();
        if (std::max(l, r) >= m_sortKeys.size())
            sortKey(std::max(l, r), m_sortKeysColumn); // rows a page appended; may move the keys
        // Missing values sort last in either direction, as below.
        if (m_sortKeyIsNull.at(l) != m_sortKeyIsNull.at(r))
            return sortOrder() == Qt::AscendingOrder ? m_sortKeyIsNull.at(r) : m_sortKeyIsNull.at(l);
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
        sortKey(std::max(left.row(), right.row()), left.column()); // a text column: keys from now on
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
