// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// How an export ended, for the window's status line and for tests.
struct ExportResult
{
    enum class Outcome { Written, Cancelled, Failed };

    Outcome outcome = Outcome::Failed;
    QString path;
    qint64 rows = 0;      // the rows in the file (the header row not counted)
    QString error;        // why it failed, in words; empty otherwise
    QStringList warnings; // what the file holds differently (cells cut to a spreadsheet's limit)

    bool written() const { return outcome == Outcome::Written; }
};
Q_DECLARE_METATYPE(ExportResult)
