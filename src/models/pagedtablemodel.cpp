// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedtablemodel.h"

#include "modelslogging.h"

PagedTableModel::PagedTableModel(ApiClient *client, const ListingQuery &query, QObject *parent)
    : ColumnTableModel(parent), m_listing(new PagedListing(client, query, this))
{
    connect(m_listing, &PagedListing::pageReceived, this, [this](const QJsonArray &, const std::any &readItems) {
        appendItems(readItems);
        if (m_listing->isLoadingAll())
            Q_EMIT loadAllProgress(rowCount());
    });
    connect(m_listing, &PagedListing::stateChanged, this, &PagedTableModel::stateChanged);
    connect(m_listing, &PagedListing::failed, this, &PagedTableModel::errorOccurred);
    connect(m_listing, &PagedListing::retrying, this, &PagedTableModel::retrying);
    connect(m_listing, &PagedListing::loadAllFinished, this, &PagedTableModel::loadAllFinished);
    m_listing->setEnabled(query.isRunnable());
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // A flat table grows only at the root.
    return !parent.isValid() && m_listing->canFetchMore();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_listing->fetchMore();
}

void PagedTableModel::setQuery(const ListingQuery &query)
{
    qCDebug(lcModels).noquote() << "listing" << query.path() << "from its first page";
    beginResetModel();
    clearRows();
    m_skippedRows = 0;
    m_duplicateRows = 0;
    m_listing->setEnabled(query.isRunnable());
    m_listing->restart(query);
    endResetModel();
    Q_EMIT stateChanged();
}

void PagedTableModel::reload()
{
    setQuery(query());
}

void PagedTableModel::retry()
{
    m_listing->retry();
}

void PagedTableModel::loadAll()
{
    m_listing->loadAll();
}

void PagedTableModel::cancelLoadAll()
{
    m_listing->cancelLoadAll();
}
