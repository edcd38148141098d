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
    // Takes ownership of `model`. `what` names the rows in the plural ("people").
    FilteredTablePane(ColumnTableModel *model, const QString &what, QWidget *parent = nullptr);

    ColumnTableModel *model() const { return m_model; }
    TableFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    // The source row of the current row, or -1.
    int currentSourceRow() const;
    // Rows in the order shown, as source rows: what an export of everything writes.
    QVector<int> shownSourceRows() const;
    QVector<int> selectedSourceRows() const;
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
    bool m_columnsFitted = false;
};
