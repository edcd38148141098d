// SPDX-License-Identifier: GPL-3.0-or-later
// The organization-wide load against the local server: every access row exactly once, each
// group's members read once, a 429 storm survived within the concurrency, a failing project
// named and retried alone, cancel leaving the last result as it was.
#include "testsupport.h"

#include "access/accessmatrixmodel.h"
#include "access/listingscheduler.h"
#include "access/organizationaccessloader.h"
#include "access/peoplemodel.h"

#include <QCollator>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int Wait = 60000;

// One access row as a line of text: what the access CSV would say, minus names.
QString key(const QString &project, const QString &type, const QString &member, const QString &role,
            const QString &viaGroup, qint64 since)
{
    return QStringList{project, type, member, role, viaGroup, QString::number(since)}.join(QLatin1Char('|'));
}

// Works out who has access to what from the server's own ground truth, without the client code.
QStringList expectedRows(const DemoOrganization &org, const QSet<QString> &leaveOut = {})
{
    QStringList rows;
    for (const DemoOrganization::ProjectSpec &project : org.projects()) {
        if (project.archived || leaveOut.contains(project.id))
            continue;
        for (const QJsonObject &user : org.projectUsers(project.id))
            rows << key(project.id, QStringLiteral("user"), user.value(QLatin1String("id")).toString(),
                        user.value(QLatin1String("role")).toString(), {}, user.value(QLatin1String("added_at")).toInteger());
        for (const QJsonObject &account : org.projectServiceAccounts(project.id))
            rows << key(project.id, QStringLiteral("service_account"), account.value(QLatin1String("id")).toString(),
                        account.value(QLatin1String("role")).toString(), {},
                        account.value(QLatin1String("created_at")).toInteger());
        for (const QJsonObject &grant : org.projectGroups(project.id)) {
            const QString group = grant.value(QLatin1String("group_id")).toString();
            const qint64 granted = grant.value(QLatin1String("created_at")).toInteger();
            rows << key(project.id, QStringLiteral("group"), group, {}, {}, granted);
            for (const QJsonObject &member : org.groupMembers(group))
                rows << key(project.id, QStringLiteral("user"), member.value(QLatin1String("id")).toString(), {}, group, granted);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QStringList actualRows(const OrganizationAccess &access)
{
    QStringList rows;
    for (const AccessEntry &e : access.entries) {
        rows << key(access.projects.at(e.project).id, OrganizationAccess::memberTypeWord(e.type), access.memberId(e),
                    access.roleOf(e), e.viaGroup >= 0 ? access.groups.at(e.viaGroup).id : QString(), e.since);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::shared_ptr<const OrganizationAccess> loadAndWait(OrganizationAccessLoader &loader, bool includeArchived = false)
{
    QSignalSpy finished(&loader, &OrganizationAccessLoader::finished);
    loader.start(includeArchived);
    if (!finished.wait(Wait))
        return nullptr;
    return loader.access();
}

} // namespace

class TestOrganizationAccessLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyAccessRowExactlyOnce();
    void eachGroupsMembersAreReadOnceHoweverManyProjectsItIsGrantedTo();
    void organizationUsersNameEveryoneAndPeopleInNoProject();
    void progressCountsProjects();
    void rateLimitStormEndsCompleteWithinTheConcurrency();
    void failingProjectIsNamedAndTheOthersStayComplete();
    void retryReadsTheFailedProjectAlone();
    void loopingCursorFailsItsProjectOnly();
    void archivedProjectsAreListedWhenIncluded();
    void cancelLeavesTheLastResultAsItWas();
    void peopleAndMatrixAgreeWithTheAccessList();
    void matrixArrivesLaidOutByNameWithTheResult();

private:
    std::unique_ptr<LocalApi> m_api;
};

void TestOrganizationAccessLoader::init()
{
    m_api = std::make_unique<LocalApi>(350);
    m_api->server->organization().setProjectCount(40);
}

void TestOrganizationAccessLoader::everyAccessRowExactlyOnce()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    QVERIFY2(access->isComplete(), qPrintable(access->failures.value(0).reason));
    const QStringList expected = expectedRows(m_api->server->organization());
    const QStringList actual = actualRows(*access);
    QVERIFY(expected.size() > 1000);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual, expected);
    // The CSV's names come along: a person's email where the row is a person's.
    for (const AccessEntry &e : access->entries) {
        if (e.type == MemberType::User)
            QCOMPARE(access->csvFields(e).at(5), access->people.at(e.member).email);
    }
}

void TestOrganizationAccessLoader::eachGroupsMembersAreReadOnceHoweverManyProjectsItIsGrantedTo()
{
    OrganizationAccessLoader loader(m_api->client.get());
    QVERIFY(loadAndWait(loader));
    const DemoOrganization &org = m_api->server->organization();
    QHash<QString, int> grants;
    for (const DemoOrganization::ProjectSpec &project : org.projects()) {
        if (project.archived)
            continue;
        for (const QJsonObject &grant : org.projectGroups(project.id))
            ++grants[grant.value(QLatin1String("group_id")).toString()];
    }
    int sharedGroups = 0;
    for (auto it = grants.cbegin(); it != grants.cend(); ++it) {
        sharedGroups += it.value() > 1;
        // A thousand members a page: one request per group.
        QCOMPARE(m_api->log->count(QStringLiteral("/organization/groups/%1/users").arg(it.key())), 1);
    }
    QVERIFY2(sharedGroups > 3, "the demo organization grants groups to several projects");
}

void TestOrganizationAccessLoader::organizationUsersNameEveryoneAndPeopleInNoProject()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    const QVector<QJsonObject> users = m_api->server->organization().organizationUsers();
    int inNoProject = 0;
    QSet<QString> ids;
    for (int p = 0; p < access->people.size(); ++p) {
        ids.insert(access->people.at(p).id);
        inNoProject += access->summaries.at(p).projects == 0;
    }
    for (const QJsonObject &user : users)
        QVERIFY(ids.contains(user.value(QLatin1String("id")).toString()));
    QVERIFY2(inNoProject >= DemoOrganization::PeopleInNoProject, qPrintable(QString::number(inNoProject)));
    PeopleModel people;
    people.setAccess(access);
    QCOMPARE(people.rowCount(), int(access->people.size()));
}

void TestOrganizationAccessLoader::progressCountsProjects()
{
    OrganizationAccessLoader loader(m_api->client.get());
    QSignalSpy progress(&loader, &OrganizationAccessLoader::progress);
    QVERIFY(loadAndWait(loader));
    int active = 0;
    for (const DemoOrganization::ProjectSpec &project : m_api->server->organization().projects())
        active += !project.archived;
    QVERIFY(progress.size() > 2);
    QCOMPARE(progress.last().at(0).toInt(), active);
    QCOMPARE(progress.last().at(1).toInt(), active);
    int last = 0;
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toInt() >= last); // never goes back
        last = step.at(0).toInt();
    }
}

void TestOrganizationAccessLoader::rateLimitStormEndsCompleteWithinTheConcurrency()
{
    RetryPolicy patient = m_api->client->retryPolicy();
    patient.maxAttempts = 12;
    m_api->client->setRetryPolicy(patient);
    m_api->faults->setRandom(7, 0.3, {ServerFault::Kind::RateLimit});
    OrganizationAccessLoader loader(m_api->client.get());
    loader.setConcurrency(4);
    QSignalSpy window(loader.scheduler(), &ListingScheduler::windowChanged);
    QSignalSpy limited(m_api->client.get(), &ApiClient::rateLimited);
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    QVERIFY(limited.size() > 10);
    QVERIFY2(access->isComplete(), qPrintable(access->failures.value(0).reason));
    QCOMPARE(actualRows(*access), expectedRows(m_api->server->organization()));
    QVERIFY(loader.scheduler()->peakInFlight() <= 4);
    // The window halved on the storm, and grew back.
    int smallest = 4;
    for (const QList<QVariant> &change : std::as_const(window))
        smallest = std::min(smallest, change.at(0).toInt());
    QVERIFY(smallest < 4);
}

void TestOrganizationAccessLoader::failingProjectIsNamedAndTheOthersStayComplete()
{
    const QString broken = QStringLiteral("proj_design_system");
    m_api->faults->add(ServerFault::of(ServerFault::Kind::Forbidden, broken + QStringLiteral("/service_accounts"), 0, -1));
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    QCOMPARE(access->failures.size(), 1);
    QCOMPARE(access->failures.first().projectId, broken);
    QVERIFY2(access->failures.first().reason.contains(QLatin1String("403")), qPrintable(access->failures.first().reason));
    QVERIFY(!access->isComplete());
    QCOMPARE(actualRows(*access), expectedRows(m_api->server->organization(), {broken}));
    for (const OrganizationAccess::Project &project : access->projects)
        QVERIFY(project.id != broken);
}

void TestOrganizationAccessLoader::retryReadsTheFailedProjectAlone()
{
    const QString broken = QStringLiteral("proj_design_system");
    m_api->faults->add(ServerFault::of(ServerFault::Kind::Forbidden, broken + QStringLiteral("/groups"), 0, 1));
    OrganizationAccessLoader loader(m_api->client.get());
    const auto first = loadAndWait(loader);
    QVERIFY(first);
    QCOMPARE(first->failures.size(), 1);
    m_api->log->clear();
    QSignalSpy finished(&loader, &OrganizationAccessLoader::finished);
    loader.retryProject(broken);
    QVERIFY(finished.wait(Wait));
    const auto second = loader.access();
    QVERIFY(second->isComplete());
    QCOMPARE(actualRows(*second), expectedRows(m_api->server->organization()));
    // Only that project's listings (and its groups' members) were asked for again.
    for (const ServerRequest &request : m_api->log->requests())
        QVERIFY2(request.path.contains(broken) || request.path.contains(QLatin1String("/organization/groups/")),
                 qPrintable(request.path));
    QVERIFY(m_api->log->count(broken) >= 3);
}

void TestOrganizationAccessLoader::loopingCursorFailsItsProjectOnly()
{
    const QString big = QStringLiteral("proj_company_wide");
    QVERIFY(m_api->server->organization().project(big));
    QVERIFY(m_api->server->organization().project(big)->userCount > 100);
    m_api->faults->add(ServerFault::of(ServerFault::Kind::RepeatedCursor, big + QStringLiteral("/users"), 1, -1));
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    QCOMPARE(access->failures.size(), 1);
    QCOMPARE(access->failures.first().projectId, big);
    QVERIFY2(access->failures.first().reason.contains(QLatin1String("cursor")), qPrintable(access->failures.first().reason));
    QCOMPARE(actualRows(*access), expectedRows(m_api->server->organization(), {big}));
}

void TestOrganizationAccessLoader::archivedProjectsAreListedWhenIncluded()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader, true);
    QVERIFY(access);
    QStringList archived;
    for (const DemoOrganization::ProjectSpec &project : m_api->server->organization().projects()) {
        if (project.archived)
            archived << project.id;
    }
    QVERIFY(!archived.isEmpty());
    QStringList failed;
    for (const OrganizationAccess::Failure &failure : access->failures) {
        failed << failure.projectId;
        QVERIFY2(failure.reason.contains(QLatin1String("400")), qPrintable(failure.reason));
    }
    std::sort(archived.begin(), archived.end());
    std::sort(failed.begin(), failed.end());
    QCOMPARE(failed, archived);
}

void TestOrganizationAccessLoader::cancelLeavesTheLastResultAsItWas()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto first = loadAndWait(loader);
    QVERIFY(first);
    m_api->server->setLatencyMs(30);
    QSignalSpy finished(&loader, &OrganizationAccessLoader::finished);
    QSignalSpy cancelled(&loader, &OrganizationAccessLoader::cancelled);
    loader.start();
    QTRY_VERIFY(loader.projectsDone() >= 3);
    loader.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!loader.isBusy());
    QCOMPARE(loader.access().get(), first.get());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0); // nothing of the cancelled load arrives later
    QCOMPARE(loader.access().get(), first.get());
    QCOMPARE(loader.scheduler()->pending(), 0);
}

void TestOrganizationAccessLoader::peopleAndMatrixAgreeWithTheAccessList()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    AccessMatrixModel matrix;
    matrix.setAccess(access);
    QCOMPARE(matrix.columnCount(), int(access->projects.size()));
    // Every (person, project) pair of the access list is a coloured cell, and no other is.
    QHash<int, QHash<int, quint8>> cells;
    for (const AccessEntry &e : access->entries) {
        if (e.type != MemberType::User)
            continue;
        quint8 &cell = cells[e.member][e.project];
        if (e.viaGroup >= 0)
            cell |= AccessMatrix::ViaGroup;
        else
            cell |= access->roleOf(e) == QLatin1String("owner") ? AccessMatrix::DirectOwner
                  : access->roleOf(e) == QLatin1String("member") ? AccessMatrix::DirectMember
                                                                 : AccessMatrix::DirectOther;
    }
    int withAccess = 0;
    for (int p = 0; p < access->people.size(); ++p)
        withAccess += !access->entriesOfPerson.at(p).isEmpty();
    QCOMPARE(matrix.rowCount(), withAccess);
    for (int row = 0; row < matrix.rowCount(); ++row) {
        const int person = matrix.personAt(row);
        QCOMPARE(access->summaries.at(person).projects, int(cells.value(person).size()));
        for (int column = 0; column < matrix.columnCount(); ++column)
            QCOMPARE(matrix.cell(row, column), cells.value(person).value(column, AccessMatrix::NoAccess));
    }
    // People: the owned count is the direct owner cells.
    for (int p = 0; p < access->people.size(); ++p) {
        int owned = 0;
        for (const quint8 cell : cells.value(p))
            owned += (cell & AccessMatrix::DirectMask) == AccessMatrix::DirectOwner;
        QCOMPARE(access->summaries.at(p).owned, owned);
    }
}

void TestOrganizationAccessLoader::matrixArrivesLaidOutByNameWithTheResult()
{
    OrganizationAccessLoader loader(m_api->client.get());
    const auto access = loadAndWait(loader);
    QVERIFY(access);
    // The worker hands over the rows already sorted: the window's model only swaps them in.
    const AccessMatrix &laidOut = access->matrix;
    int withAccess = 0;
    for (int p = 0; p < access->people.size(); ++p)
        withAccess += !access->entriesOfPerson.at(p).isEmpty();
    QVERIFY(withAccess > 100);
    QCOMPARE(laidOut.rowCount(), withAccess);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    AccessMatrixModel matrix;
    matrix.setAccess(access);
    QCOMPARE(matrix.rowCount(), laidOut.rowCount());
    QString previous;
    QSet<int> shown;
    for (int row = 0; row < laidOut.rowCount(); ++row) {
        const int person = laidOut.personAt(row);
        QCOMPARE(matrix.personAt(row), person);
        QVERIFY(!shown.contains(person));
        shown.insert(person);
        const QString name = matrix.headerData(row, Qt::Vertical).toString();
        QVERIFY2(row == 0 || collator.compare(previous, name) <= 0, qPrintable(previous + QLatin1String(" > ") + name));
        previous = name;
        for (int column = 0; column < matrix.columnCount(); ++column)
            QCOMPARE(matrix.cell(row, column), laidOut.cell(row, column));
    }
    QCOMPARE(laidOut.personAt(laidOut.rowCount()), -1);
    QCOMPARE(laidOut.cell(laidOut.rowCount(), 0), quint8(AccessMatrix::NoAccess));
}

QTEST_GUILESS_MAIN(TestOrganizationAccessLoader)
#include "tst_organizationaccessloader.moc"
