// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/organizationaccess.h"
#include "store/accessdiff.h"
#include "store/snapshotsummary.h"

#include <QPair>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class AccessChangesModel;
class FilteredTablePane;
class QLabel;
class QPushButton;
class QTableView;
class SnapshotListModel;
class SnapshotStore;

// Access reviews: the snapshots in the local store (take one of the organization as last loaded,
// rename, delete, write the review workbook) and the Changes between two snapshots, or between a
// snapshot and what is live now. Every store operation runs on a worker with a connection of its
// own; the window stays usable and shows what it is doing.
class ReviewsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsView(const QString &storePath, QWidget *parent = nullptr);

    QString storePath() const { return m_storePath; }
    // The organization as last loaded in the window: what a snapshot stores and "live" compares.
    void setLiveAccess(std::shared_ptr<const OrganizationAccess> access);

    // Reads the list of snapshots again.
    void refresh();
    void takeSnapshot(const QString &label, const QString &note);
    void renameSnapshot(qint64 id, const QString &label);
    void deleteSnapshot(qint64 id);
    // Compares `from` with `to`; a `to` of -1 is the live organization.
    void compare(qint64 from, qint64 to);
    void writeWorkbook(qint64 id, const QString &xlsxPath);

    bool isBusy() const { return m_busy; }
    SnapshotListModel *snapshots() const { return m_snapshotModel; }
    QTableView *snapshotView() const { return m_snapshotView; }
    FilteredTablePane *changesPane() const { return m_changes; }
    QString summaryText() const;
    QString statusText() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const QString &text);
    // After each store operation: for tests and the status bar.
    void operationFinished(bool ok);

private:
    struct Outcome
    {
        QString error;
        QString message;
        QVector<SnapshotSummary> list;
        std::optional<AccessDiff> diff;
        QString comparing; // "label → label"
    };
    using Work = std::function<void(SnapshotStore &store, Outcome &outcome)>;

    void run(const QString &doing, Work work);
    void finish(const Outcome &outcome);
    void setStatus(const QString &text);
    QVector<qint64> selectedIds() const;
    void askForSnapshot();
    void askToRename();
    void askToDelete();
    void compareSelected();
    void askForWorkbook();
    void refreshButtons();

    QString m_storePath;
    std::shared_ptr<const OrganizationAccess> m_live;
    SnapshotListModel *m_snapshotModel;  // owned (child)
    AccessChangesModel *m_changesModel;  // owned by m_changes
    QLabel *m_storeLabel;                // owned by the layout
    QPushButton *m_take;                 // owned by the layout
    QPushButton *m_rename;               // owned by the layout
    QPushButton *m_delete;               // owned by the layout
    QPushButton *m_compare;              // owned by the layout
    QPushButton *m_workbook;             // owned by the layout
    QTableView *m_snapshotView;          // owned by the layout
    QLabel *m_summary;                   // owned by the layout
    QLabel *m_incomplete;                // owned by the layout
    FilteredTablePane *m_changes;        // owned by the layout
    QString m_status;
    bool m_busy = false;
    // Operations asked for while one runs go after it, in order: one store connection at a time.
    QVector<QPair<QString, Work>> m_queue;
};
