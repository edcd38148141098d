// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ColumnTableModel;
class FilterBar;
class QLabel;
class QTableView;
class TableFilterProxyModel;

// A table that is all there (no paging) with the filter bar above it and a line saying how
// many rows match: the organization-wide tables. Sort by clicking a header.
class FilteredTablePane : public QWidget
{
    Q_OBJECT

public:
    // Takes ownership of `model`. `singular` and `plural` name the rows ("person", "people").
    FilteredTablePane(ColumnTableModel *model, const QString &singular, const QString &plural, QWidget *parent = nullptr);

    ColumnTableModel *model() const { return m_model; }
    TableFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The source row of the current row, or -1.
    int currentSourceRow() const;
    // Rows of proxy() as the view shows them: the selected ones, or every one.
    QVector<int> selectedRows() const;
    QVector<int> allRows() const;
    // Columns in the order shown, hidden ones left out.
    QVector<int> visibleColumns() const;
    QString singular() const { return m_singular; }
    QString plural() const { return m_what; }
    // "12 of 345 people"
    QString countText() const;

Q_SIGNALS:
    void currentSourceRowChanged(int sourceRow);

private:
    void refreshCount();

    ColumnTableModel *m_model;     // owned (child)
    TableFilterProxyModel *m_proxy; // owned (child)
    FilterBar *m_filterBar;         // owned by the layout
    QTableView *m_view;             // owned by the layout
    QLabel *m_count;                // owned by the layout
    QString m_what;
    QString m_singular;
    bool m_columnsFitted = false;
};
