// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "exportdialog.h"
#include "export/tableexport.h"
#include "export/tableexportjob.h"
#include "listingtab.h"
#include "listingtableview.h"
#include "models/pagedtablemodel.h"
#include "models/tablefilterproxymodel.h"

#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace {
const QString FolderSetting = QStringLiteral("export/folder");
const QString BomSetting = QStringLiteral("export/byteOrderMark");
const QString FormatSetting = QStringLiteral("export/format");
// A short export finishes before a progress window would be worth showing.
constexpr int ProgressDelayMs = 400;

QString rowsText(int rows, const ExportController::Source &source)
{
    return ExportController::tr("%1 %2").arg(QLocale().toString(rows), rows == 1 ? source.singular : source.plural);
}
} // namespace

ExportController::ExportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{
}

ExportController::Source ExportController::sourceOf(ListingTab *tab, const QVector<int> &rows)
{
    Source source;
    source.owner = tab;
    source.model = tab->proxy();
    source.rows = rows;
    source.columns = tab->view()->visibleColumns();
    source.singular = tab->kind().singular;
    source.plural = tab->kind().plural;
    return source;
}

int ExportController::copySelection(ListingTab *tab)
{
    return copyRows(sourceOf(tab, tab->view()->selectedRows()));
}

int ExportController::copyRows(const Source &source)
{
    if (source.rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing selected to copy."));
        return 0;
    }
    TableExport table;
    table.model = source.model;
    table.rows = source.rows;
    table.columns = source.columns;
    QGuiApplication::clipboard()->setText(table.toTsv());
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard.").arg(rowsText(int(source.rows.size()), source)));
    return int(source.rows.size());
}

void ExportController::exportSelection(ListingTab *tab, const QString &baseName)
{
    QVector<int> rows = tab->view()->selectedRows();
    QString summary;
    if (rows.isEmpty()) {
        // Nothing selected: offer what the view shows.
        rows = tab->view()->allRows();
        summary = tr("No rows are selected, so the %1 shown in the table will be exported.")
                      .arg(rowsText(int(rows.size()), sourceOf(tab, rows)));
    } else {
        summary = tr("The %1 selected will be exported.").arg(rowsText(int(rows.size()), sourceOf(tab, rows)));
    }
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no rows to export."));
        return;
    }
    if (!tab->model()->isComplete())
        summary += QLatin1Char(' ') + tr("More rows are on the server; use Export all to include them.");
    exportRows(sourceOf(tab, rows), summary, baseName);
}

void ExportController::exportAll(ListingTab *tab, const QString &baseName)
{
    PagedTableModel *model = tab->model();
    if (!model->query().isRunnable()) {
        Q_EMIT statusMessage(tr("Choose a project first."));
        return;
    }
    QPointer<ListingTab> guard(tab);
    auto proceed = [this, guard, baseName] {
        if (!guard)
            return;
        const Source source = sourceOf(guard, guard->view()->allRows());
        const QString what = rowsText(int(source.rows.size()), source);
        const QString summary = guard->proxy()->isFiltering() ? tr("All %1 that match the filter will be exported.").arg(what)
                                                              : tr("All %1 will be exported.").arg(what);
        exportRows(source, summary, baseName);
    };
    if (model->isComplete()) {
        proceed();
        return;
    }
    Q_EMIT statusMessage(tr("Loading every row before the export…"));
    connect(
        model, &PagedTableModel::loadAllFinished, this,
        [this, proceed](bool complete) {
            if (complete)
                proceed();
            else
                Q_EMIT statusMessage(tr("Export cancelled: not every row could be loaded."));
        },
        Qt::SingleShotConnection);
    tab->loadAll();
}

void ExportController::exportRows(const Source &source, const QString &summary, const QString &baseName)
{
    if (source.rows.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no rows to export."));
        return;
    }
    const ExportFormat format = exportFormatFromName(QSettings().value(FormatSetting).toString()).value_or(ExportFormat::Csv);
    auto *dialog = new ExportDialog(summary, suggestedPath(baseName, format), QSettings().value(BomSetting, false).toBool(),
                                    m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        if (!source.owner)
            return;
        write(source, dialog->filePath(), dialog->format(), dialog->options());
    });
    dialog->open();
}

TableExportJob *ExportController::writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path,
                                            bool formulaGuard, bool byteOrderMark)
{
    CsvOptions options;
    options.formulaGuard = formulaGuard;
    options.byteOrderMark = byteOrderMark;
    return writeRows(tab, rows, path, ExportFormat::Csv, options);
}

TableExportJob *ExportController::writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path,
                                            ExportFormat format, const CsvOptions &csv)
{
    return write(sourceOf(tab, rows), path, format, csv);
}

TableExportJob *ExportController::write(const Source &source, const QString &path, ExportFormat format,
                                        const CsvOptions &csv)
{
    QSettings settings;
    settings.setValue(FolderSetting, QFileInfo(path).absolutePath());
    settings.setValue(FormatSetting, exportFormatName(format));
    if (format == ExportFormat::Csv)
        settings.setValue(BomSetting, csv.byteOrderMark);

    TableExportJob::Settings job;
    job.path = path;
    job.format = format;
    job.csv = csv;
    job.sheetName = source.plural.isEmpty() ? QStringLiteral("Rows") : source.plural;
    job.sheetName[0] = job.sheetName[0].toUpper();
    auto *exporter = new TableExportJob(source.model, source.rows, source.columns, job, this);
    m_job = exporter;
    const QString what = rowsText(int(source.rows.size()), source);
    Q_EMIT statusMessage(tr("Writing %1 to %2…").arg(what, QDir::toNativeSeparators(path)));
    connect(exporter, &TableExportJob::finished, this, [this, exporter, what](const ExportResult &result) {
        exporter->deleteLater();
        const QString where = QDir::toNativeSeparators(result.path);
        switch (result.outcome) {
        case ExportResult::Outcome::Written:
            Q_EMIT statusMessage(result.warnings.isEmpty()
                                     ? tr("Exported %1 to %2.").arg(what, where)
                                     : tr("Exported %1 to %2. %3").arg(what, where, result.warnings.join(QLatin1Char(' '))));
            break;
        case ExportResult::Outcome::Cancelled:
            Q_EMIT statusMessage(tr("Export cancelled; %1 was not written.").arg(where));
            break;
        case ExportResult::Outcome::Failed:
            Q_EMIT statusMessage(tr("Export failed: %1").arg(result.error));
            break;
        }
        Q_EMIT exportFinished(result.written(), result.path, int(result.rows));
        Q_EMIT exportEnded(result);
    });
    showProgress(exporter, what);
    exporter->start();
    return exporter;
}

void ExportController::showProgress(TableExportJob *job, const QString &what)
{
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(what), tr("Cancel"), 0, 1000, m_dialogParent);
    progress->setWindowTitle(tr("Export"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // The window stays usable while the file is written: the progress window does not block it.
    progress->setWindowModality(Qt::NonModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(ProgressDelayMs);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, job, &TableExportJob::cancel);
    connect(job, &TableExportJob::progress, progress, [progress](qint64 written, qint64 total) {
        progress->setValue(total > 0 ? int(written * 1000 / total) : 1000);
    });
    connect(job, &TableExportJob::savingFile, progress, [progress, what] {
        // The bar may stand at its end while the file is completed: say why, and take away a
        // Cancel that could no longer stop it.
        progress->setLabelText(tr("Saving %1…").arg(what));
        progress->setCancelButton(nullptr);
    });
    connect(job, &TableExportJob::finished, progress, &QWidget::close);
}

QString ExportController::suggestedPath(const QString &baseName, ExportFormat format) const
{
    QString folder = QSettings().value(FolderSetting).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(TableExport::suggestedFileName(baseName, QDate::currentDate(), format));
}
