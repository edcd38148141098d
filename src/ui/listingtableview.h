// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTableView>
#include <QVector>

class QMenu;

// A QTableView set up for long listings: whole-row selection, sorting by header click
// (starting in the server's order), columns resizable, movable and hideable through the
// header's context menu. It also tells which rows and columns an export or a copy takes.
// While pages arrive it keeps the rows a person is reading in place (rows sorted in above the
// screen do not push them down) and does not repaint for rows that land below the screen.
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
    // Fills `menu` with a choice of the shown columns to sort by (the same column again reverses
    // the order) and the server's order: sorting without the mouse, from the window's View menu.
    void fillSortMenu(QMenu *menu);

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void sortChanged();

protected:
    // Rows added below the last visible one change the scroll bar, not a single visible cell:
    // the layout they trigger then skips repainting the viewport.
    void doItemsLayout() override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What has changed since the last layout.
    // In rising order: a later note never lowers what is pending.
    enum class PendingLayout { None, RowsBelowView, RowsChanged, Full };
    // While pages arrive, the rows on screen are laid out again at most this often.
    static constexpr int RowsLayoutIntervalMs = 100;
    // Before such a layout, the text of the rows it will show is laid out this long a turn.
    static constexpr qint64 LayOutAheadTurnNs = 1000000;

    void showHeaderMenu(const QPoint &pos);
    void noteRowsAboutToBeInserted(const QModelIndex &parent, int first);
    void noteRowsInserted(const QModelIndex &parent, int first);
    void noteLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents, QAbstractItemModel::LayoutChangeHint hint);
    void noteLayoutChanged();
    void needFullLayout();
    void forgetTopRow();
    // rowAt(y), in constant time. Every row has the header's default height and none is hidden, so
    // a row's place is arithmetic; rowAt() has the header add up every row's height once after
    // each layout change, 0.2 to 0.4 ms at 100 000 rows, which a sorted table's merge paid each time.
    int uniformRowAt(int y) const;
    // A deferred layout for arrived rows, once the text of the rows it will show is laid out.
    void layOutDeferredRows();
    // Qt's layout of every row, then back to the row being read if rows went in above it.
    void layOutRows();

    QPointer<QObject> m_modelConnections; // owns the connections to the current model
    PendingLayout m_pendingLayout = PendingLayout::Full;
    int m_lastShownRow = -1; // while RowsBelowView: the last row the viewport shows
    // The top row on screen when rows went in above it, scrolled back to the top after the layout.
    QPersistentModelIndex m_anchor;
    int m_topRow = -1; // the top row on screen, once asked in this layout; -1 not asked yet
    QElapsedTimer m_sinceLayout;  // since the last full layout
    bool m_layoutDeferred = false; // a full layout for arrived rows waits for its turn
    int m_cellsLaidOutAhead = 0;   // of the screen that layout will show, in rows then columns
    // Across a layout change: the rows on screen, from m_shownTop down.
    QVector<QPersistentModelIndex> m_shownRows;
    int m_shownTop = -1;
    int m_rowsBeforeLayout = 0;
    bool m_anchorFromLayout = false; // m_anchor was set for the layout change under way
};
