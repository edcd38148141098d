#pragma once

#include "export/csvoptions.h"
#include "export/exportformat.h"
#include "export/exportresult.h"
#include "export/tableexportjob.h"

#include <QObject>
#include <QPointer>

class ListingTab;
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
    explicit ExportController(QWidget *dialogParent, QObject *parent = nullptr);

    // Puts the selected rows (header row first) on the clipboard; returns how many.
    int copySelection(ListingTab *tab);
    // `baseName` is the file name without date and suffix, e.g. "proj_abc-users".
    void exportSelection(ListingTab *tab, const QString &baseName);
    void exportAll(ListingTab *tab, const QString &baseName);

    // Writes without a dialog, in the background; the status line and exportFinished report the
    // result. For the dialogs and tests. Returns the running job (owned by this controller).
    TableExportJob *writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path, ExportFormat format,
                              const CsvOptions &csv);
    TableExportJob *writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path, bool formulaGuard,
                              bool byteOrderMark);
    // The export running now, if any (the last one started).
    TableExportJob *currentJob() const { return m_job; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    // After a file was written (or failed, or was cancelled): for tests and the status bar.
    void exportFinished(bool ok, const QString &path, int rows);
    void exportEnded(const ExportResult &result);

private:
    void askAndWrite(ListingTab *tab, const QVector<int> &rows, const QString &summary, const QString &baseName);
    QString suggestedPath(const QString &baseName, ExportFormat format) const;
    void showProgress(TableExportJob *job, const QString &what);

    QWidget *m_dialogParent; // not owned
    QPointer<TableExportJob> m_job;
};
