// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredtablepane.h"

#include "filterbar.h"
#include "listingitemdelegate.h"

#include "models/columntablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

FilteredTablePane::FilteredTablePane(ColumnTableModel *model, const QString &singular, const QString &what, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new TableFilterProxyModel(this)),
      m_filterBar(new FilterBar(tr("Filter %1 (Ctrl+F)").arg(what), model->categories(), this)),
      m_view(new QTableView(this)), m_count(new QLabel(this)), m_what(what), m_singular(singular)
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_filterBar->setLoadAllVisible(false);
    m_view->setModel(m_proxy);
    // An access list may hold every member of every project: cells laid out once, not every paint.
    ListingItemDelegate::installOn(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(what);
    m_count->setAccessibleName(tr("Row count"));
    m_filterBar->setFocusProxy(m_filterBar->searchField());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filterBar, &FilterBar::filterTextChanged, m_proxy, &TableFilterProxyModel::setFilterText);
    connect(m_filterBar, &FilterBar::syntaxChanged, m_proxy, &TableFilterProxyModel::setFilterSyntax);
    connect(m_filterBar, &FilterBar::categoryChanged, this, [this] {
        const FilterBar::Category category = m_filterBar->category();
        m_proxy->setCategoryFilter(category.values, category.exclude);
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilteredTablePane::refreshCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FilteredTablePane::refreshCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FilteredTablePane::refreshCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilteredTablePane::refreshCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT currentSourceRowChanged(currentSourceRow());
    });
    refreshCount();
}

int FilteredTablePane::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QVector<int> FilteredTablePane::selectedRows() const
{
    QVector<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QVector<int> FilteredTablePane::allRows() const
{
    QVector<int> rows(m_proxy->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

QVector<int> FilteredTablePane::visibleColumns() const
{
    QVector<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QString FilteredTablePane::countText() const
{
    const QLocale locale;
    if (m_proxy->rowCount() == m_model->rowCount())
        return tr("%1 %2").arg(locale.toString(m_model->rowCount()), m_what);
    return tr("%1 of %2 %3 match the filter")
        .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()), m_what);
}

void FilteredTablePane::refreshCount()
{
    m_count->setText(countText());
    m_filterBar->setPatternError(m_proxy->patternError());
    if (!m_columnsFitted && m_model->rowCount() > 0) {
        m_columnsFitted = true;
        // Fitted to the first screen of rows: a very long name does not push the others away.
        m_view->horizontalHeader()->setResizeContentsPrecision(50);
        m_view->resizeColumnsToContents();
        QHeaderView *header = m_view->horizontalHeader();
        const int widest = fontMetrics().averageCharWidth() * 36;
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, qMin(header->sectionSize(column) + fontMetrics().averageCharWidth() * 2, widest));
    }
}
