// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotstore.h"

#include "storelogging.h"

#include "storeschema.h"

#include "access/organizationaccessbuilder.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <limits>

namespace {

QAtomicInteger<quint64> g_connections;

// SQLite's primary result codes that a person can act on.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

QVariant nullable(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// A row of an interned table as one hash key; a null field differs from an empty one.
void appendKey(QString &key, const QString &field)
{
    key += field.isNull() ? QChar(0x1e) : QChar(0x1f);
    key += field;
}

QString projectKey(const OrganizationAccess::Project &project)
{
    QString key;
    appendKey(key, project.id);
    appendKey(key, project.name);
    key += project.archived ? QLatin1Char('a') : QLatin1Char('-');
    return key;
}

QString memberKey(MemberType type, const QString &id, const QString &name, const QString &email,
                  const QString &orgRole, qint64 addedAt, const QString &groupType)
{
    QString key = QString::number(int(type));
    appendKey(key, id);
    appendKey(key, name);
    appendKey(key, email);
    appendKey(key, orgRole);
    appendKey(key, QString::number(addedAt));
    appendKey(key, groupType);
    return key;
}

// The query's error, or the database's when the query has none.
QSqlError errorOf(const QSqlQuery &query)
{
    return query.lastError();
}

} // namespace

QString SnapshotStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/roster.sqlite");
}

SnapshotStore::SnapshotStore(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("roster-store-%1").arg(++g_connections))
{
}

SnapshotStore::~SnapshotStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString SnapshotStore::sqlReason(const QSqlError &error) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    switch (ok ? code : -1) {
    case Full: return tr("the disk is full");
    case ReadOnly:
    case CantOpen: return tr("the file or its folder cannot be written");
    case Busy:
    case Locked: return tr("another program kept the store busy for too long");
    case IoError: return tr("the disk reported an error");
    case Corrupt:
    case NotADb: return tr("the file is damaged");
    default: break;
    }
    return error.text().isEmpty() ? tr("unknown error") : error.text();
}

bool SnapshotStore::fail(const QString &what, const QSqlError &error)
{
    m_error = tr("%1 “%2”: %3.").arg(what, QDir::toNativeSeparators(m_path), sqlReason(error));
    return false;
}

bool SnapshotStore::openDatabase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Another process writing (the window and a scheduled `roster snapshot`) is waited for.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open())
        return fail(tr("Could not open the snapshot store"), db.lastError());
    return true;
}

bool SnapshotStore::open()
{
    if (m_open)
        return true;
    qCDebug(lcStore).noquote() << "opening" << m_path;
    m_error.clear();
    const QFileInfo info(m_path);
    if (info.exists())
        return openExisting(false);

    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = tr("Could not create the folder “%1” for the snapshot store.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!openDatabase())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    // Created in rollback-journal mode, so that the identity is in the file's header before
    // WAL: a later open checks the header before SQLite reads anything.
    if (!StoreSchema::create(db, &error)) {
        const QSqlError sqlError = db.lastError();
        m_error = tr("Could not create the snapshot store “%1”: %2.").arg(QDir::toNativeSeparators(m_path), error);
        db.close();
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-journal"));
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(tr("Could not open the snapshot store"), errorOf(query));
    m_open = true;
    return true;
}

bool SnapshotStore::openToRead()
{
    if (m_open)
        return true;
    qCDebug(lcStore).noquote() << "opening to read" << m_path;
    m_error.clear();
    if (!QFileInfo::exists(m_path)) {
        m_error = tr("There is no snapshot store “%1”; “roster snapshot” or the window makes one.")
                      .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return openExisting(true);
}

bool SnapshotStore::openExisting(bool toRead)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    int version = 0;
    switch (StoreSchema::inspect(m_path, &version)) {
    case StoreSchema::Header::RosterStore: break;
    case StoreSchema::Header::Unreadable:
        m_error = tr("The snapshot store “%1” cannot be read.").arg(shown);
        return false;
    case StoreSchema::Header::Empty:
        m_error = tr("“%1” is an empty file, not a Roster snapshot store; it was left as it is.").arg(shown);
        return false;
    case StoreSchema::Header::NotSqlite:
        m_error = tr("“%1” is not a Roster snapshot store (not an SQLite database); it was left as it is.").arg(shown);
        return false;
    case StoreSchema::Header::ForeignSqlite:
        m_error = tr("“%1” is another program's SQLite database, not a Roster snapshot store; it was left as it is.").arg(shown);
        return false;
    case StoreSchema::Header::NewerVersion:
        m_error = tr("The snapshot store “%1” is from a newer Roster (store version %2; this Roster reads up to %3); "
                     "it was left as it is.").arg(shown).arg(version).arg(StoreSchema::CurrentVersion);
        return false;
    }
    if (!openDatabase())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // A newer Roster's migration may sit in the write-ahead log, not yet in the header.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(tr("Could not read the snapshot store"), errorOf(query));
    version = query.value(0).toInt();
    query.finish();
    if (version > StoreSchema::CurrentVersion) {
        db.close();
        m_error = tr("The snapshot store “%1” is from a newer Roster (store version %2; this Roster reads up to %3); "
                     "it was left as it is.").arg(shown).arg(version).arg(StoreSchema::CurrentVersion);
        return false;
    }
    if (toRead) {
        // A store in WAL mode stays so: a reader needs no pragma, and must not update the file.
        if (version < StoreSchema::CurrentVersion) {
            db.close();
            m_error = tr("The snapshot store “%1” is from an older Roster; “roster snapshot” or the window updates it.")
                          .arg(shown);
            return false;
        }
        m_open = true;
        return true;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return fail(tr("Could not open the snapshot store"), errorOf(query));
    query.finish();
    QString error;
    if (version < StoreSchema::CurrentVersion && !StoreSchema::migrate(db, version, &error)) {
        m_error = tr("Could not update the snapshot store “%1”: %2.").arg(shown, error);
        return false;
    }
    m_open = true;
    return true;
}

std::optional<qint64> SnapshotStore::save(const OrganizationAccess &access, const QString &label, const QString &note)
{
    if (!open())
        return std::nullopt;
    qCDebug(lcStore) << "storing a snapshot of" << access.entries.size() << "rows";
    const QString what = tr("Could not store the snapshot in");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock now, so a second writer waits (busy timeout) instead of
    // failing when it upgrades a read.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(what, errorOf(query));
        return std::nullopt;
    }
    auto abandon = [&](const QSqlError &error) -> std::optional<qint64> {
        fail(what, error);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };

    // Interned strings already in the store.
    QHash<QString, qint64> projects, members, roles;
    if (!query.exec(QStringLiteral("SELECT id, api_id, name, archived FROM project")))
        return abandon(errorOf(query));
    while (query.next())
        projects.insert(projectKey({textOf(query.value(1)), textOf(query.value(2)), query.value(3).toBool()}),
                        query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("SELECT id, type, api_id, name, email, org_role, added_at, group_type FROM member")))
        return abandon(errorOf(query));
    while (query.next())
        members.insert(memberKey(MemberType(query.value(1).toInt()), textOf(query.value(2)), textOf(query.value(3)),
                                 textOf(query.value(4)), textOf(query.value(5)),
                                 query.value(6).isNull() ? -1 : query.value(6).toLongLong(), textOf(query.value(7))),
                       query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("SELECT id, word FROM role")))
        return abandon(errorOf(query));
    while (query.next())
        roles.insert(query.value(1).toString(), query.value(0).toLongLong());

    QSqlQuery insert(db);
    auto intern = [&](QHash<QString, qint64> &table, const QString &key, const QString &sql,
                      const QVariantList &values, qint64 *id) {
        const auto found = table.constFind(key);
        if (found != table.constEnd()) {
            *id = *found;
            return true;
        }
        insert.prepare(sql);
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            return false;
        *id = insert.lastInsertId().toLongLong();
        table.insert(key, *id);
        return true;
    };

    QVector<qint64> projectIds(access.projects.size());
    for (int i = 0; i < access.projects.size(); ++i) {
        const OrganizationAccess::Project &p = access.projects.at(i);
        if (!intern(projects, projectKey(p), QStringLiteral("INSERT INTO project(api_id, name, archived) VALUES(?, ?, ?)"),
                    {p.id, nullable(p.name), int(p.archived)}, &projectIds[i]))
            return abandon(errorOf(insert));
    }
    const QString memberSql = QStringLiteral(
        "INSERT INTO member(type, api_id, name, email, org_role, added_at, group_type) VALUES(?, ?, ?, ?, ?, ?, ?)");
    const QVariant noTime(QMetaType::fromType<qint64>());
    QVector<qint64> personIds(access.people.size());
    for (int i = 0; i < access.people.size(); ++i) {
        const OrganizationAccess::Person &p = access.people.at(i);
        if (!intern(members, memberKey(MemberType::User, p.id, p.name, p.email, p.organizationRole, p.addedAt, QString()),
                    memberSql,
                    {int(MemberType::User), p.id, nullable(p.name), nullable(p.email), nullable(p.organizationRole),
                     p.addedAt < 0 ? noTime : QVariant(p.addedAt), nullable(QString())},
                    &personIds[i]))
            return abandon(errorOf(insert));
    }
    QVector<qint64> accountIds(access.serviceAccounts.size());
    for (int i = 0; i < access.serviceAccounts.size(); ++i) {
        const OrganizationAccess::ServiceAccount &a = access.serviceAccounts.at(i);
        if (!intern(members, memberKey(MemberType::ServiceAccount, a.id, a.name, QString(), QString(), -1, QString()),
                    memberSql,
                    {int(MemberType::ServiceAccount), a.id, nullable(a.name), nullable(QString()), nullable(QString()),
                     noTime, nullable(QString())},
                    &accountIds[i]))
            return abandon(errorOf(insert));
    }
    QVector<qint64> groupIds(access.groups.size());
    for (int i = 0; i < access.groups.size(); ++i) {
        const OrganizationAccess::Group &g = access.groups.at(i);
        if (!intern(members, memberKey(MemberType::Group, g.id, g.name, QString(), QString(), -1, g.type), memberSql,
                    {int(MemberType::Group), g.id, nullable(g.name), nullable(QString()), nullable(QString()), noTime,
                     nullable(g.type)},
                    &groupIds[i]))
            return abandon(errorOf(insert));
    }
    QVector<qint64> roleIds(access.roles.size());
    for (int i = 0; i < access.roles.size(); ++i) {
        if (!intern(roles, access.roles.at(i), QStringLiteral("INSERT INTO role(word) VALUES(?)"), {access.roles.at(i)},
                    &roleIds[i]))
            return abandon(errorOf(insert));
    }

    // This snapshot's rows take the rowids after the last one: the write lock is ours.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(rowid), 0) + 1 FROM access_row")) || !query.next())
        return abandon(errorOf(query));
    const qint64 firstRow = query.value(0).toLongLong();
    query.finish();
    int failedProjects = 0;
    for (const OrganizationAccess::Failure &failure : access.failures)
        failedProjects += failure.projectId.isEmpty() ? 0 : 1;

    insert.prepare(QStringLiteral("INSERT INTO snapshot(taken_at, base_url, label, note, first_row, row_count, "
                                  "project_count, failed_count, users_complete) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime takenAt = access.loadedAt.isValid() ? access.loadedAt : QDateTime::currentDateTimeUtc();
    insert.addBindValue(takenAt.toMSecsSinceEpoch());
    insert.addBindValue(access.baseUrl.toString());
    insert.addBindValue(nullable(label.isEmpty() ? QString() : label));
    insert.addBindValue(nullable(note.isEmpty() ? QString() : note));
    insert.addBindValue(firstRow);
    insert.addBindValue(qint64(access.entries.size()));
    insert.addBindValue(int(access.projects.size()));
    insert.addBindValue(failedProjects);
    insert.addBindValue(int(access.organizationUsersComplete));
    if (!insert.exec())
        return abandon(errorOf(insert));
    const qint64 snapshotId = insert.lastInsertId().toLongLong();

    insert.prepare(QStringLiteral("INSERT INTO snapshot_project(snapshot, position, project) VALUES(?, ?, ?)"));
    for (int i = 0; i < projectIds.size(); ++i) {
        insert.bindValue(0, snapshotId);
        insert.bindValue(1, i);
        insert.bindValue(2, projectIds.at(i));
        if (!insert.exec())
            return abandon(errorOf(insert));
    }
    insert.prepare(QStringLiteral("INSERT INTO snapshot_person(snapshot, position, member) VALUES(?, ?, ?)"));
    for (int i = 0; i < personIds.size(); ++i) {
        insert.bindValue(0, snapshotId);
        insert.bindValue(1, i);
        insert.bindValue(2, personIds.at(i));
        if (!insert.exec())
            return abandon(errorOf(insert));
    }
    insert.prepare(QStringLiteral("INSERT INTO snapshot_failure(snapshot, position, project_api_id, project_name, reason) "
                                  "VALUES(?, ?, ?, ?, ?)"));
    for (int i = 0; i < access.failures.size(); ++i) {
        const OrganizationAccess::Failure &failure = access.failures.at(i);
        insert.bindValue(0, snapshotId);
        insert.bindValue(1, i);
        insert.bindValue(2, failure.projectId.isNull() ? QStringLiteral("") : failure.projectId);
        insert.bindValue(3, nullable(failure.projectName));
        insert.bindValue(4, failure.reason.isNull() ? QStringLiteral("") : failure.reason);
        if (!insert.exec())
            return abandon(errorOf(insert));
    }

    // Many rows per statement: a statement's execution costs more than its values' binding.
    constexpr int RowsPerInsert = 200;
    const QVariant none(QMetaType::fromType<qint64>());
    auto insertSql = [](int rows) {
        QString sql = QStringLiteral("INSERT INTO access_row(rowid, project, member, via, role, since) VALUES");
        for (int i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?)");
        return sql;
    };
    const QString fullSql = insertSql(RowsPerInsert);
    qint64 rowid = firstRow;
    for (qsizetype start = 0; start < access.entries.size(); start += RowsPerInsert) {
        const int rows = int(qMin<qsizetype>(RowsPerInsert, access.entries.size() - start));
        if (start == 0 || rows < RowsPerInsert)
            insert.prepare(rows == RowsPerInsert ? fullSql : insertSql(rows));
        int position = 0;
        for (int i = 0; i < rows; ++i) {
            const AccessEntry &entry = access.entries.at(start + i);
            qint64 member = 0;
            switch (entry.type) {
            case MemberType::User: member = personIds.at(entry.member); break;
            case MemberType::ServiceAccount: member = accountIds.at(entry.member); break;
            case MemberType::Group: member = groupIds.at(entry.member); break;
            }
            insert.bindValue(position++, rowid++);
            insert.bindValue(position++, projectIds.at(entry.project));
            insert.bindValue(position++, member);
            insert.bindValue(position++, entry.viaGroup < 0 ? none : QVariant(groupIds.at(entry.viaGroup)));
            insert.bindValue(position++, entry.role < 0 ? none : QVariant(roleIds.at(entry.role)));
            insert.bindValue(position++, entry.since);
        }
        if (!insert.exec())
            return abandon(errorOf(insert));
    }
    insert.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return abandon(errorOf(query));
    return snapshotId;
}

namespace {

SnapshotSummary summaryFrom(const QSqlQuery &query)
{
    SnapshotSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.takenAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    summary.baseUrl = QUrl(query.value(2).toString());
    summary.label = textOf(query.value(3));
    summary.note = textOf(query.value(4));
    summary.rows = query.value(5).toInt();
    summary.projects = query.value(6).toInt();
    summary.failedProjects = query.value(7).toInt();
    summary.complete = summary.failedProjects == 0 && query.value(8).toBool() && query.value(9).toInt() == 0;
    return summary;
}

// The summary's columns; the last counts failures that are not one project's (a listing's).
const char *const SummaryColumns =
    "SELECT id, taken_at, base_url, label, note, row_count, project_count, failed_count, users_complete, "
    "(SELECT count(*) FROM snapshot_failure f WHERE f.snapshot = s.id AND f.project_api_id = '') FROM snapshot s ";

} // namespace

QVector<SnapshotSummary> SnapshotStore::list()
{
    QVector<SnapshotSummary> summaries;
    m_error.clear();
    if (!open())
        return summaries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(SummaryColumns) + QLatin1String("ORDER BY taken_at, id"))) {
        fail(tr("Could not read the snapshot store"), query.lastError());
        return summaries;
    }
    while (query.next())
        summaries.append(summaryFrom(query));
    return summaries;
}

std::optional<SnapshotSummary> SnapshotStore::summary(qint64 id)
{
    if (!open())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QLatin1String(SummaryColumns) + QLatin1String("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(tr("Could not read the snapshot store"), query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = tr("There is no snapshot %1 in “%2”.").arg(id).arg(QDir::toNativeSeparators(m_path));
        return std::nullopt;
    }
    return summaryFrom(query);
}

std::shared_ptr<const OrganizationAccess> SnapshotStore::load(qint64 id)
{
    if (!open())
        return nullptr;
    const QString what = tr("Could not read the snapshot store");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One read transaction: the snapshot's parts as one moment of the file.
    if (!query.exec(QStringLiteral("BEGIN"))) {
        fail(what, query.lastError());
        return nullptr;
    }
    struct EndRead
    {
        QSqlDatabase &db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{db};

    query.prepare(QStringLiteral("SELECT taken_at, base_url, first_row, row_count, users_complete FROM snapshot WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(what, query.lastError());
        return nullptr;
    }
    if (!query.next()) {
        m_error = tr("There is no snapshot %1 in “%2”.").arg(id).arg(QDir::toNativeSeparators(m_path));
        return nullptr;
    }
    auto access = std::make_shared<OrganizationAccess>();
    access->loadedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    access->baseUrl = QUrl(query.value(1).toString());
    const qint64 firstRow = query.value(2).toLongLong();
    const qint64 rowCount = query.value(3).toLongLong();
    access->organizationUsersComplete = query.value(4).toBool();
    // A damaged or hostile file may say anything: a count no snapshot can have is refused.
    if (rowCount < 0 || rowCount > std::numeric_limits<int>::max() || firstRow < 1
        || firstRow > std::numeric_limits<qint64>::max() - rowCount) {
        m_error = tr("The snapshot store “%1” is damaged: snapshot %2 has an impossible row count.")
                      .arg(QDir::toNativeSeparators(m_path)).arg(id);
        return nullptr;
    }

    QHash<qint64, int> projectIndex, personIndex, accountIndex, groupIndex, roleIndex;
    query.prepare(QStringLiteral("SELECT p.id, p.api_id, p.name, p.archived FROM snapshot_project s JOIN project p "
                                 "ON p.id = s.project WHERE s.snapshot = ? ORDER BY s.position"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(what, query.lastError());
        return nullptr;
    }
    while (query.next()) {
        projectIndex.insert(query.value(0).toLongLong(), int(access->projects.size()));
        access->projects.append({textOf(query.value(1)), textOf(query.value(2)), query.value(3).toBool()});
    }
    query.prepare(QStringLiteral("SELECT m.id, m.api_id, m.name, m.email, m.org_role, m.added_at FROM snapshot_person s "
                                 "JOIN member m ON m.id = s.member WHERE s.snapshot = ? ORDER BY s.position"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(what, query.lastError());
        return nullptr;
    }
    while (query.next()) {
        personIndex.insert(query.value(0).toLongLong(), int(access->people.size()));
        access->people.append({textOf(query.value(1)), textOf(query.value(2)), textOf(query.value(3)),
                               textOf(query.value(4)), query.value(5).isNull() ? -1 : query.value(5).toLongLong()});
    }
    query.prepare(QStringLiteral("SELECT project_api_id, project_name, reason FROM snapshot_failure WHERE snapshot = ? "
                                 "ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec()) {
        fail(what, query.lastError());
        return nullptr;
    }
    while (query.next())
        access->failures.append({query.value(0).toString(), textOf(query.value(1)), query.value(2).toString()});

    // Service accounts, groups and roles the rows name, in the order they first appear.
    QHash<qint64, QStringList> others; // id -> type, api_id, name, group_type
    if (!query.exec(QStringLiteral("SELECT id, type, api_id, name, group_type FROM member WHERE type <> 0"))) {
        fail(what, query.lastError());
        return nullptr;
    }
    while (query.next())
        others.insert(query.value(0).toLongLong(), {query.value(1).toString(), textOf(query.value(2)),
                                                    textOf(query.value(3)), textOf(query.value(4))});
    QHash<qint64, QString> roleWords;
    if (!query.exec(QStringLiteral("SELECT id, word FROM role"))) {
        fail(what, query.lastError());
        return nullptr;
    }
    while (query.next())
        roleWords.insert(query.value(0).toLongLong(), query.value(1).toString());

    auto groupAt = [&](qint64 storeId) {
        auto found = groupIndex.constFind(storeId);
        if (found != groupIndex.constEnd())
            return *found;
        const QStringList fields = others.value(storeId);
        const int index = int(access->groups.size());
        access->groups.append({fields.value(1), fields.value(2), fields.value(3)});
        groupIndex.insert(storeId, index);
        return index;
    };

    query.prepare(QStringLiteral("SELECT project, member, via, role, since FROM access_row WHERE rowid BETWEEN ? AND ? "
                                 "ORDER BY rowid"));
    query.addBindValue(firstRow);
    query.addBindValue(firstRow + rowCount - 1);
    if (!query.exec()) {
        fail(what, query.lastError());
        return nullptr;
    }
    access->entries.reserve(qMin<qint64>(rowCount, 1 << 20));
    while (query.next()) {
        AccessEntry entry;
        entry.project = projectIndex.value(query.value(0).toLongLong(), -1);
        const qint64 member = query.value(1).toLongLong();
        entry.since = query.value(4).toLongLong();
        if (!query.value(2).isNull())
            entry.viaGroup = groupAt(query.value(2).toLongLong());
        if (!query.value(3).isNull()) {
            const qint64 role = query.value(3).toLongLong();
            auto found = roleIndex.constFind(role);
            if (found == roleIndex.constEnd()) {
                found = roleIndex.insert(role, int(access->roles.size()));
                access->roles.append(roleWords.value(role));
            }
            entry.role = *found;
        }
        const auto person = personIndex.constFind(member);
        if (person != personIndex.constEnd()) {
            entry.type = MemberType::User;
            entry.member = *person;
        } else if (others.value(member).value(0) == QString::number(int(MemberType::Group))) {
            entry.type = MemberType::Group;
            entry.member = groupAt(member);
        } else {
            entry.type = MemberType::ServiceAccount;
            auto found = accountIndex.constFind(member);
            if (found == accountIndex.constEnd()) {
                const QStringList fields = others.value(member);
                found = accountIndex.insert(member, int(access->serviceAccounts.size()));
                access->serviceAccounts.append({fields.value(1), fields.value(2)});
            }
            entry.member = *found;
        }
        if (entry.project < 0) {
            m_error = tr("The snapshot store “%1” is damaged: snapshot %2 names a project it does not list.")
                          .arg(QDir::toNativeSeparators(m_path)).arg(id);
            return nullptr;
        }
        access->entries.append(entry);
    }
    if (access->entries.size() != rowCount) {
        m_error = tr("The snapshot store “%1” is damaged: snapshot %2 has %3 of its %4 rows.")
                      .arg(QDir::toNativeSeparators(m_path)).arg(id).arg(access->entries.size()).arg(rowCount);
        return nullptr;
    }
    OrganizationAccessBuilder::summarize(*access);
    return access;
}

bool SnapshotStore::rename(qint64 id, const QString &label)
{
    if (!open())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE snapshot SET label = ? WHERE id = ?"));
    query.addBindValue(nullable(label.isEmpty() ? QString() : label));
    query.addBindValue(id);
    if (!query.exec())
        return fail(tr("Could not rename the snapshot in"), query.lastError());
    if (query.numRowsAffected() != 1) {
        m_error = tr("There is no snapshot %1 in “%2”.").arg(id).arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

bool SnapshotStore::remove(qint64 id)
{
    if (!open())
        return false;
    const QString what = tr("Could not delete the snapshot from");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(what, query.lastError());
    query.prepare(QStringLiteral("SELECT first_row, row_count FROM snapshot WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        const QSqlError error = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        if (error.isValid())
            return fail(what, error);
        m_error = tr("There is no snapshot %1 in “%2”.").arg(id).arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    const qint64 firstRow = query.value(0).toLongLong();
    const qint64 rowCount = query.value(1).toLongLong();
    query.finish();
    const QStringList statements = {
        QStringLiteral("DELETE FROM access_row WHERE rowid BETWEEN %1 AND %2").arg(firstRow).arg(firstRow + rowCount - 1),
        QStringLiteral("DELETE FROM snapshot_project WHERE snapshot = %1").arg(id),
        QStringLiteral("DELETE FROM snapshot_person WHERE snapshot = %1").arg(id),
        QStringLiteral("DELETE FROM snapshot_failure WHERE snapshot = %1").arg(id),
        QStringLiteral("DELETE FROM snapshot WHERE id = %1").arg(id),
        QStringLiteral("COMMIT"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return fail(what, error);
        }
    }
    return true;
}

std::optional<qint64> SnapshotStore::find(const QString &idOrLabel)
{
    if (!open())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    bool isNumber = false;
    const qint64 number = idOrLabel.toLongLong(&isNumber);
    // A label wins over an id only when no snapshot has that id.
    query.prepare(QStringLiteral("SELECT id FROM snapshot WHERE id = ? UNION ALL "
                                 "SELECT id FROM (SELECT id FROM snapshot WHERE label = ? ORDER BY taken_at DESC, id DESC LIMIT 1)"));
    query.addBindValue(isNumber ? number : qint64(-1));
    query.addBindValue(idOrLabel);
    if (!query.exec()) {
        fail(tr("Could not read the snapshot store"), query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = tr("There is no snapshot with the id or label “%1” in “%2”.").arg(idOrLabel, QDir::toNativeSeparators(m_path));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> SnapshotStore::previous(qint64 id)
{
    const std::optional<SnapshotSummary> current = summary(id);
    if (!current)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM snapshot WHERE taken_at < ? OR (taken_at = ? AND id < ?) "
                                 "ORDER BY taken_at DESC, id DESC LIMIT 1"));
    const qint64 at = current->takenAt.toMSecsSinceEpoch();
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}
