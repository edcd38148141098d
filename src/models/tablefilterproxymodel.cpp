#include "tablefilterproxymodel.h"

#include "modelroles.h"
#include "pagedtablemodel.h"

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

void TableFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    rebuildPattern();
    invalidateFilter();
}

void TableFilterProxyModel::setFilterSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    rebuildPattern();
    invalidateFilter();
}

void TableFilterProxyModel::setCategoryFilter(const QStringList &values, bool exclude)
{
    if (values == m_categories && exclude == m_excludeCategories)
        return;
    m_categories = values;
    m_excludeCategories = exclude;
    invalidateFilter();
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

bool TableFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ModelRoles::RawRole);
    const QVariant r = right.data(ModelRoles::RawRole);
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong)
        return l.toLongLong() < r.toLongLong();
    const QString ls = l.toString();
    const QString rs = r.toString();
    // Missing values (null names, emails) sort after every present one, in either direction:
    // a descending sort reverses lessThan, so the answer flips with the order.
    if (ls.isNull() != rs.isNull())
        return sortOrder() == Qt::AscendingOrder ? rs.isNull() : ls.isNull();
    const int order = m_collator.compare(ls, rs);
    if (order != 0)
        return order < 0;
    return left.row() < right.row(); // stable for equal values
}
