// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collationranks.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringList>

class ColumnTableModel;

// Filters and sorts the loaded rows of a ColumnTableModel: a search across the text columns,
// a category filter (role, group type, status), sorting on the raw value of any column.
// It sees only loaded rows; isSourceComplete() tells whether that is the whole listing.
class TableFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Syntax { Substring, Wildcard, RegularExpression };
    Q_ENUM(Syntax)

    explicit TableFilterProxyModel(QObject *parent = nullptr);

    ColumnTableModel *pagedSource() const;
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
    // Collates by the default locale's rules, or Unicode's default order.
    static QCollator textCollator();
    void rebuildPattern();
    // With many rows loaded, matches every row against the filter text on all cores at once,
    // for filterAcceptsRow() to read.
    void matchLoadedRows();
    bool textMatches(const ColumnTableModel *paged, int row, const QRegularExpression &pattern) const;
    // Re-filters every row after a change of text, syntax or categories.
    void refilter();

    QString m_text;
    Syntax m_syntax = Syntax::Substring;
    QRegularExpression m_pattern;
    QString m_patternError;
    QStringList m_categories;
    bool m_excludeCategories = false;
    QCollator m_collator;
    // The sorted text column's ranks (lessThan is const and ranks rows a page appended).
    mutable CollationRanks m_ranks;
    // Whether each loaded source row matches the filter text, by source row (see matchLoadedRows);
    // rows appended after it are matched one by one.
    QVector<char> m_textMatches;
    QVector<QMetaObject::Connection> m_sourceConnections;
};
