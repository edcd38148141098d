// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"
#include "export/exportformat.h"
#include "export/exportresult.h"
#include "export/tableexportjob.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ListingTab;
class QAbstractItemModel;
class QWidget;

// The window's side of exporting: Copy as tab-separated text, "Export selection…" and
// "Export all…" (load the whole listing first, then every row that passes the filter), the
// export dialog, the remembered folder, format and byte-order mark, a progress window with
// Cancel while a TableExportJob reads the table between the event loop's turns and writes it
// on a worker, and a status line saying how many rows went where. Every call into the export
// library is in this class's .cpp.
class ExportController : public QObject
{
    Q_OBJECT

public:
    // Rows of a table to copy or export: any table the window shows (a project's listing, the
    // organization's people or access list).
    struct Source
    {
        QPointer<QObject> owner;                   // the export is dropped if this goes first
        const QAbstractItemModel *model = nullptr; // as the view shows it (after filter and sort)
        // The rows of `model` to write, in the order to write. Asked again when the file is
        // written: while the dialog is open, rows move (a page arriving into a sorted table, a
        // sort or filter worked out in the background), and the rows the view shows picked then
        // are the people picked.
        std::function<QVector<int>()> rows;
        QVector<int> columns;                      // columns of `model`, in the order shown
        QString singular;                          // "user"
        QString plural;                            // "users"
    };

    explicit ExportController(QWidget *dialogParent, QObject *parent = nullptr);

    // Puts the selected rows (header row first) on the clipboard; returns how many.
    int copySelection(ListingTab *tab);
    // `baseName` is the file name without date and suffix, e.g. "proj_abc-users".
    void exportSelection(ListingTab *tab, const QString &baseName);
    void exportAll(ListingTab *tab, const QString &baseName);

    // The same for any table: `summary` says in the dialog which rows go, given how many there are
    // and the same as words ("3 users").
    using Summary = std::function<QString(int rows, const QString &what)>;
    // What an export of the selection says: the rows selected, or all shown when none are, and
    // whether more are still on the server.
    static Summary selectionSummary(bool selected, bool complete);
    int copyRows(const Source &source);
    void exportRows(const Source &source, const Summary &summary, const QString &baseName);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // After a file was written (or failed, or was cancelled): for tests and the status bar.
    void exportFinished(bool ok, const QString &path, int rows);
    void exportEnded(const ExportResult &result);

private:
    // The selected rows of `tab`, or all it shows.
    static Source sourceOf(ListingTab *tab, bool selected);
    // Runs `then` once the rows `model` shows are settled: a filter or sort over many rows, or
    // a listing's last rows, are worked out in the background. At once when they are.
    void whenSettled(const QAbstractItemModel *model, const std::function<void()> &then);
    // Waits for the rows to settle, then starts the job.
    void write(const Source &source, const QString &path, ExportFormat format, const CsvOptions &csv);
    void startJob(const Source &source, const QString &path, ExportFormat format, const CsvOptions &csv);
    QString suggestedPath(const QString &baseName, ExportFormat format) const;
    void showProgress(TableExportJob *job, const QString &what);

    QWidget *m_dialogParent; // not owned
};
