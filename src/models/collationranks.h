// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QVector>

class QAbstractItemModel;
class ColumnTableModel;

// One text column's rows ranked in collation order (equal values, equal ranks): sorting 100 000
// names then compares two numbers instead of collating two strings, some 1.7 million times, and
// holds 13 bytes a row instead of a collation key. Rows appended since the last update are ranked
// between their neighbours in one merge; any other change to the rows needs clear().
class CollationRanks
{
public:
    explicit CollationRanks(const QCollator &collator);

    // The column ranked, or -1.
    int column() const { return m_column; }
    int rankedRows() const { return int(m_ranks.size()); }
    // Ranks `column` of the flat `model`: every row afresh when the column is another or many rows
    // are new (collation keys built on all cores for a ColumnTableModel), else the appended rows only.
    void update(const QAbstractItemModel *model, int column);
    // Builds the collation keys of rows appended to the model ranked since the last update, as
    // they arrive: the next update then only places them, and a page's keys cost its own turn.
    void keyArrivedRows(const QAbstractItemModel *model, int column);
    void clear();

    // A missing value (a null name); it has no rank.
    bool isNull(int row) const { return m_isNull.at(row); }
    double rank(int row) const { return m_ranks.at(row); }

private:
    // A row appended since the last update, with a value.
    struct Fresh
    {
        int row;
        QString text;
        QCollatorSortKey key;
        qsizetype place = 0;   // the first ranked row (in m_order) not before it
        bool equal = false;    // that row's value is this one's
    };

    QString text(int row) const;
    void rankAll();
    // Keys the rows from m_keyedRows up to `count`, into m_fresh.
    void keyRows(int count);
    // False when some gap between two ranks is too narrow for a double to split: rank afresh.
    bool rankAppended();

    QCollator m_collator;
    const QAbstractItemModel *m_model = nullptr;
    const ColumnTableModel *m_paged = nullptr; // m_model when it is one: read without an index
    int m_column = -1;
    QVector<double> m_ranks;  // by row
    QVector<bool> m_isNull;   // by row
    QVector<int> m_order;     // rows with a value, in rank order
    QVector<Fresh> m_fresh;   // rows after the ranked ones, keyed, in row order
    int m_keyedRows = 0;      // the rows ranked or keyed
};
