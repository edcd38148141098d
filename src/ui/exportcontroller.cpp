#include "exportcontroller.h"

#include "exportdialog.h"
#include "export/csvfilewriter.h"
#include "export/tableexport.h"
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
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>

namespace {
const QString FolderSetting = QStringLiteral("export/folder");
const QString BomSetting = QStringLiteral("export/byteOrderMark");

QString rowsText(int rows, const ListingTab *tab)
{
    return ExportController::tr("%1 %2").arg(QLocale().toString(rows), rows == 1 ? tab->kind().singular : tab->kind().plural);
}
} // namespace

ExportController::ExportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent)
{
}

int ExportController::copySelection(ListingTab *tab)
{
    const QVector<int> rows = tab->view()->selectedRows();
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing selected to copy."));
        return 0;
    }
    TableExport table;
    table.model = tab->proxy();
    table.rows = rows;
    table.columns = tab->view()->visibleColumns();
    QGuiApplication::clipboard()->setText(table.toTsv());
    Q_EMIT statusMessage(tr("Copied %1 to the clipboard.").arg(rowsText(int(rows.size()), tab)));
    return int(rows.size());
}

void ExportController::exportSelection(ListingTab *tab, const QString &baseName)
{
    QVector<int> rows = tab->view()->selectedRows();
    QString summary;
    if (rows.isEmpty()) {
        // Nothing selected: offer what the view shows.
        rows = tab->view()->allRows();
        summary = tr("No rows are selected, so the %1 shown in the table will be exported.").arg(rowsText(int(rows.size()), tab));
    } else {
        summary = tr("The %1 selected will be exported.").arg(rowsText(int(rows.size()), tab));
    }
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("There are no rows to export."));
        return;
    }
    if (!tab->model()->isComplete())
        summary += QLatin1Char(' ') + tr("More rows are on the server; use Export all to include them.");
    askAndWrite(tab, rows, summary, baseName);
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
        const QVector<int> rows = guard->view()->allRows();
        const QString summary = guard->proxy()->isFiltering()
                                    ? tr("All %1 that match the filter will be exported.").arg(rowsText(int(rows.size()), guard))
                                    : tr("All %1 will be exported.").arg(rowsText(int(rows.size()), guard));
        askAndWrite(guard, rows, summary, baseName);
    };
    if (model->isComplete()) {
        proceed();
        return;
    }
    Q_EMIT statusMessage(tr("Loading every row before the export…"));
    auto *connection = new QMetaObject::Connection;
    *connection = connect(model, &PagedTableModel::loadAllFinished, this, [this, connection, proceed](bool complete) {
        disconnect(*connection);
        delete connection;
        if (complete)
            proceed();
        else
            Q_EMIT statusMessage(tr("Export cancelled: not every row could be loaded."));
    });
    tab->loadAll();
}

void ExportController::askAndWrite(ListingTab *tab, const QVector<int> &rows, const QString &summary, const QString &baseName)
{
    auto *dialog = new ExportDialog(summary, suggestedPath(baseName), QSettings().value(BomSetting, false).toBool(),
                                    m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ListingTab> guard(tab);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guard, rows] {
        if (!guard)
            return;
        const CsvOptions options = dialog->options();
        writeRows(guard, rows, dialog->filePath(), options.formulaGuard, options.byteOrderMark);
    });
    dialog->open();
}

void ExportController::writeRows(ListingTab *tab, const QVector<int> &rows, const QString &path, bool formulaGuard,
                                 bool byteOrderMark)
{
    QSettings settings;
    settings.setValue(FolderSetting, QFileInfo(path).absolutePath());
    settings.setValue(BomSetting, byteOrderMark);

    TableExport table;
    table.model = tab->proxy();
    table.rows = rows;
    table.columns = tab->view()->visibleColumns();
    CsvOptions options;
    options.formulaGuard = formulaGuard;
    options.byteOrderMark = byteOrderMark;
    // The model is read here, on its own thread; only the disk write goes to a worker.
    const QByteArray csv = table.toCsv(options);
    const int count = int(rows.size());
    const QString what = rowsText(count, tab);
    Q_EMIT statusMessage(tr("Writing %1 to %2…").arg(what, QDir::toNativeSeparators(path)));
    QPointer<ExportController> self(this);
    QThreadPool::globalInstance()->start([self, csv, path, count, what] {
        QString error;
        const bool ok = CsvFileWriter::write(path, csv, &error);
        QMetaObject::invokeMethod(qApp, [self, ok, error, path, count, what] {
            if (!self)
                return;
            Q_EMIT self->statusMessage(ok ? tr("Exported %1 to %2.").arg(what, QDir::toNativeSeparators(path))
                                          : tr("Export failed: %1").arg(error));
            Q_EMIT self->exportFinished(ok, path, count);
        });
    });
}

QString ExportController::suggestedPath(const QString &baseName) const
{
    QString folder = QSettings().value(FolderSetting).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // File names keep to characters every file system takes.
    QString safe = baseName;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : safe) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return QDir(folder).filePath(safe + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate)
                                 + QStringLiteral(".csv"));
}
