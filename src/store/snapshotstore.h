// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotsummary.h"

#include "access/organizationaccess.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

// Dated snapshots of the organization-wide access list in one SQLite file (WAL, busy timeout,
// one transaction per snapshot: a snapshot is there whole or not at all). An instance owns a
// connection of its own: open and use it on one thread (a worker's is fine). Two processes may
// write the same file at once.
//
// A file that is not a Roster store, or is from a newer Roster, is refused before anything
// writes to it, and left as it was. Failures say why in words (errorString()).
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    // QStandardPaths::AppDataLocation/roster.sqlite
    static QString defaultPath();

    explicit SnapshotStore(const QString &path = defaultPath());
    ~SnapshotStore();
    SnapshotStore(const SnapshotStore &) = delete;
    SnapshotStore &operator=(const SnapshotStore &) = delete;

    // Opens the file, creating it (and its folder) when it does not exist.
    bool open();
    // Opens an existing store only to read it: a missing file is an error, and nothing is
    // created, converted or updated (what `roster snapshots` and `roster diff` need).
    bool openToRead();
    bool isOpen() const { return m_open; }
    const QString &path() const { return m_path; }
    QString errorString() const { return m_error; }
    // The connection's name in QSqlDatabase, for tests that need to reach under the store.
    const QString &connectionName() const { return m_connectionName; }

    // Stores `access` as one snapshot; the new id, or nullopt (errorString() says why).
    std::optional<qint64> save(const OrganizationAccess &access, const QString &label = {}, const QString &note = {});
    // Every snapshot, oldest first.
    QVector<SnapshotSummary> list();
    std::optional<SnapshotSummary> summary(qint64 id);
    // The snapshot's access list rebuilt from its rows: the same models show it as a live load.
    std::shared_ptr<const OrganizationAccess> load(qint64 id);
    bool rename(qint64 id, const QString &label);
    bool remove(qint64 id);
    // A snapshot named by its id or by its label (the newest one with that label).
    std::optional<qint64> find(const QString &idOrLabel);
    // The snapshot taken just before `id`, if any.
    std::optional<qint64> previous(qint64 id);

private:
    bool fail(const QString &what, const class QSqlError &error);
    bool openExisting(bool toRead);
    bool openDatabase();
    QString sqlReason(const class QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};
