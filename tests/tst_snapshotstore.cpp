// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot store and the diff, on real SQLite files in a temporary folder, and against the
// local demo server for what a second look at the organization finds.
#include "syntheticorganization.h"
#include "testsupport.h"

#include "access/organizationaccessloader.h"
#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "store/accesschangesmodel.h"
#include "store/accessdiff.h"
#include "store/snapshotstore.h"
#include "store/storeschema.h"
#include "models/modelroles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every row of an access list as its CSV fields, for comparing two lists whole.
QVector<QStringList> rowsOf(const OrganizationAccess &access)
{
    QVector<QStringList> rows;
    for (const AccessEntry &entry : access.entries)
        rows.append(access.csvFields(entry));
    return rows;
}

std::shared_ptr<const OrganizationAccess> loadLive(AdminApiServer &server)
{
    ApiClient client;
    client.setBaseUrl(server.baseUrl());
    client.setAdminKey(server.adminKey());
    OrganizationAccessLoader loader(&client);
    QSignalSpy finished(&loader, &OrganizationAccessLoader::finished);
    loader.start();
    if (!finished.wait(120000))
        return nullptr;
    return loader.access();
}

QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("integrity-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            result = query.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A partial copy of `listings`: project `failed` could not be read.
OrganizationListings withFailedProject(OrganizationListings listings, int failed)
{
    listings.projects[failed].complete = false;
    listings.projects[failed].failure = QStringLiteral("HTTP 500 from the server");
    return listings;
}

} // namespace

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedSnapshotLoadsBackTheSameAccessList();
    void listSummarizesEachSnapshot();
    void renameRemoveAndFind();
    void twoSnapshotsAroundAScriptedChangeGiveExactlyThatChange();
    void partialSnapshotNeverReportsFailedProjectsMembersAsRemoved();
    void diffSummaryLineAndChangesModel();
    void foreignFilesAreRefusedAndLeftByteForByte_data();
    void foreignFilesAreRefusedAndLeftByteForByte();
    void newerStoreIsRefusedAndLeftByteForByte();
    void versionOneFileWrittenByHandOpensAndTakesSnapshots();
    void readerCreatesNothingAndLeavesAnOlderStoreAsItWas();
    void fullDiskSaysSoAndLosesNoEarlierSnapshot();
    void readOnlyFolderSaysSoAndLosesNoEarlierSnapshot();
    void twoWritersAtOnceBothSucceed();
    void killedWriterLeavesEarlierSnapshotsIntact();
    void storeTakesUnder120BytesPerAccessRow();
};

void TestSnapshotStore::savedSnapshotLoadsBackTheSameAccessList()
{
    QTemporaryDir dir;
    const auto access = SyntheticOrganization::access(12, 30);
    SnapshotStore store(dir.filePath(QStringLiteral("roster.sqlite")));
    const std::optional<qint64> id = store.save(*access, QStringLiteral("Q3"), QStringLiteral("looked at by Ana"));
    QVERIFY2(id, qPrintable(store.errorString()));
    const auto loaded = store.load(*id);
    QVERIFY2(loaded, qPrintable(store.errorString()));
    QCOMPARE(rowsOf(*loaded), rowsOf(*access));
    QCOMPARE(loaded->people.size(), access->people.size());
    QCOMPARE(loaded->people.constLast().email, access->people.constLast().email);
    QCOMPARE(loaded->people.constFirst().organizationRole, access->people.constFirst().organizationRole);
    QCOMPARE(loaded->baseUrl, access->baseUrl);
    QCOMPARE(loaded->loadedAt, access->loadedAt);
    QVERIFY(loaded->isComplete());
    QCOMPARE(loaded->summaries.size(), access->summaries.size());
    QCOMPARE(loaded->summaries.at(3).projects, access->summaries.at(3).projects);
    // The matrix comes laid out as a live load's: the same people on the same rows, the same cells.
    QVERIFY(access->matrix.rowCount() > 0);
    QCOMPARE(loaded->matrix.rowCount(), access->matrix.rowCount());
    QHash<QString, int> loadedProject;
    for (int p = 0; p < loaded->projects.size(); ++p)
        loadedProject.insert(loaded->projects.at(p).id, p);
    for (int row = 0; row < access->matrix.rowCount(); ++row) {
        QCOMPARE(loaded->people.at(loaded->matrix.personAt(row)).id, access->people.at(access->matrix.personAt(row)).id);
        for (int p = 0; p < access->projects.size(); ++p)
            QCOMPARE(loaded->matrix.cell(row, loadedProject.value(access->projects.at(p).id)), access->matrix.cell(row, p));
    }
}

void TestSnapshotStore::listSummarizesEachSnapshot()
{
    QTemporaryDir dir;
    const OrganizationListings listings = SyntheticOrganization::listings(10, 8);
    const auto complete = OrganizationAccessBuilder::build(listings);
    const auto partial = OrganizationAccessBuilder::build(withFailedProject(listings, 4));
    SnapshotStore store(dir.filePath(QStringLiteral("roster.sqlite")));
    QVERIFY(store.save(*complete, QStringLiteral("first")));
    QVERIFY(store.save(*partial, QString(), QStringLiteral("project 4 was down")));
    const QVector<SnapshotSummary> list = store.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).label, QStringLiteral("first"));
    QCOMPARE(list.at(0).rows, int(complete->entries.size()));
    QCOMPARE(list.at(0).projects, 10);
    QCOMPARE(list.at(0).failedProjects, 0);
    QVERIFY(list.at(0).complete);
    QCOMPARE(list.at(1).note, QStringLiteral("project 4 was down"));
    QCOMPARE(list.at(1).projects, 9);
    QCOMPARE(list.at(1).failedProjects, 1);
    QVERIFY(!list.at(1).complete);
    QCOMPARE(list.at(1).rows, int(partial->entries.size()));
    const auto loaded = store.load(list.at(1).id);
    QCOMPARE(loaded->failures.size(), 1);
    QCOMPARE(loaded->failures.at(0).projectId, QStringLiteral("proj_00004"));
    QCOMPARE(loaded->failures.at(0).reason, QStringLiteral("HTTP 500 from the server"));
}

void TestSnapshotStore::renameRemoveAndFind()
{
    QTemporaryDir dir;
    const auto access = SyntheticOrganization::access(5, 10);
    SnapshotStore store(dir.filePath(QStringLiteral("roster.sqlite")));
    const qint64 a = *store.save(*access, QStringLiteral("before"));
    const qint64 b = *store.save(*access, QStringLiteral("after"));
    QCOMPARE(store.find(QStringLiteral("before")), std::optional<qint64>(a));
    QCOMPARE(store.find(QString::number(b)), std::optional<qint64>(b));
    QVERIFY(!store.find(QStringLiteral("nope")));
    QVERIFY(store.errorString().contains(QStringLiteral("nope")));
    QVERIFY(store.rename(a, QStringLiteral("baseline")));
    QCOMPARE(store.find(QStringLiteral("baseline")), std::optional<qint64>(a));
    QCOMPARE(store.previous(b), std::optional<qint64>(a));
    QVERIFY(store.remove(a));
    QCOMPARE(store.list().size(), 1);
    QVERIFY(!store.load(a));
    // The other snapshot's rows are untouched by the removal.
    QCOMPARE(rowsOf(*store.load(b)), rowsOf(*access));
    const qint64 c = *store.save(*access);
    QCOMPARE(rowsOf(*store.load(c)), rowsOf(*access));
}

void TestSnapshotStore::twoSnapshotsAroundAScriptedChangeGiveExactlyThatChange()
{
    AdminApiServer server(200);
    server.organization().setProjectCount(12);
    QVERIFY(server.start());
    QTemporaryDir dir;
    SnapshotStore store(dir.filePath(QStringLiteral("roster.sqlite")));
    const auto first = loadLive(server);
    QVERIFY(first && first->isComplete());
    const std::optional<qint64> before = store.save(*first, QStringLiteral("before"));
    QVERIFY2(before, qPrintable(store.errorString()));

    // Pick a project with two direct members and someone who is not in it.
    DemoOrganization &org = server.organization();
    const DemoOrganization::ProjectSpec *project = nullptr;
    for (const DemoOrganization::ProjectSpec &spec : org.projects()) {
        if (spec.pooled && org.projectUsers(spec.id).size() >= 2) {
            project = &spec;
            break;
        }
    }
    QVERIFY(project);
    const QString projectId = project->id;
    const QVector<QJsonObject> users = org.projectUsers(projectId);
    const QString removedId = users.at(0).value(QStringLiteral("id")).toString();
    const QString changedId = users.at(1).value(QStringLiteral("id")).toString();
    const QString oldRole = users.at(1).value(QStringLiteral("role")).toString();
    const QString newRole = oldRole == QLatin1String("owner") ? QStringLiteral("member") : QStringLiteral("owner");
    QString addedId;
    for (int person = 0; person < org.personCount() && addedId.isEmpty(); ++person) {
        if (org.addProjectMember(projectId, org.personId(person)))
            addedId = org.personId(person);
    }
    QVERIFY(!addedId.isEmpty());
    QVERIFY(org.removeProjectMember(projectId, removedId));
    QVERIFY(org.setProjectMemberRole(projectId, changedId, newRole));

    const auto second = loadLive(server);
    QVERIFY(second && second->isComplete());
    const std::optional<qint64> after = store.save(*second, QStringLiteral("after"));
    QVERIFY(after);
    const AccessDiff diff = AccessDiff::compare(*store.load(*before), *store.load(*after));
    QCOMPARE(diff.changes().size(), 3);
    QCOMPARE(diff.added(), 1);
    QCOMPARE(diff.removed(), 1);
    QCOMPARE(diff.roleChanged(), 1);
    QCOMPARE(diff.projectsChanged(), 1);
    for (const AccessChange &change : diff.changes()) {
        QCOMPARE(change.projectId, projectId);
        QCOMPARE(change.memberType, MemberType::User);
        QVERIFY(change.viaGroupId.isEmpty());
        switch (change.kind) {
        case AccessChange::Kind::Added:
            QCOMPARE(change.memberId, addedId);
            QCOMPARE(change.newRole, QStringLiteral("member"));
            QVERIFY(change.oldRole.isEmpty());
            break;
        case AccessChange::Kind::Removed:
            QCOMPARE(change.memberId, removedId);
            QCOMPARE(change.oldRole, users.at(0).value(QStringLiteral("role")).toString());
            QVERIFY(change.newRole.isEmpty());
            break;
        case AccessChange::Kind::RoleChanged:
            QCOMPARE(change.memberId, changedId);
            QCOMPARE(change.oldRole, oldRole);
            QCOMPARE(change.newRole, newRole);
            break;
        }
    }
    // The live list against the stored one finds the same.
    QCOMPARE(AccessDiff::compare(*store.load(*before), *second).changes().size(), 3);
    QVERIFY(AccessDiff::compare(*store.load(*after), *second).isEmpty());
}

void TestSnapshotStore::partialSnapshotNeverReportsFailedProjectsMembersAsRemoved()
{
    QTemporaryDir dir;
    const OrganizationListings listings = SyntheticOrganization::listings(6, 10);
    SnapshotStore store(dir.filePath(QStringLiteral("roster.sqlite")));
    const qint64 whole = *store.save(*OrganizationAccessBuilder::build(listings));
    OrganizationListings changed = withFailedProject(listings, 2);
    changed.projects[3].users.removeFirst(); // a real removal elsewhere
    const qint64 partial = *store.save(*OrganizationAccessBuilder::build(changed));

    for (const auto &[from, to] : {std::pair(whole, partial), std::pair(partial, whole)}) {
        const AccessDiff diff = AccessDiff::compare(*store.load(from), *store.load(to));
        for (const AccessChange &change : diff.changes())
            QVERIFY2(change.projectId != QLatin1String("proj_00002"), qPrintable(change.memberId));
        QCOMPARE(diff.changes().size(), 1);
        QCOMPARE(diff.changes().at(0).projectId, QStringLiteral("proj_00003"));
        QCOMPARE(diff.incompleteProjects().size(), 1);
        QCOMPARE(diff.incompleteProjects().at(0).projectId, QStringLiteral("proj_00002"));
        QVERIFY(diff.incompleteProjects().at(0).reason.contains(QStringLiteral("HTTP 500")));
    }
}

void TestSnapshotStore::diffSummaryLineAndChangesModel()
{
    OrganizationListings listings = SyntheticOrganization::listings(4, 10, 0, 0);
    const auto from = OrganizationAccessBuilder::build(listings);
    listings.projects[0].users.removeFirst();
    listings.projects[1].users[1].role = QStringLiteral("owner");
    listings.projects[1].users.append({QStringLiteral("user_new"), QStringLiteral("=New Person"),
                                       QStringLiteral("new@example.test"), QStringLiteral("member"), 1});
    const AccessDiff diff = AccessDiff::compare(*from, *OrganizationAccessBuilder::build(listings));
    QCOMPARE(diff.summary(), QStringLiteral("1 added, 1 removed, 1 role changes in 2 projects"));

    AccessChangesModel model;
    model.setDiff(diff);
    QCOMPARE(model.rowCount(), 3);
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column)
        fields << model.headerData(column, Qt::Horizontal, ModelRoles::FieldNameRole).toString();
    for (const QString &column : AccessDiff::csvColumns())
        QVERIFY2(fields.contains(column), qPrintable(column));
    const int added = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, AccessChangesModel::ChangeColumn).data(ModelRoles::ExportRole) == QStringLiteral("added"))
                return row;
        }
        return -1;
    }();
    QVERIFY(added >= 0);
    QCOMPARE(model.index(added, AccessChangesModel::ChangeColumn).data().toString(), QStringLiteral("Added"));
    QCOMPARE(model.index(added, AccessChangesModel::MemberIdColumn).data().toString(), QStringLiteral("user_new"));
    QCOMPARE(model.index(added, AccessChangesModel::NewRoleColumn).data(ModelRoles::ExportRole).toString(),
             QStringLiteral("member"));
}

void TestSnapshotStore::foreignFilesAreRefusedAndLeftByteForByte_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("name,email\nAna,ana@example.test\n") << QStringLiteral("not an SQLite database");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("short SQLite header") << QByteArray("SQLite format 3\0", 16) << QStringLiteral("not an SQLite database");
}

void TestSnapshotStore::foreignFilesAreRefusedAndLeftByteForByte()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    SnapshotStore store(path);
    QVERIFY(!store.save(*SyntheticOrganization::access(2, 3)));
    QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(QStringLiteral("left as it is")), qPrintable(store.errorString()));
    QFile reread(path);
    QVERIFY(reread.open(QIODevice::ReadOnly));
    QCOMPARE(reread.readAll(), contents);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.sqlite")});
}

void TestSnapshotStore::newerStoreIsRefusedAndLeftByteForByte()
{
    QTemporaryDir dir;
    // Another program's database, then a Roster store of a later version.
    const QString foreign = dir.filePath(QStringLiteral("other.db"));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        SnapshotStore store(newer);
        QVERIFY(store.save(*SyntheticOrganization::access(2, 3)));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO photos(path) VALUES('a.jpg')"));
        db.setDatabaseName(newer);
        db.close();
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::CurrentVersion + 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    for (const QString &path : {foreign, newer}) {
        const QByteArray hash = fileHash(path);
        QVERIFY(!hash.isEmpty());
        SnapshotStore store(path);
        QVERIFY(!store.open());
        QVERIFY(!store.save(*SyntheticOrganization::access(2, 3)));
        QVERIFY(store.list().isEmpty());
        if (path == foreign)
            QVERIFY2(store.errorString().contains(QStringLiteral("another program's SQLite database")),
                     qPrintable(store.errorString()));
        else
            QVERIFY2(store.errorString().contains(QStringLiteral("from a newer Roster (store version 2")),
                     qPrintable(store.errorString()));
        QCOMPARE(fileHash(path), hash);
    }
}

void TestSnapshotStore::versionOneFileWrittenByHandOpensAndTakesSnapshots()
{
    // A version 1 file as the first Roster wrote it, built from the migration list's first step:
    // today's code opens it through the migration path and adds to it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(StoreSchema::migrate(db, 0, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), StoreSchema::CurrentVersion);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    SnapshotStore store(path);
    const auto access = SyntheticOrganization::access(3, 4);
    const std::optional<qint64> id = store.save(*access);
    QVERIFY2(id, qPrintable(store.errorString()));
    QCOMPARE(rowsOf(*store.load(*id)), rowsOf(*access));
}

void TestSnapshotStore::readerCreatesNothingAndLeavesAnOlderStoreAsItWas()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/roster.sqlite"));
    {
        SnapshotStore reader(missing);
        QVERIFY(!reader.openToRead());
        QVERIFY2(reader.errorString().contains(QStringLiteral("There is no snapshot store")), qPrintable(reader.errorString()));
    }
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

    // A store of an earlier version than this Roster's (version 0 stands in for it): a reader
    // would have to update it first, so it refuses and leaves the file as it was.
    const QString older = dir.filePath(QStringLiteral("older.sqlite"));
    {
        SnapshotStore store(older);
        QVERIFY(store.save(*SyntheticOrganization::access(2, 3)));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(older);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(StoreSchema::CurrentVersion - 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const QByteArray hash = fileHash(older);
    QVERIFY(!hash.isEmpty());
    {
        SnapshotStore reader(older);
        QVERIFY(!reader.openToRead());
        QVERIFY2(reader.errorString().contains(QStringLiteral("from an older Roster")), qPrintable(reader.errorString()));
    }
    QCOMPARE(fileHash(older), hash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("older.sqlite")});
}

void TestSnapshotStore::fullDiskSaysSoAndLosesNoEarlierSnapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    SnapshotStore store(path);
    const auto small = SyntheticOrganization::access(3, 5);
    const qint64 earlier = *store.save(*small, QStringLiteral("earlier"));
    // The file may grow no further than it is now (plus a little): a big snapshot fills it.
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    query.finish();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
    query.finish();
    QVERIFY(!store.save(*SyntheticOrganization::access(100, 100), QStringLiteral("too big")));
    QVERIFY2(store.errorString().contains(QStringLiteral("the disk is full")), qPrintable(store.errorString()));
    QVERIFY2(store.errorString().contains(path), qPrintable(store.errorString()));
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(rowsOf(*store.load(earlier)), rowsOf(*small));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestSnapshotStore::readOnlyFolderSaysSoAndLosesNoEarlierSnapshot()
{
    if (geteuid() == 0)
        QSKIP("root writes into a read-only folder; run as a user to test this");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("store"));
    const QString path = folder + QStringLiteral("/roster.sqlite");
    const auto access = SyntheticOrganization::access(3, 5);
    {
        SnapshotStore store(path);
        QVERIFY(store.save(*access));
    }
    const QByteArray hash = fileHash(path);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    {
        SnapshotStore store(path);
        QVERIFY(!store.save(*access));
        QVERIFY2(store.errorString().contains(QStringLiteral("cannot be written"))
                     || store.errorString().contains(QStringLiteral("cannot be read")),
                 qPrintable(store.errorString()));
        SnapshotStore fresh(folder + QStringLiteral("/new/roster.sqlite"));
        QVERIFY(!fresh.open());
        QVERIFY2(fresh.errorString().contains(QStringLiteral("Could not create the folder")), qPrintable(fresh.errorString()));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(fileHash(path), hash);
    SnapshotStore store(path);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(rowsOf(*store.load(store.list().at(0).id)), rowsOf(*access));
}

void TestSnapshotStore::twoWritersAtOnceBothSucceed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const auto access = SyntheticOrganization::access(60, 200);
    QVERIFY(SnapshotStore(path).open());
    // Each thread opens and uses its own store on itself.
    std::optional<qint64> ids[2];
    QString errors[2];
    QThread *threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i] = QThread::create([&, i] {
            SnapshotStore store(path);
            for (int n = 0; n < 3 && (n == 0 || ids[i]); ++n)
                ids[i] = store.save(*access, QStringLiteral("writer %1").arg(i));
            errors[i] = store.errorString();
        });
    }
    threads[0]->start();
    threads[1]->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QVERIFY2(ids[0], qPrintable(errors[0]));
    QVERIFY2(ids[1], qPrintable(errors[1]));
    SnapshotStore store(path);
    const QVector<SnapshotSummary> list = store.list();
    QCOMPARE(list.size(), 6);
    for (const SnapshotSummary &summary : list)
        QCOMPARE(rowsOf(*store.load(summary.id)), rowsOf(*access));
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestSnapshotStore::killedWriterLeavesEarlierSnapshotsIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const auto earlier = SyntheticOrganization::access(20, 30);
    {
        SnapshotStore store(path);
        QVERIFY(store.save(*earlier, QStringLiteral("earlier 1")));
        QVERIFY(store.save(*earlier, QStringLiteral("earlier 2")));
    }
    QProcess writer;
    writer.start(QStringLiteral(ROSTER_SNAPSHOT_WRITER), {path});
    QVERIFY(writer.waitForStarted());
    // Let it store one big snapshot whole, then kill it while it stores the next.
    QByteArray out;
    while (!out.contains("saving 2\n")) {
        QVERIFY2(writer.waitForReadyRead(60000), writer.readAllStandardError().constData());
        out += writer.readAllStandardOutput();
    }
    QTest::qWait(150);
    ::kill(pid_t(writer.processId()), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    out += writer.readAllStandardOutput();
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    const bool secondFinished = out.contains("saved 2\n");

    SnapshotStore store(path);
    const QVector<SnapshotSummary> list = store.list();
    QVERIFY2(store.errorString().isEmpty(), qPrintable(store.errorString()));
    // The two earlier ones, the helper's first, and its second only if it finished before the kill.
    QCOMPARE(list.size(), secondFinished ? 4 : 3);
    QCOMPARE(list.at(0).label, QStringLiteral("earlier 1"));
    QCOMPARE(rowsOf(*store.load(list.at(0).id)), rowsOf(*earlier));
    QCOMPARE(rowsOf(*store.load(list.at(1).id)), rowsOf(*earlier));
    QCOMPARE(list.at(2).rows, int(SyntheticOrganization::access(400, 500)->entries.size()));
    QCOMPARE(int(store.load(list.at(2).id)->entries.size()), list.at(2).rows);
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
    // The store goes on taking snapshots after the crash.
    QVERIFY(store.save(*earlier, QStringLiteral("after the crash")));
}

void TestSnapshotStore::storeTakesUnder120BytesPerAccessRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.sqlite"));
    const auto access = SyntheticOrganization::access(100, 400);
    {
        SnapshotStore store(path);
        QVERIFY(store.save(*access));
        QVERIFY(store.save(*access));
    }
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const double perRow = double(bytes) / double(2 * access->entries.size());
    QVERIFY2(perRow < 120.0, qPrintable(QString::number(perRow)));
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
