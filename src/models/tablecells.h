// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A table's cells taken from a model in O(1), to be read on any thread while the model goes on
// changing on its own: an export's worker formats straight from them, with no QModelIndex, no
// QVariant and no call into the model. Columns are the model's own.
class TableCells
{
public:
    virtual ~TableCells() = default;

    virtual int rowCount() const = 0;
    // A text column's cell: the raw text, a null QString for a null field (an export writes it
    // as empty, as ModelRoles::ExportRole has it).
    virtual const QString &text(int row, int column) const = 0;
    // A time column's cell: Unix seconds.
    virtual qint64 seconds(int row, int column) const = 0;

    // Hints for a reader that visits rows out of memory order (a sorted view), where each cell
    // would otherwise wait for memory: start loading a row, and, some rows later, the text its
    // cells point to. Reading is the same without them.
    virtual void prefetchRow(int) const {}
    virtual void prefetchText(int) const {}
};
