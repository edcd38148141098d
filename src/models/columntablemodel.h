// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <memory>

class TableCells;

// A flat table of typed columns: what every Roster table shares, however its rows arrive.
// Subclasses give a cell's raw value; this class answers the roles from it: the display text
// (made safe to show, times in the person's locale), the raw value for sorting, the export text
// (ISO 8601 UTC times, empty for null) and the filter text.
class ColumnTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        QString toolTip;
        QString fieldName;
        bool isTime = false;
        bool searchable = true;
    };
    // A choice a category filter offers (Owner, Member, Other roles): the raw values it keeps,
    // or, with `exclude`, the ones it leaves out.
    struct Category
    {
        QString label;
        QStringList values;
        bool exclude = false;
        // The command line's word for it ("owner", "other").
        QString keyword;
    };

    using QAbstractTableModel::QAbstractTableModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The text columns a search looks at (those data(index, FilterRole) answers for).
    const QVector<int> &searchColumns() const { return m_searchColumns; }
    // A cell's raw value as text (null for a missing value), without an index and a QVariant:
    // a filter reads every row on each keystroke. Only reads the rows, so a worker may call
    // it while the GUI thread waits for it.
    QString rawText(int row, int column) const { return rawValue(row, column).toString(); }

    // The rows' cells as they are now, taken in O(1) and readable on any thread (an export's
    // worker reads them); null where a model offers none, and then an export reads data().
    virtual std::shared_ptr<const TableCells> cells() const { return {}; }

    // The column whose value a category filter (role, group type) looks at, or -1.
    virtual int categoryColumn() const { return -1; }
    // The choices of the category filter, in the order a menu shows them; empty for none.
    virtual QVector<Category> categories() const { return {}; }
    int columnForField(const QString &fieldName) const;
    // Whether the rows are all there are: a filter or sort over them covers the whole listing.
    virtual bool isComplete() const { return true; }

protected:
    void setColumns(QVector<Column> columns);
    // The raw value of a cell: qint64 seconds for time columns, QString otherwise
    // (a null QString for a null field).
    virtual QVariant rawValue(int row, int column) const = 0;
    // How a raw value reads in the table ("Owner" for "owner"); the value itself by default.
    virtual QString displayText(int column, const QString &raw) const;

private:
    QVector<Column> m_columns;
    QVector<int> m_searchColumns;
};
