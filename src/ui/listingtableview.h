#pragma once

#include <QTableView>
#include <QVector>

// A QTableView set up for long listings: whole-row selection, sorting by header click
// (starting in the server's order), columns resizable, movable and hideable through the
// header's context menu. It also tells which rows and columns an export or a copy takes.
class ListingTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ListingTableView(QWidget *parent = nullptr);

    // Visible columns, in the order the header shows them.
    QVector<int> visibleColumns() const;
    // Selected rows of the view's model, in the order the view shows them.
    QVector<int> selectedRows() const;
    // Every row the view's model has, in view order.
    QVector<int> allRows() const;

    // Back to the server's order (no sort indicator).
    void clearSort();

Q_SIGNALS:
    void sortChanged();

private:
    void showHeaderMenu(const QPoint &pos);
};
