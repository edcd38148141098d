// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class BenchTable;
class PagedTableModel;
class TableFilterProxyModel;

// The figures of issue 5; each adds its rows to the table. Figures are numbered as in the issue.
struct BenchOptions
{
    int runs = 5;        // runs per timed figure; the median is reported
    QString benchPath;   // this program, for the start-up figure's child process
    int bigUsers = 100000; // rows for figures 3 to 6 (smaller for a profiler run)
};

void loadFigures(BenchTable &table, const BenchOptions &options);     // 1
void scrollFigure(BenchTable &table, const BenchOptions &options);    // 2
void bigTableFigures(BenchTable &table, const BenchOptions &options); // 3, 4, 6
void exportFigures(BenchTable &table, const BenchOptions &options);   // 5
void startupFigure(BenchTable &table, const BenchOptions &options);   // 7
void accessFigures(BenchTable &table, const BenchOptions &options);   // 8: organization-wide
void storeFigures(BenchTable &table, const BenchOptions &options);    // 9: the snapshot store
void stallFigures(BenchTable &table, const BenchOptions &options);    // 10: stalls at 10 000 against 100 000 rows

// The start-up figure's child: opens the table and exits once its first page is painted.
int runStartupProbe(int argc, char *argv[]);

// Loads every page of `model`'s listing; returns false on an error or after `timeoutMs`.
bool loadAllAndWait(PagedTableModel &model, int timeoutMs = 300000);
// The same, then until `proxy` shows them all: into a sorted table, the last page goes in a
// moment after the listing ends (placed on a worker).
bool loadAllAndShow(PagedTableModel &model, const TableFilterProxyModel &proxy, int timeoutMs = 300000);
