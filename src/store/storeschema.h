// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

// The snapshot store's file format: what identifies it, the schema of each version and the
// forward migrations from one version to the next.
class StoreSchema
{
    Q_DECLARE_TR_FUNCTIONS(StoreSchema)

public:
    // "RSTR": SQLite's application_id field marks the file as a Roster store.
    static constexpr quint32 ApplicationId = 0x52535452;
    // The version this code writes; a file of a later version is refused.
    static constexpr int CurrentVersion = 1;

    // What the first 100 bytes of an existing file say, read before SQLite touches it.
    enum class Header { RosterStore, Empty, NotSqlite, ForeignSqlite, NewerVersion, Unreadable };
    static Header inspect(const QString &path, int *version = nullptr);

    // Creates version 1 in an empty database, inside one transaction.
    static bool create(QSqlDatabase &db, QString *error);
    // Brings a store of an earlier version up to CurrentVersion, one step per transaction.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
    // The SQL of each step: step i takes version i to i + 1 (step 0 creates version 1).
    static QStringList migrationSteps();
};
