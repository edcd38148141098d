// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsview.h"

#include "filteredtablepane.h"
#include "snapshotlistmodel.h"

#include "api/workerpool.h"
#include "review/reviewworkbook.h"
#include "store/accesschangesmodel.h"
#include "store/snapshotstore.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ReviewsView::ReviewsView(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_storePath(storePath), m_snapshotModel(new SnapshotListModel(this)),
      m_changesModel(new AccessChangesModel), m_storeLabel(new QLabel(this)),
      m_take(new QPushButton(tr("&Take snapshot…"), this)), m_rename(new QPushButton(tr("Re&name…"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this)), m_compare(new QPushButton(tr("&Compare"), this)),
      m_workbook(new QPushButton(tr("Review &workbook…"), this)), m_snapshotView(new QTableView(this)),
      m_summary(new QLabel(this)), m_incomplete(new QLabel(this)),
      m_changes(new FilteredTablePane(m_changesModel, tr("change"), tr("changes"), this))
{
    m_storeLabel->setText(tr("Snapshots are kept in %1").arg(QDir::toNativeSeparators(storePath)));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_take->setToolTip(tr("Store the organization as last loaded, with a label and the reviewer's note"));
    m_compare->setToolTip(tr("Two snapshots selected: what changed from the older to the newer. "
                             "One selected: what changed from it to the organization as loaded now."));
    m_workbook->setToolTip(tr("One XLSX file for the auditor (Summary, Access, Changes since the previous "
                              "snapshot) and the same as CSV files"));

    m_snapshotView->setModel(m_snapshotModel);
    m_snapshotView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_snapshotView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_snapshotView->verticalHeader()->setVisible(false);
    m_snapshotView->horizontalHeader()->setStretchLastSection(true);
    m_snapshotView->setAlternatingRowColors(true);
    m_snapshotView->setAccessibleName(tr("Snapshots"));
    m_snapshotView->setColumnHidden(SnapshotListModel::IdColumn, true);
    m_summary->setWordWrap(true);
    m_incomplete->setWordWrap(true);
    m_incomplete->setVisible(false);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_take, m_rename, m_delete, m_compare, m_workbook})
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_storeLabel);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_snapshotView, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(m_incomplete);
    bottomLayout->addWidget(m_changes, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_take, &QPushButton::clicked, this, &ReviewsView::askForSnapshot);
    connect(m_rename, &QPushButton::clicked, this, &ReviewsView::askToRename);
    connect(m_delete, &QPushButton::clicked, this, &ReviewsView::askToDelete);
    connect(m_compare, &QPushButton::clicked, this, &ReviewsView::compareSelected);
    connect(m_workbook, &QPushButton::clicked, this, &ReviewsView::askForWorkbook);
    connect(m_snapshotView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReviewsView::refreshButtons);
    m_summary->setText(tr("Select two snapshots and Compare to see what changed between them; select one to "
                          "compare it with the organization as loaded now."));
    refreshButtons();
}

void ReviewsView::setLiveAccess(std::shared_ptr<const OrganizationAccess> access)
{
    m_live = std::move(access);
    refreshButtons();
}

void ReviewsView::refresh()
{
    run(tr("Reading the snapshots…"), [](SnapshotStore &, Outcome &) {});
}

void ReviewsView::takeSnapshot(const QString &label, const QString &note)
{
    const std::shared_ptr<const OrganizationAccess> live = m_live;
    if (!live) {
        setStatus(tr("Load the organization first: a snapshot stores the organization as last loaded."));
        return;
    }
    run(tr("Storing the snapshot…"), [live, label, note](SnapshotStore &store, Outcome &outcome) {
        if (!store.save(*live, label, note))
            outcome.error = store.errorString();
        else
            outcome.message = live->isComplete() ? tr("Snapshot stored: %n access row(s).", nullptr, int(live->entries.size()))
                                                 : tr("Partial snapshot stored: %n part(s) of the organization "
                                                      "could not be read and are marked as such.",
                                                      nullptr, int(live->failures.size()));
    });
}

void ReviewsView::renameSnapshot(qint64 id, const QString &label)
{
    run(tr("Renaming…"), [id, label](SnapshotStore &store, Outcome &outcome) {
        if (!store.rename(id, label))
            outcome.error = store.errorString();
        else
            outcome.message = tr("Snapshot renamed to “%1”.").arg(label);
    });
}

void ReviewsView::deleteSnapshot(qint64 id)
{
    run(tr("Deleting…"), [id](SnapshotStore &store, Outcome &outcome) {
        if (!store.remove(id))
            outcome.error = store.errorString();
        else
            outcome.message = tr("Snapshot deleted.");
    });
}

void ReviewsView::compare(qint64 from, qint64 to)
{
    const std::shared_ptr<const OrganizationAccess> live = m_live;
    if (to < 0 && !live) {
        setStatus(tr("Load the organization first to compare a snapshot with what is live now."));
        return;
    }
    run(tr("Comparing…"), [from, to, live](SnapshotStore &store, Outcome &outcome) {
        const std::shared_ptr<const OrganizationAccess> older = store.load(from);
        const std::shared_ptr<const OrganizationAccess> newer = to < 0 ? live : store.load(to);
        if (!older || !newer) {
            outcome.error = store.errorString();
            return;
        }
        const auto name = [&store](qint64 id) {
            const std::optional<SnapshotSummary> s = store.summary(id);
            return !s ? QString::number(id) : s->label.isEmpty() ? QString::number(s->id) : s->label;
        };
        outcome.comparing = tr("%1 → %2").arg(name(from), to < 0 ? tr("live") : name(to));
        outcome.diff = AccessDiff::compare(*older, *newer);
        outcome.message = outcome.diff->summary();
    });
}

void ReviewsView::writeWorkbook(qint64 id, const QString &xlsxPath)
{
    run(tr("Writing the review workbook…"), [id, xlsxPath](SnapshotStore &store, Outcome &outcome) {
        QString error;
        QStringList written;
        if (!ReviewWorkbook::write(store, id, xlsxPath, &error, &written))
            outcome.error = error;
        else
            outcome.message = tr("Review workbook written: %1").arg(written.join(QStringLiteral(", ")));
    });
}

void ReviewsView::run(const QString &doing, Work work)
{
    if (m_busy) {
        m_queue.append({doing, std::move(work)});
        return;
    }
    m_busy = true;
    setStatus(doing);
    refreshButtons();
    const QString path = m_storePath;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    watcher->setFuture(WorkerPool::run([path, work] {
        Outcome outcome;
        SnapshotStore store(path);
        if (!store.open()) {
            outcome.error = store.errorString();
            return outcome;
        }
        work(store, outcome);
        outcome.list = store.list();
        return outcome;
    }));
}

void ReviewsView::finish(const Outcome &outcome)
{
    m_busy = false;
    if (outcome.error.isEmpty() || !outcome.list.isEmpty()) {
        // The snapshots selected stay selected when the list is read again.
        const QVector<qint64> selected = selectedIds();
        m_snapshotModel->setSnapshots(outcome.list);
        for (int row = 0; row < m_snapshotModel->rowCount(); ++row) {
            if (selected.contains(m_snapshotModel->snapshot(row).id))
                m_snapshotView->selectionModel()->select(m_snapshotModel->index(row, 0),
                                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    m_snapshotView->resizeColumnsToContents();
    if (outcome.diff) {
        m_changesModel->setDiff(*outcome.diff);
        m_summary->setText(tr("%1: %2").arg(outcome.comparing, outcome.diff->summary()));
        QStringList skipped;
        for (const AccessDiff::IncompleteProject &project : outcome.diff->incompleteProjects())
            skipped << tr("%1 (%2)").arg(project.projectName.isEmpty() ? project.projectId : project.projectName,
                                        project.reason);
        m_incomplete->setText(tr("Not compared, because they were incomplete in one of the two: %1")
                                  .arg(skipped.join(QStringLiteral("; "))));
        m_incomplete->setVisible(!skipped.isEmpty());
    }
    setStatus(outcome.error.isEmpty() ? outcome.message : outcome.error);
    refreshButtons();
    Q_EMIT operationFinished(outcome.error.isEmpty());
    if (!m_queue.isEmpty()) {
        auto [doing, work] = m_queue.takeFirst();
        run(doing, std::move(work));
    }
}

QString ReviewsView::summaryText() const
{
    return m_summary->text();
}

void ReviewsView::setStatus(const QString &text)
{
    m_status = text;
    Q_EMIT statusChanged(text);
}

QVector<qint64> ReviewsView::selectedIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_snapshotView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_snapshotModel->snapshot(index.row()).id);
    std::sort(ids.begin(), ids.end()); // ids grow with time: older first
    return ids;
}

void ReviewsView::refreshButtons()
{
    const int selected = int(selectedIds().size());
    m_take->setEnabled(!m_busy && m_live);
    m_take->setToolTip(m_live ? tr("Store the organization as last loaded, with a label and the reviewer's note")
                              : tr("Load the organization first (the Organization tab)"));
    m_rename->setEnabled(!m_busy && selected == 1);
    m_delete->setEnabled(!m_busy && selected >= 1);
    m_compare->setEnabled(!m_busy && (selected == 2 || (selected == 1 && m_live)));
    m_workbook->setEnabled(!m_busy && selected == 1);
}

void ReviewsView::askForSnapshot()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Take snapshot"));
    auto *label = new QLineEdit(dialog);
    label->setPlaceholderText(tr("e.g. Q4 access review"));
    auto *note = new QPlainTextEdit(dialog);
    note->setPlaceholderText(tr("The reviewer's words: who looked, what was found, what was done"));
    note->setTabChangesFocus(true);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Label:"), label);
    form->addRow(tr("&Note:"), note);
    if (m_live && !m_live->isComplete())
        form->addRow(new QLabel(tr("Some projects could not be read: the snapshot is stored as partial, and they "
                                   "are never reported as removed when it is compared."),
                                dialog));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Take snapshot"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, label, note] { takeSnapshot(label->text().trimmed(), note->toPlainText()); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ReviewsView::askToRename()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QModelIndex current = m_snapshotView->selectionModel()->selectedRows().value(0);
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Rename snapshot"), tr("&Label:"), QLineEdit::Normal,
                                                m_snapshotModel->snapshot(current.row()).label, &ok);
    if (ok)
        renameSnapshot(ids.first(), label.trimmed());
}

void ReviewsView::askToDelete()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete snapshots"),
                                tr("Delete %n snapshot(s)? This cannot be undone.", nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, ids](QAbstractButton *button) {
        if (button != remove)
            return;
        run(tr("Deleting…"), [ids](SnapshotStore &store, Outcome &outcome) {
            for (const qint64 id : ids) {
                if (!store.remove(id)) {
                    outcome.error = store.errorString();
                    return;
                }
            }
            outcome.message = tr("%n snapshot(s) deleted.", nullptr, int(ids.size()));
        });
    });
    box->open();
}

void ReviewsView::compareSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() == 2)
        compare(ids.at(0), ids.at(1));
    else if (ids.size() == 1)
        compare(ids.at(0), -1);
}

void ReviewsView::askForWorkbook()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Review workbook"),
                                                      QDir::home().filePath(QStringLiteral("access-review.xlsx")),
                                                      tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        writeWorkbook(ids.first(), path);
}
