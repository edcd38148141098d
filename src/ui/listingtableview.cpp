#include "listingtableview.h"

#include "scrollprefetcher.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

ListingTableView::ListingTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
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

void ListingTableView::clearSort()
{
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
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
