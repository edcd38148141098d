// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/listingquery.h"
#include "columntablemodel.h"
#include "pagedlisting.h"

class ApiClient;

// A flat table filled page by page from one listing: the paging and the state a view shows
// live here; subclasses keep the rows.
class PagedTableModel : public ColumnTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY stateChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY stateChanged)

public:
    PagedTableModel(ApiClient *client, const ListingQuery &query, QObject *parent = nullptr);

    const ListingQuery &query() const { return m_listing->query(); }
    // Clears the rows and lists again from the first page.
    void reload();
    // As reload(), for another query (another project, another order). A query with no
    // project or group id (ListingQuery::isRunnable) leaves the table empty.
    void setQuery(const ListingQuery &query);

    bool isLoading() const { return m_listing->state() == PagedListing::State::Loading; }
    // The server has said there is nothing more.
    bool isComplete() const override { return m_listing->state() == PagedListing::State::Finished; }
    bool hasError() const { return m_listing->state() == PagedListing::State::Failed; }
    ApiError lastError() const { return m_listing->error(); }
    // Rows that could not be read (wrong shape) and rows sent twice, since the last reload.
    int skippedRows() const { return m_skippedRows; }
    int duplicateRows() const { return m_duplicateRows; }
    int pagesReceived() const { return m_listing->pagesReceived(); }

    void retry();
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_listing->isLoadingAll(); }

Q_SIGNALS:
    void stateChanged();
    void errorOccurred(const ApiError &error);
    void retrying(int nextAttempt, int delayMs, const ApiError &error);
    // Emitted after each page while loadAll() runs.
    void loadAllProgress(int rowsLoaded);
    void loadAllFinished(bool complete);

protected:
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Adds a page's rows, as the listing's item reader (setItemReader) read them on a worker;
    // counts what it skips.
    virtual void appendItems(const std::any &readItems) = 0;
    void setItemReader(ListPage::ItemReader reader) { m_listing->setItemReader(std::move(reader)); }
    virtual void clearRows() = 0;

    void countSkipped(int rows) { m_skippedRows += rows; }
    void countDuplicates(int rows) { m_duplicateRows += rows; }

private:

    PagedListing *m_listing; // owned
    int m_skippedRows = 0;
    int m_duplicateRows = 0;
};
