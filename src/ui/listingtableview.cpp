// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingtableview.h"

#include "listingitemdelegate.h"
#include "listingscrollbar.h"
#include "scrollprefetcher.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <utility>

ListingTableView::ListingTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control (a keyboard user is never trapped in it); the
    // arrow keys, Page Up/Down and Home/End move between cells.
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBar(new ListingScrollBar(Qt::Vertical, this));
    ListingItemDelegate::installOn(this);
    verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100 000 rows cheap; the height follows the font.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(fontMetrics().averageCharWidth() * 24);
    header->setSortIndicatorShown(true);
    // No indicator: the rows come in the server's order until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ListingTableView::showHeaderMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListingTableView::sortChanged);

    // Starts the next page a page before the view reaches the end, so scrolling does not wait.
    new ScrollPrefetcher(this);
}

QVector<int> ListingTableView::visibleColumns() const
{
    QVector<int> columns;
    if (!model())
        return columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QVector<int> ListingTableView::selectedRows() const
{
    QVector<int> rows;
    if (!selectionModel())
        return rows;
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    // Model rows of a proxy are already in view order; a selection comes in the order it was made.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QVector<int> ListingTableView::allRows() const
{
    QVector<int> rows;
    const int count = model() ? model()->rowCount() : 0;
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(row);
    return rows;
}

void ListingTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    delete m_modelConnections;
    needFullLayout();
    if (!model)
        return;
    m_modelConnections = new QObject(this);
    QObject *context = m_modelConnections;
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, context,
            [this](const QModelIndex &parent, int first) { noteRowsAboutToBeInserted(parent, first); });
    connect(model, &QAbstractItemModel::rowsInserted, context,
            [this](const QModelIndex &parent, int first) { noteRowsInserted(parent, first); });
    const auto full = [this] {
        needFullLayout();
        forgetTopRow();
    };
    connect(model, &QAbstractItemModel::modelReset, context, full);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, context,
            [this](const QList<QPersistentModelIndex> &parents, QAbstractItemModel::LayoutChangeHint hint) {
                noteLayoutAboutToBeChanged(parents, hint);
            });
    connect(model, &QAbstractItemModel::layoutChanged, context, [this] { noteLayoutChanged(); });
    connect(model, &QAbstractItemModel::rowsRemoved, context, full);
    connect(model, &QAbstractItemModel::rowsMoved, context, full);
    connect(model, &QAbstractItemModel::columnsInserted, context, full);
    connect(model, &QAbstractItemModel::columnsRemoved, context, full);
    connect(model, &QAbstractItemModel::columnsMoved, context, full);
}

void ListingTableView::noteRowsAboutToBeInserted(const QModelIndex &parent, int first)
{
    // At the very top, rows sorted in first are news to show, not a shift to undo.
    if (parent.isValid() || m_anchor.isValid() || verticalScrollBar()->value() == 0)
        return;
    // Noted once per layout: until an anchor is set, every row inserted since went in below the
    // top row, which has not moved (while the header's row numbers past it have).
    if (m_topRow < 0)
        m_topRow = uniformRowAt(0);
    if (m_topRow >= 0 && first <= m_topRow)
        m_anchor = model()->index(m_topRow, 0);
}

void ListingTableView::noteLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                                  QAbstractItemModel::LayoutChangeHint hint)
{
    m_shownRows.clear();
    m_anchorFromLayout = false;
    m_rowsBeforeLayout = model()->rowCount();
    if (!parents.isEmpty() || hint == QAbstractItemModel::HorizontalSortHint)
        return;
    // A sorted table merges a page in with one layout change. The rows on screen are noted: when
    // they are the same rows at the same places afterwards, only the scroll bar changes.
    const int top = uniformRowAt(0);
    const int bottom = uniformRowAt(viewport()->height() - 1);
    if (m_pendingLayout < PendingLayout::RowsChanged && top >= 0 && bottom >= top) {
        for (int row = top; row <= bottom; ++row)
            m_shownRows.append(model()->index(row, 0));
        m_shownTop = top;
    }
    // Rows going in above the screen must not push down the rows being read.
    if (top >= 0 && !m_anchor.isValid() && verticalScrollBar()->value() > 0) {
        m_anchor = model()->index(top, 0);
        m_anchorFromLayout = true;
    }
}

void ListingTableView::noteLayoutChanged()
{
    m_topRow = -1;
    // As many rows as before: a new sort order, which is news; the screen shows its top rows anew.
    if (std::exchange(m_anchorFromLayout, false) && model()->rowCount() == m_rowsBeforeLayout)
        m_anchor = QPersistentModelIndex();
    const QVector<QPersistentModelIndex> shown = std::exchange(m_shownRows, {});
    bool same = !shown.isEmpty() && m_pendingLayout < PendingLayout::RowsChanged;
    for (qsizetype i = 0; same && i < shown.size(); ++i)
        same = shown.at(i).isValid() && shown.at(i).row() == m_shownTop + i;
    if (!same) {
        // The anchor noted stays for the (delayed) layout to scroll to.
        m_pendingLayout = std::max(m_pendingLayout, PendingLayout::RowsChanged);
        return;
    }
    if (m_pendingLayout == PendingLayout::None) {
        m_pendingLayout = PendingLayout::RowsBelowView;
        m_lastShownRow = m_shownTop + int(shown.size()) - 1;
    }
}

void ListingTableView::noteRowsInserted(const QModelIndex &parent, int first)
{
    if (parent.isValid() || m_pendingLayout >= PendingLayout::RowsChanged)
        return;
    // Noted once per layout: a sorted proxy inserts a page as up to a hundred separate ranges,
    // each compared with the last row the screen showed before the first.
    if (m_pendingLayout == PendingLayout::None)
        m_lastShownRow = uniformRowAt(viewport()->height() - 1);
    // No row at the bottom edge: the rows end inside the viewport, so new ones show.
    m_pendingLayout = m_lastShownRow >= 0 && first > m_lastShownRow ? PendingLayout::RowsBelowView
                                                                      : PendingLayout::RowsChanged;
}

int ListingTableView::uniformRowAt(int y) const
{
    const QHeaderView *rows = verticalHeader();
    const int position = y + rows->offset();
    const int row = position >= 0 ? position / std::max(1, rows->defaultSectionSize()) : -1;
    const int found = row < rows->count() ? row : -1;
    Q_ASSERT_X(found == rowAt(y), "ListingTableView::uniformRowAt", "a row of another height, or hidden");
    return found;
}

void ListingTableView::needFullLayout()
{
    m_pendingLayout = PendingLayout::Full;
}

void ListingTableView::forgetTopRow()
{
    m_topRow = -1;
    m_anchor = QPersistentModelIndex();
}

void ListingTableView::doItemsLayout()
{
    const PendingLayout pending = std::exchange(m_pendingLayout, PendingLayout::None);
    m_topRow = -1;
    if (pending == PendingLayout::RowsBelowView && !m_layoutDeferred) {
        // Loading a long listing would otherwise repaint every visible cell once a page,
        // which is most of the time a load takes. The rows on screen have not moved.
        m_anchor = QPersistentModelIndex();
        updateGeometries();
        return;
    }
    if ((pending == PendingLayout::RowsBelowView || pending == PendingLayout::RowsChanged) && !m_anchor.isValid()
        && (m_layoutDeferred || uniformRowAt(viewport()->height() - 1) >= 0)) {
        // Pages that arrive back to back into a sorted table change the rows on screen nearly
        // every time at first: the screen follows them a few times a second, not once a page,
        // and each time the text of the rows it will show is laid out first, a turn at a time.
        // (A table that does not fill the screen yet shows each page at once: Qt's view asks
        // for the next page while its last row shows.)
        // Rows that fill a table that did not scroll yet show as soon as their text is laid out.
        // Its scroll bar waits for them as well: showing it resizes the screen, which paints at
        // once. The first names of a listing often need fonts not loaded yet (a script never
        // shown before), some 20 ms of loading in one paint otherwise.
        const bool scrolls = verticalScrollBar()->isVisibleTo(this);
        if (scrolls)
            updateGeometries();
        if (!m_layoutDeferred) {
            m_layoutDeferred = true;
            const qint64 since = m_sinceLayout.isValid() ? m_sinceLayout.elapsed() : RowsLayoutIntervalMs;
            QTimer::singleShot(scrolls ? int(std::max<qint64>(0, RowsLayoutIntervalMs - since)) : 0, this,
                               &ListingTableView::layOutDeferredRows);
        }
        return;
    }
    layOutRows();
}

void ListingTableView::layOutRows()
{
    m_sinceLayout.start();
    QTableView::doItemsLayout();
    if (const QPersistentModelIndex anchor = std::exchange(m_anchor, QPersistentModelIndex()); anchor.isValid())
        scrollTo(anchor, QAbstractItemView::PositionAtTop);
}

void ListingTableView::layOutDeferredRows()
{
    // Rows sorted onto the screen bring names never shown before, whose text takes some 5 ms a
    // screen to lay out: done in one paint, it would hold the window that long. The rows the
    // layout will show have their text laid out first, about a millisecond a turn.
    if (auto *delegate = qobject_cast<ListingItemDelegate *>(itemDelegate()); delegate && model()) {
        QElapsedTimer turn;
        turn.start();
        const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
        const int top = m_anchor.isValid() ? m_anchor.row() : std::max(0, rowAt(0));
        const int bottom = std::min(model()->rowCount(), top + viewport()->height() / rowHeight + 1);
        QVector<int> columns;
        for (const int column : visibleColumns()) {
            const int x = columnViewportPosition(column);
            if (x < viewport()->width() && x + columnWidth(column) > 0)
                columns.append(column);
        }
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        for (; !columns.isEmpty() && top + m_cellsLaidOutAhead / columns.size() < bottom; ++m_cellsLaidOutAhead) {
            if (turn.nsecsElapsed() > LayOutAheadTurnNs) {
                QTimer::singleShot(0, this, &ListingTableView::layOutDeferredRows);
                return;
            }
            const int row = top + m_cellsLaidOutAhead / columns.size();
            const int column = columns.at(m_cellsLaidOutAhead % columns.size());
            option.rect = QRect(columnViewportPosition(column), 0, columnWidth(column), rowHeight);
            delegate->layOutAhead(option, model()->index(row, column, rootIndex()));
        }
    }
    m_cellsLaidOutAhead = 0;
    m_layoutDeferred = false;
    // Whatever else came meanwhile (a page, a resize) is covered by laying out everything now.
    m_pendingLayout = PendingLayout::None;
    m_topRow = -1;
    layOutRows();
}

// The next three: what the view shows moves, so the rows noted are stale.
void ListingTableView::scrollContentsBy(int dx, int dy)
{
    if (m_pendingLayout != PendingLayout::None)
        needFullLayout();
    // A person scrolled: where they went wins over where they were.
    forgetTopRow();
    QTableView::scrollContentsBy(dx, dy);
}

bool ListingTableView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize && m_pendingLayout != PendingLayout::None)
        needFullLayout();
    return QTableView::viewportEvent(event);
}

void ListingTableView::changeEvent(QEvent *event)
{
    // Font, style, direction: anything may change the rows' geometry.
    if (m_pendingLayout != PendingLayout::None)
        needFullLayout();
    QTableView::changeEvent(event);
}

void ListingTableView::clearSort()
{
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void ListingTableView::fillSortMenu(QMenu *menu)
{
    menu->clear();
    if (!model())
        return;
    const QHeaderView *header = horizontalHeader();
    const int sorted = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    auto *group = new QActionGroup(menu);
    for (int logical : visibleColumns()) {
        QAction *action = menu->addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(logical == sorted);
        action->setActionGroup(group);
        const Qt::SortOrder next =
            logical == sorted && order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        // The indicator sorts the table, once. (Qt 6.4's sortByColumn() sorts a table whose
        // sorting is enabled twice: through the indicator, then again by itself.)
        connect(action, &QAction::triggered, this,
                [this, logical, next] { horizontalHeader()->setSortIndicator(logical, next); });
    }
    menu->addSeparator();
    QAction *serverOrder = menu->addAction(tr("Server order (no sorting)"));
    serverOrder->setCheckable(true);
    serverOrder->setChecked(sorted < 0 || sorted >= header->count());
    serverOrder->setActionGroup(group);
    connect(serverOrder, &QAction::triggered, this, &ListingTableView::clearSort);
}

void ListingTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    const int shown = int(visibleColumns().size());
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column stays: a table with no columns cannot be brought back by its header.
        action->setEnabled(header->isSectionHidden(logical) || shown > 1);
        connect(action, &QAction::toggled, header, [header, logical](bool on) { header->setSectionHidden(logical, !on); });
    }
    menu.addSeparator();
    QAction *serverOrder = menu.addAction(tr("Server order (no sorting)"));
    serverOrder->setEnabled(header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < header->count());
    connect(serverOrder, &QAction::triggered, this, &ListingTableView::clearSort);
    QAction *reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [header] {
        for (int logical = 0; logical < header->count(); ++logical) {
            header->setSectionHidden(logical, false);
            header->moveSection(header->visualIndex(logical), logical);
            header->resizeSection(logical, header->defaultSectionSize());
        }
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}
