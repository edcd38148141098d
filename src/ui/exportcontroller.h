#pragma once

#include <QObject>
#include <QPointer>

class ListingTab;
class QWidget;

// The window's side of exporting (issue 7): Copy as tab-separated text, "Export selection…"
// and "Export all…" (load the whole listing first, then every row that passes the filter),
// the export dialog, the remembered folder and byte-order mark, and a status line saying how
// many rows went where. Every call into the export library (TableExport, CsvFileWriter) is
// in this class's .cpp.
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

    // Writes without a dialog; the status line reports the result. For the dialogs and tests.
    void writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path, bool formulaGuard,
                   bool byteOrderMark);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // After a file was written (or failed): for tests and the status bar.
    void exportFinished(bool ok, const QString &path, int rows);

private:
    void askAndWrite(ListingTab *tab, const QVector<int> &rows, const QString &summary, const QString &baseName);
    QString suggestedPath(const QString &baseName) const;

    QWidget *m_dialogParent; // not owned
};
