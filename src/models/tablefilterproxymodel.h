#pragma once

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringList>

class PagedTableModel;

// Filters and sorts the loaded rows of a PagedTableModel: a search across the text columns,
// a category filter (role, group type, status), sorting on the raw value of any column.
// It sees only loaded rows; isSourceComplete() tells whether that is the whole listing.
class TableFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Syntax { Substring, Wildcard, RegularExpression };
    Q_ENUM(Syntax)

    explicit TableFilterProxyModel(QObject *parent = nullptr);

    PagedTableModel *pagedSource() const;
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    Syntax filterSyntax() const { return m_syntax; }
    void setFilterSyntax(Syntax syntax);
    // Why the pattern cannot be used (a bad regular expression), or empty. A bad pattern filters nothing.
    QString patternError() const { return m_patternError; }

    // Keeps rows whose category column's raw value is one of `values`; with `exclude`, one
    // that is none of them ("other roles"). Empty `values` without `exclude` keeps every row.
    void setCategoryFilter(const QStringList &values, bool exclude = false);
    bool isFiltering() const;

    // The whole listing is loaded: a sort or filter here is over everything.
    bool isSourceComplete() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The locale whose rules sort text: the default locale's, or Unicode's default order.
    static QLocale collationLocale();
    void rebuildPattern();
    // With many rows loaded, matches every row against the filter text on all cores at once,
    // for filterAcceptsRow() to read.
    void matchLoadedRows();
    bool textMatches(const PagedTableModel *paged, int row, const QRegularExpression &pattern) const;
    // Re-filters every row after a change of text, syntax or categories.
    void refilter();
    // Collation keys for every loaded row of the text column `column`, built on first use.
    void buildSortKeys(int column) const;
    // Each keyed row's place in key order, so that most comparisons compare two integers.
    void rankSortKeys() const;
    void forgetSortKeys() const;

    QString m_text;
    Syntax m_syntax = Syntax::Substring;
    QRegularExpression m_pattern;
    QString m_patternError;
    QStringList m_categories;
    bool m_excludeCategories = false;
    QCollator m_collator;
    // Collation keys of one text column by source row: a sort of 100 000 names compares keys
    // (a byte compare) instead of collating both strings on each of ~1.7 million comparisons.
    // Rows appended by paging extend them; any other change to the source drops them.
    mutable QVector<QCollatorSortKey> m_sortKeys;
    mutable QVector<bool> m_sortKeyIsNull;
    mutable int m_sortKeysColumn = -1;
    // The rank of each source row's key (equal keys, equal ranks), for the rows keyed when it
    // was last made; rows a page appended since compare by key.
    mutable QVector<int> m_sortRanks;
    // Whether each loaded source row matches the filter text, by source row (see matchLoadedRows);
    // rows appended after it are matched one by one.
    QVector<char> m_textMatches;
    QVector<QMetaObject::Connection> m_sourceConnections;
};
