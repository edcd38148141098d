// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeschema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace {

// Strings are interned once per store: an access row holds integer references only, and its
// rows of one snapshot are a contiguous rowid range (no snapshot column, no index).
const char *const Version1 = R"sql(
CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY,
    taken_at INTEGER NOT NULL,
    base_url TEXT NOT NULL,
    label TEXT,
    note TEXT,
    first_row INTEGER NOT NULL,
    row_count INTEGER NOT NULL,
    project_count INTEGER NOT NULL,
    failed_count INTEGER NOT NULL,
    users_complete INTEGER NOT NULL
);
CREATE INDEX snapshot_label ON snapshot(label);
CREATE TABLE project (
    id INTEGER PRIMARY KEY,
    api_id TEXT NOT NULL,
    name TEXT,
    archived INTEGER NOT NULL
);
CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    type INTEGER NOT NULL,
    api_id TEXT NOT NULL,
    name TEXT,
    email TEXT,
    org_role TEXT,
    added_at INTEGER,
    group_type TEXT
);
CREATE TABLE role (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL UNIQUE
);
CREATE TABLE snapshot_project (
    snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    project INTEGER NOT NULL REFERENCES project(id),
    PRIMARY KEY (snapshot, position)
) WITHOUT ROWID;
CREATE TABLE snapshot_person (
    snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    member INTEGER NOT NULL REFERENCES member(id),
    PRIMARY KEY (snapshot, position)
) WITHOUT ROWID;
CREATE TABLE snapshot_failure (
    snapshot INTEGER NOT NULL REFERENCES snapshot(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    project_api_id TEXT NOT NULL,
    project_name TEXT,
    reason TEXT NOT NULL,
    PRIMARY KEY (snapshot, position)
) WITHOUT ROWID;
CREATE TABLE access_row (
    project INTEGER NOT NULL,
    member INTEGER NOT NULL,
    via INTEGER,
    role INTEGER,
    since INTEGER
);
)sql";

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

bool execAll(QSqlDatabase &db, const QString &script, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

StoreSchema::Header StoreSchema::inspect(const QString &path, int *version)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Header::Unreadable;
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return file.error() == QFileDevice::NoError ? Header::Empty : Header::Unreadable;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Header::NotSqlite;
    // The header's fields (offsets per SQLite's file format): user_version at 60, application_id at 68.
    const int fileVersion = int(bigEndian32(header, 60));
    if (version)
        *version = fileVersion;
    if (bigEndian32(header, 68) != ApplicationId)
        return Header::ForeignSqlite;
    return fileVersion > CurrentVersion ? Header::NewerVersion : Header::RosterStore;
}

QStringList StoreSchema::migrationSteps()
{
    return {QString::fromLatin1(Version1)};
}

bool StoreSchema::create(QSqlDatabase &db, QString *error)
{
    return migrate(db, 0, error);
}

bool StoreSchema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    const QStringList steps = migrationSteps();
    for (int version = fromVersion; version < CurrentVersion; ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        // The identity and the version change in the same transaction as the tables.
        const bool ok = execAll(db, steps.at(version), error)
                        && query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
                        && query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!ok && error->isEmpty())
            *error = query.lastError().text();
        if (!ok || !db.commit()) {
            if (error->isEmpty())
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
