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

ExportController::Source ExportController::sourceOf(ListingTab *tab, bool selected)
{
    Source source;
    source.owner = tab;
    source.model = tab->proxy();
    source.rows = [tab = QPointer<ListingTab>(tab), selected] {
        if (!tab)
            return QVector<int>();
        return selected ? tab->view()->selectedRows() : tab->view()->allRows();
    };
    source.columns = tab->view()->visibleColumns();
    source.singular = tab->kind().singular;
    source.plural = tab->kind().plural;
    return source;
}

int ExportController::copySelection(ListingTab *tab)
{
    return copyRows(sourceOf(tab, true));
}

int ExportController::copyRows(const Source &source)
{
    const QVector<int> rows = source.rows();
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing selected to copy."));
        return 0;
    }
    TableExport table;
    table.model = source.model;
    table.rows = rows;
    table.columns = source.columns;
    QGuiApplication::clipboard()->setText(table.toTsv());
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard.").arg(rowsText(int(rows.size()), source)));
    return int(rows.size());
}

void ExportController::exportSelection(ListingTab *tab, const QString &baseName)
{
    const bool selected = !tab->view()->selectedRows().isEmpty();
    const bool complete = tab->model()->isComplete();
    exportRows(sourceOf(tab, selected), selectionSummary(selected, complete), baseName);
}

ExportController::Summary ExportController::selectionSummary(bool selected, bool complete)
{
    // Nothing selected: offer what the view shows.
    return [selected, complete](int, const QString &what) {
        QString text = selected ? tr("The %1 selected will be exported.").arg(what)
                                : tr("No rows are selected, so the %1 shown in the table will be exported.").arg(what);
        if (!complete)
            text += QLatin1Char(' ') + tr("More rows are on the server; use Export all to include them.");
        return text;
    };
}

void ExportController::exportAll(ListingTab *tab, const QString &baseName)
{
    PagedTableModel *model = tab->model();
    if (!model->query().isRunnable()) {
        Q_EMIT statusMessage(tr("Choose a project first."));
        return;
    }
    QPointer<ListingTab> guard(tab);
    const auto offer = [this, guard, baseName] {
        if (!guard)
            return;
        const bool filtering = guard->proxy()->isFiltering();
        const auto summary = [filtering](int, const QString &what) {
            return filtering ? tr("All %1 that match the filter will be exported.").arg(what)
                             : tr("All %1 will be exported.").arg(what);
        };
        exportRows(sourceOf(guard, false), summary, baseName);
    };
    // In a sorted table, the listing's last rows may still be finding their places.
    const auto proceed = [this, guard, offer] {
        if (guard)
            whenSettled(guard->proxy(), offer);
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

void ExportController::exportRows(const Source &source, const Summary &summary, const QString &baseName)
{
    const int rows = int(source.rows().size());
    if (rows == 0) {
        Q_EMIT statusMessage(tr("There are no rows to export."));
        return;
    }
    const ExportFormat format = exportFormatFromName(QSettings().value(FormatSetting).toString()).value_or(ExportFormat::Csv);
    auto *dialog = new ExportDialog(summary(rows, rowsText(rows, source)), suggestedPath(baseName, format),
                                    QSettings().value(BomSetting, false).toBool(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, source] {
        if (!source.owner)
            return;
        write(source, dialog->filePath(), dialog->format(), dialog->options());
    });
    dialog->open();
}

void ExportController::write(const Source &source, const QString &path, ExportFormat format, const CsvOptions &csv)
{
    if (!source.owner)
        return;
    // The header and the filter bar may already show a sort or filter that the rows do not follow
    // yet (a fraction of a second over many rows): the file follows it too.
    whenSettled(source.model, [this, source, path, format, csv] { startJob(source, path, format, csv); });
}

void ExportController::startJob(const Source &source, const QString &path, ExportFormat format, const CsvOptions &csv)
{
    if (!source.owner)
        return;
    QSettings settings;
    settings.setValue(FolderSetting, QFileInfo(path).absolutePath());
    settings.setValue(FormatSetting, exportFormatName(format));
    if (format == ExportFormat::Csv)
        settings.setValue(BomSetting, csv.byteOrderMark);

    const QVector<int> rows = source.rows();
    const QString what = rowsText(int(rows.size()), source);
    if (rows.isEmpty()) {
        // The rows picked went while the dialog was open (a filter applied, the table reloaded).
        Q_EMIT statusMessage(tr("There are no rows to export."));
        return;
    }
    TableExportJob::Settings job;
    job.path = path;
    job.format = format;
    job.csv = csv;
    job.sheetName = source.plural.isEmpty() ? QStringLiteral("Rows") : source.plural;
    job.sheetName[0] = job.sheetName[0].toUpper();
    auto *exporter = new TableExportJob(source.model, rows, source.columns, job, this);
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
}

void ExportController::whenSettled(const QAbstractItemModel *model, const std::function<void()> &then)
{
    const auto *proxy = qobject_cast<const TableFilterProxyModel *>(model);
    if (!proxy || !proxy->isWorking()) {
        then();
        return;
    }
    connect(proxy, &TableFilterProxyModel::rowsSettled, this, then, Qt::SingleShotConnection);
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
