#pragma once

#include "api/apierror.h"
#include "api/listingquery.h"
#include "pagedlisting.h"

#include <QAbstractTableModel>
#include <QVector>

class ApiClient;

// A flat table filled page by page from one listing: the paging, the state a view shows
// and the formatting shared by every column kind live here; subclasses keep the rows.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY stateChanged)
    Q_PROPERTY(bool complete READ isComplete NOTIFY stateChanged)

public:
    struct Column
    {
        QString title;
        QString toolTip;
        QString fieldName;
        bool isTime = false;
        bool searchable = true;
    };

    PagedTableModel(ApiClient *client, const ListingQuery &query, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ListingQuery &query() const { return m_listing->query(); }
    // Clears the rows and lists again from the first page.
    void reload();
    // As reload(), for another query (another project, another order). A query with no
    // project or group id (ListingQuery::isRunnable) leaves the table empty.
    void setQuery(const ListingQuery &query);

    bool isLoading() const { return m_listing->state() == PagedListing::State::Loading; }
    // The server has said there is nothing more.
    bool isComplete() const { return m_listing->state() == PagedListing::State::Finished; }
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

    // The text columns a search looks at (those data(index, FilterRole) answers for).
    const QVector<int> &searchColumns() const { return m_searchColumns; }
    // A cell's raw value as text (null for a missing value), without an index and a QVariant:
    // a filter reads every row on each keystroke. Only reads the rows, so a worker may call
    // it while the GUI thread waits for it.
    QString rawText(int row, int column) const { return rawValue(row, column).toString(); }

    // The column whose value a category filter (role, group type) looks at, or -1.
    virtual int categoryColumn() const { return -1; }
    int columnForField(const QString &fieldName) const;

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

    void setColumns(QVector<Column> columns);
    // The raw value of a cell: qint64 seconds for time columns, QString otherwise
    // (a null QString for a null field).
    virtual QVariant rawValue(int row, int column) const = 0;
    // How a raw value reads in the table ("Owner" for "owner"); the value itself by default.
    virtual QString displayText(int column, const QString &raw) const;
    // Reads the page's items into rows; counts what it skips.
    virtual void appendItems(const QJsonArray &items) = 0;
    virtual void clearRows() = 0;

    void countSkipped(int rows) { m_skippedRows += rows; }
    void countDuplicates(int rows) { m_duplicateRows += rows; }

private:

    PagedListing *m_listing; // owned
    QVector<Column> m_columns;
    QVector<int> m_searchColumns;
    int m_skippedRows = 0;
    int m_duplicateRows = 0;
};
