// SPDX-License-Identifier: GPL-3.0-or-later
// The local Admin API server speaks the eleven list operations as the OpenAI Admin API spec
// describes them: validation, errors in OpenAI's shape, envelopes, orders, filters and exact paging,
// over an organization whose people are the same in every listing.
// Asked with a plain QNetworkAccessManager, so nothing of Roster's client is assumed.
#include "demoserver/adminapiserver.h"
#include "faultinjector.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

struct Response
{
    int status = 0;
    QJsonObject json;
};

enum class Key { Demo, Missing, Wrong, NotBearer };

QString firstUserId()
{
    return DemoOrganization().personId(0);
}

QString firstGroupId()
{
    return DemoOrganization().groupJson(0).value(QStringLiteral("id")).toString();
}

// A group with more members than the smallest default page (20) and fewer than a full one.
QString groupIdWithMoreThan20Members()
{
    const DemoOrganization org;
    int group = 0;
    while (org.groupUserCount(group) <= 20)
        ++group;
    return org.groupJson(group).value(QStringLiteral("id")).toString();
}

// The first of the organization's projects that `fits`; every kind the tests ask for exists.
template<typename Fits>
const DemoOrganization::ProjectSpec &projectWith(const DemoOrganization &org, Fits fits)
{
    for (const DemoOrganization::ProjectSpec &p : org.projects()) {
        if (!p.archived && fits(p))
            return p;
    }
    qFatal("no project of the kind asked for");
}

} // namespace

class TestAdminApiServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void badLimitIsRefusedWithTheOpenAiErrorBody_data();
    void badLimitIsRefusedWithTheOpenAiErrorBody();
    void limitsAtTheEdgesAreAccepted_data();
    void limitsAtTheEdgesAreAccepted();
    void badOrderIsRefused_data();
    void badOrderIsRefused();
    void unknownAfterIsRefused_data();
    void unknownAfterIsRefused();
    void missingOrWrongKeyIsRefusedWith401_data();
    void missingOrWrongKeyIsRefusedWith401();
    void unknownProjectOrGroupIs404_data();
    void unknownProjectOrGroupIs404();
    void archivedProjectUsersAre400_data();
    void archivedProjectUsersAre400();
    void groupUsersDefaultToNewestFirst();
    void projectGroupsDefaultToOldestFirst();
    void styleAEnvelopeHasFirstAndLastId();
    void styleBEnvelopeHasNextNullOnTheLastPage();
    void includeArchivedChoosesWhetherArchivedProjectsAreListed();
    void pagingReturnsEveryGeneratedRowOnceInOrder_data();
    void pagingReturnsEveryGeneratedRowOnceInOrder();

    void emailsFilterListsOnlyThosePeople_data();
    void emailsFilterListsOnlyThosePeople();
    void apiKeysByOwnerAccessSplitTheKeys();
    void badOwnerAccessIsRefused();
    void organizationIsRealistic();
    void aPersonIsTheSameInEveryListing();
    void roleAssignmentsNameTheGroupsTheyComeFrom();
    void scriptedChangesShowInTheListings();
    void projectCountIsAParameter();
    void hooksSeeEveryRequestAndShapeTheAnswers();

private:
    Response get(const QString &pathAndQuery, Key key = Key::Demo);
    // Every row of a listing, page after page as a client pages (style A or B alike).
    QVector<QJsonObject> all(const QString &pathAndQuery);
    static void verifyOpenAiError(const QJsonObject &body, const QString &param);

    std::unique_ptr<AdminApiServer> m_server;
    QNetworkAccessManager m_network;
};

void TestAdminApiServer::init()
{
    m_server = std::make_unique<AdminApiServer>(3000);
    QVERIFY(m_server->start());
}

void TestAdminApiServer::cleanup()
{
    m_server.reset();
}

Response TestAdminApiServer::get(const QString &pathAndQuery, Key key)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery));
    switch (key) {
    case Key::Demo: request.setRawHeader("Authorization", QByteArray("Bearer ") + AdminApiServer::DemoKey); break;
    case Key::Missing: break;
    case Key::Wrong: request.setRawHeader("Authorization", "Bearer sk-admin-wrong"); break;
    case Key::NotBearer: request.setRawHeader("Authorization", AdminApiServer::DemoKey); break;
    }
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response r;
    if (!reply->isFinished() && !finished.wait(15000)) {
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

QVector<QJsonObject> TestAdminApiServer::all(const QString &pathAndQuery)
{
    QVector<QJsonObject> rows;
    QString after;
    const QChar join = pathAndQuery.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    for (int pages = 0; pages < 10000; ++pages) {
        const Response r = get(pathAndQuery + (after.isEmpty() ? QString() : join + QStringLiteral("after=")
                                                                                + QString::fromLatin1(QUrl::toPercentEncoding(after))));
        if (r.status != 200)
            return {};
        const QJsonArray data = r.json.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &row : data)
            rows.append(row.toObject());
        if (!r.json.value(QStringLiteral("has_more")).toBool() || data.isEmpty())
            break;
        after = r.json.contains(QStringLiteral("next")) ? r.json.value(QStringLiteral("next")).toString()
                                                        : r.json.value(QStringLiteral("last_id")).toString();
    }
    return rows;
}

void TestAdminApiServer::verifyOpenAiError(const QJsonObject &body, const QString &param)
{
    QCOMPARE(body.keys(), QStringList{QStringLiteral("error")});
    const QJsonObject e = body.value(QStringLiteral("error")).toObject();
    QCOMPARE(e.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("message"), QStringLiteral("param"),
                                    QStringLiteral("type")}));
    QVERIFY(e.value(QStringLiteral("message")).isString());
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(e.value(QStringLiteral("type")).isString());
    QVERIFY(e.value(QStringLiteral("code")).isString() || e.value(QStringLiteral("code")).isNull());
    if (param.isEmpty())
        QVERIFY(e.value(QStringLiteral("param")).isNull() || e.value(QStringLiteral("param")).isString());
    else
        QCOMPARE(e.value(QStringLiteral("param")).toString(), param);
}

void TestAdminApiServer::badLimitIsRefusedWithTheOpenAiErrorBody_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("users 0") << "/organization/projects/proj_roster_demo/users?limit=0";
    QTest::newRow("users 101") << "/organization/projects/proj_roster_demo/users?limit=101";
    QTest::newRow("users abc") << "/organization/projects/proj_roster_demo/users?limit=abc";
    QTest::newRow("users -1") << "/organization/projects/proj_roster_demo/users?limit=-1";
    QTest::newRow("projects 0") << "/organization/projects?limit=0";
    QTest::newRow("projects 101") << "/organization/projects?limit=101";
    QTest::newRow("project groups 101") << "/organization/projects/proj_roster_demo/groups?limit=101";
    QTest::newRow("groups 1001") << "/organization/groups?limit=1001";
    QTest::newRow("groups abc") << "/organization/groups?limit=abc";
    QTest::newRow("group users 1001") << QString(QStringLiteral("/organization/groups/") + firstGroupId()
                                                 + QStringLiteral("/users?limit=1001"));
    QTest::newRow("org users 0") << "/organization/users?limit=0";
    QTest::newRow("org users 101") << "/organization/users?limit=101";
    QTest::newRow("service accounts 0") << "/organization/projects/proj_roster_demo/service_accounts?limit=0";
    QTest::newRow("service accounts 101") << "/organization/projects/proj_roster_demo/service_accounts?limit=101";
    QTest::newRow("api keys 0") << "/organization/projects/proj_roster_demo/api_keys?limit=0";
    QTest::newRow("api keys 101") << "/organization/projects/proj_roster_demo/api_keys?limit=101";
    QTest::newRow("project roles 1001") << "/projects/proj_roster_demo/roles?limit=1001";
    QTest::newRow("project roles -1") << "/projects/proj_roster_demo/roles?limit=-1";
    QTest::newRow("user roles 1001") << QString(QStringLiteral("/projects/proj_roster_demo/users/") + firstUserId()
                                                + QStringLiteral("/roles?limit=1001"));
    QTest::newRow("group roles abc") << QString(QStringLiteral("/projects/proj_company_wide/groups/") + firstGroupId()
                                                + QStringLiteral("/roles?limit=abc"));
}

void TestAdminApiServer::badLimitIsRefusedWithTheOpenAiErrorBody()
{
    QFETCH(QString, request);
    const Response r = get(request);
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, QStringLiteral("limit"));
}

void TestAdminApiServer::limitsAtTheEdgesAreAccepted_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("rows");
    QTest::newRow("users 1") << "/organization/projects/proj_roster_demo/users?limit=1" << 1;
    QTest::newRow("users 100") << "/organization/projects/proj_roster_demo/users?limit=100" << 100;
    QTest::newRow("users default 20") << "/organization/projects/proj_roster_demo/users" << 20;
    QTest::newRow("project groups 0") << "/organization/projects/proj_roster_demo/groups?limit=0" << 0;
    // -1: every row of the listing on one page.
    QTest::newRow("groups 1000: all of them") << "/organization/groups?limit=1000" << -1;
    QTest::newRow("groups default 100") << "/organization/groups" << 100;
    QTest::newRow("group users 1000") << QString(QStringLiteral("/organization/groups/") + firstGroupId()
                                                 + QStringLiteral("/users?limit=1000")) << -1;
    QTest::newRow("group users default 100") << QString(QStringLiteral("/organization/groups/")
                                                        + groupIdWithMoreThan20Members() + QStringLiteral("/users"))
                                             << -1;
    QTest::newRow("org users 1") << "/organization/users?limit=1" << 1;
    QTest::newRow("org users 100") << "/organization/users?limit=100" << 100;
    QTest::newRow("org users default 20") << "/organization/users" << 20;
    QTest::newRow("service accounts 1") << "/organization/projects/proj_design_system/service_accounts?limit=1" << 1;
    QTest::newRow("api keys 1") << "/organization/projects/proj_roster_demo/api_keys?limit=1&owner_project_access=any" << 1;
    QTest::newRow("project roles 0") << "/projects/proj_roster_demo/roles?limit=0" << 0;
    QTest::newRow("project roles 1000") << "/projects/proj_roster_demo/roles?limit=1000" << -2;
    QTest::newRow("project roles default 1000") << "/projects/proj_roster_demo/roles" << -2;
    QTest::newRow("user roles 0") << QString(QStringLiteral("/projects/proj_company_wide/users/") + firstUserId()
                                             + QStringLiteral("/roles?limit=0")) << 0;
}

void TestAdminApiServer::limitsAtTheEdgesAreAccepted()
{
    QFETCH(QString, request);
    QFETCH(int, rows);
    const Response r = get(request);
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json.value(QStringLiteral("data")).toArray();
    if (rows >= 0) {
        QCOMPARE(data.size(), rows);
    } else if (rows == -2) { // a whole short listing
        QVERIFY(!data.isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("has_more")), QJsonValue(false));
    } else {
        QVERIFY(data.size() > 20);
        QCOMPARE(r.json.value(QStringLiteral("has_more")), QJsonValue(false));
    }
}

void TestAdminApiServer::badOrderIsRefused_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("project groups") << "/organization/projects/proj_roster_demo/groups?order=sideways";
    QTest::newRow("groups") << "/organization/groups?order=ASC";
    QTest::newRow("group users") << QString(QStringLiteral("/organization/groups/") + firstGroupId()
                                            + QStringLiteral("/users?order=newest"));
    QTest::newRow("project roles") << "/projects/proj_roster_demo/roles?order=up";
    QTest::newRow("user roles") << QString(QStringLiteral("/projects/proj_roster_demo/users/") + firstUserId()
                                           + QStringLiteral("/roles?order=Asc"));
    QTest::newRow("group roles") << QString(QStringLiteral("/projects/proj_company_wide/groups/") + firstGroupId()
                                            + QStringLiteral("/roles?order=1"));
}

void TestAdminApiServer::badOrderIsRefused()
{
    QFETCH(QString, request);
    const Response r = get(request);
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, QStringLiteral("order"));
}

void TestAdminApiServer::unknownAfterIsRefused_data()
{
    QTest::addColumn<QString>("request");
    QTest::newRow("users: not an id") << "/organization/projects/proj_roster_demo/users?after=nobody";
    // A well-formed user id whose index is past the project's 12 users.
    QTest::newRow("users: past the end") << QString(QStringLiteral("/organization/projects/proj_design_system/users?after=")
                                                    + DemoOrganization::idFor(QStringLiteral("user_"), 1, 500));
    QTest::newRow("projects") << "/organization/projects?after=proj_nowhere";
    QTest::newRow("groups") << "/organization/groups?after=group_x";
    QTest::newRow("org users") << "/organization/users?after=nobody";
    // A person's id, but not one of this project's users.
    QTest::newRow("users: someone else") << QString(QStringLiteral("/organization/projects/proj_design_system/users?after=")
                                                    + DemoOrganization().personId(DemoOrganization().personCount() - 1));
    QTest::newRow("service accounts") << "/organization/projects/proj_roster_demo/service_accounts?after=svc_acct_x";
    QTest::newRow("api keys") << "/organization/projects/proj_roster_demo/api_keys?after=key_x&owner_project_access=any";
    QTest::newRow("project roles") << "/projects/proj_roster_demo/roles?after=role_x";
}

void TestAdminApiServer::unknownAfterIsRefused()
{
    QFETCH(QString, request);
    const Response r = get(request);
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, QStringLiteral("after"));
}

void TestAdminApiServer::missingOrWrongKeyIsRefusedWith401_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("missing") << int(Key::Missing);
    QTest::newRow("wrong") << int(Key::Wrong);
    QTest::newRow("not a bearer token") << int(Key::NotBearer);
}

void TestAdminApiServer::missingOrWrongKeyIsRefusedWith401()
{
    QFETCH(int, key);
    const Response r = get(QStringLiteral("/organization/projects"), Key(key));
    QCOMPARE(r.status, 401);
    verifyOpenAiError(r.json, {});
    const QString message = r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(!message.contains(QStringLiteral("sk-admin")), qPrintable(message));
}

void TestAdminApiServer::unknownProjectOrGroupIs404_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("id");
    QTest::newRow("project users") << "/organization/projects/proj_unknown/users" << "proj_unknown";
    QTest::newRow("project groups") << "/organization/projects/proj_unknown/groups" << "proj_unknown";
    QTest::newRow("group users") << "/organization/groups/group_unknown/users" << "group_unknown";
    QTest::newRow("service accounts") << "/organization/projects/proj_unknown/service_accounts" << "proj_unknown";
    QTest::newRow("api keys") << "/organization/projects/proj_unknown/api_keys" << "proj_unknown";
    QTest::newRow("project roles") << "/projects/proj_unknown/roles" << "proj_unknown";
    QTest::newRow("user roles: project") << QString(QStringLiteral("/projects/proj_unknown/users/") + firstUserId()
                                                    + QStringLiteral("/roles")) << "proj_unknown";
    QTest::newRow("user roles: user") << "/projects/proj_roster_demo/users/user_nobody/roles" << "user_nobody";
    QTest::newRow("group roles: group") << "/projects/proj_roster_demo/groups/group_nobody/roles" << "group_nobody";
    QTest::newRow("role listings are not under /organization")
        << "/organization/projects/proj_roster_demo/roles" << "/organization/projects/proj_roster_demo/roles";
}

void TestAdminApiServer::unknownProjectOrGroupIs404()
{
    QFETCH(QString, request);
    QFETCH(QString, id);
    const Response r = get(request);
    QCOMPARE(r.status, 404);
    verifyOpenAiError(r.json, {});
    QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(id));
}

void TestAdminApiServer::archivedProjectUsersAre400_data()
{
    QTest::addColumn<QString>("listing");
    QTest::newRow("users") << "users";
    QTest::newRow("service accounts") << "service_accounts";
}

void TestAdminApiServer::archivedProjectUsersAre400()
{
    QFETCH(QString, listing);
    const Response r = get(QStringLiteral("/organization/projects/proj_legacy_pilot/") + listing);
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, {});
    QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                .contains(QStringLiteral("archived")));
    // What the spec documents no 400 for is still listed.
    QCOMPARE(get(QStringLiteral("/organization/projects/proj_legacy_pilot/groups")).status, 200);
    QCOMPARE(get(QStringLiteral("/organization/projects/proj_legacy_pilot/api_keys")).status, 200);
    QCOMPARE(get(QStringLiteral("/projects/proj_legacy_pilot/roles")).status, 200);
}

void TestAdminApiServer::groupUsersDefaultToNewestFirst()
{
    DemoOrganization &org = m_server->organization();
    int group = 0;
    while (org.groupUserCount(group) < 2)
        ++group;
    const int count = org.groupUserCount(group);
    const QString path = QStringLiteral("/organization/groups/%1/users?limit=1")
                             .arg(org.groupJson(group).value(QStringLiteral("id")).toString());
    const auto firstId = [](const Response &r) {
        return r.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    };
    const QString newest = org.groupUserJson(group, count - 1).value(QStringLiteral("id")).toString();
    const QString oldest = org.groupUserJson(group, 0).value(QStringLiteral("id")).toString();
    QCOMPARE(firstId(get(path)), newest);
    QCOMPARE(firstId(get(path + QStringLiteral("&order=desc"))), newest);
    QCOMPARE(firstId(get(path + QStringLiteral("&order=asc"))), oldest);
}

void TestAdminApiServer::projectGroupsDefaultToOldestFirst()
{
    DemoOrganization &org = m_server->organization();
    const DemoOrganization::ProjectSpec &spec = *org.project(QStringLiteral("proj_roster_demo"));
    const auto firstId = [](const Response &r) {
        return r.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("group_id")).toString();
    };
    const QString path = QStringLiteral("/organization/projects/proj_roster_demo/groups?limit=1");
    const QString oldest = org.projectGroupJson(spec, 0).value(QStringLiteral("group_id")).toString();
    const QString newest = org.projectGroupJson(spec, spec.groupCount - 1).value(QStringLiteral("group_id")).toString();
    QCOMPARE(firstId(get(path)), oldest);
    QCOMPARE(firstId(get(path + QStringLiteral("&order=desc"))), newest);
}

void TestAdminApiServer::styleAEnvelopeHasFirstAndLastId()
{
    const Response r = get(QStringLiteral("/organization/projects/proj_roster_demo/users?limit=5"));
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(r.json.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    QCOMPARE(r.json.value(QStringLiteral("has_more")), QJsonValue(true));
    QCOMPARE(r.json.value(QStringLiteral("first_id")), data.first().toObject().value(QStringLiteral("id")));
    QCOMPARE(r.json.value(QStringLiteral("last_id")), data.last().toObject().value(QStringLiteral("id")));
    QVERIFY(!r.json.contains(QStringLiteral("next")));

    const Response last = get(QStringLiteral("/organization/projects/proj_design_system/users?limit=100"));
    QCOMPARE(last.json.value(QStringLiteral("has_more")), QJsonValue(false));
    QCOMPARE(last.json.value(QStringLiteral("last_id")),
             last.json.value(QStringLiteral("data")).toArray().last().toObject().value(QStringLiteral("id")));

    const Response empty = get(QStringLiteral("/organization/projects/proj_empty_sandbox/users"));
    QCOMPARE(empty.status, 200);
    QVERIFY(empty.json.value(QStringLiteral("data")).toArray().isEmpty());
    QCOMPARE(empty.json.value(QStringLiteral("has_more")), QJsonValue(false));
    QVERIFY(empty.json.value(QStringLiteral("first_id")).isNull());
    QVERIFY(empty.json.value(QStringLiteral("last_id")).isNull());
}

void TestAdminApiServer::styleBEnvelopeHasNextNullOnTheLastPage()
{
    const QString path = QStringLiteral("/organization/projects/proj_design_system/groups?limit=2");
    const Response first = get(path);
    QCOMPARE(first.status, 200);
    const QJsonArray data = first.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(first.json.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    QCOMPARE(first.json.value(QStringLiteral("has_more")), QJsonValue(true));
    QCOMPARE(first.json.value(QStringLiteral("next")), data.last().toObject().value(QStringLiteral("group_id")));
    QVERIFY(!first.json.contains(QStringLiteral("first_id")));
    QVERIFY(!first.json.contains(QStringLiteral("last_id")));

    const Response last = get(path + QStringLiteral("&after=") + first.json.value(QStringLiteral("next")).toString());
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value(QStringLiteral("data")).toArray().size(), 1);
    QCOMPARE(last.json.value(QStringLiteral("has_more")), QJsonValue(false));
    QVERIFY(last.json.contains(QStringLiteral("next")));
    QVERIFY(last.json.value(QStringLiteral("next")).isNull());
}

void TestAdminApiServer::includeArchivedChoosesWhetherArchivedProjectsAreListed()
{
    // Every page of the listing.
    const auto ids = [this](const QString &pathAndQuery) {
        QStringList out;
        QString after;
        for (int pages = 0; pages < 100; ++pages) {
            const Response r = get(pathAndQuery + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after));
            for (const QJsonValue &v : r.json.value(QStringLiteral("data")).toArray())
                out << v.toObject().value(QStringLiteral("id")).toString();
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
            after = r.json.value(QStringLiteral("last_id")).toString();
        }
        return out;
    };
    const QString archived = QStringLiteral("proj_legacy_pilot");
    const QStringList byDefault = ids(QStringLiteral("/organization/projects?limit=100"));
    const QStringList hidden = ids(QStringLiteral("/organization/projects?limit=100&include_archived=false"));
    const QStringList shown = ids(QStringLiteral("/organization/projects?limit=100&include_archived=true"));
    QVERIFY(!byDefault.contains(archived));
    QVERIFY(!hidden.contains(archived));
    QVERIFY(shown.contains(archived));
    const auto &projects = m_server->organization().projects();
    const int archivedCount = int(std::count_if(projects.cbegin(), projects.cend(), [](const auto &p) { return p.archived; }));
    QVERIFY(archivedCount >= 2);
    QCOMPARE(shown.size(), int(projects.size()));
    QCOMPARE(shown.size(), hidden.size() + archivedCount);
    QCOMPARE(byDefault, hidden);
    QCOMPARE(get(QStringLiteral("/organization/projects?include_archived=maybe")).status, 400);
}

void TestAdminApiServer::pagingReturnsEveryGeneratedRowOnceInOrder_data()
{
    QTest::addColumn<QString>("listing");
    QTest::addColumn<QString>("query");
    for (const char *limit : {"1", "7", "100"}) {
        QTest::addRow("project users, limit %s", limit) << QStringLiteral("users proj_research_研究") << QStringLiteral("limit=%1").arg(QLatin1String(limit));
        QTest::addRow("project groups asc, limit %s", limit) << "groups proj_company_wide" << QStringLiteral("limit=%1&order=asc").arg(QLatin1String(limit));
        QTest::addRow("project groups desc, limit %s", limit) << "groups proj_company_wide" << QStringLiteral("limit=%1&order=desc").arg(QLatin1String(limit));
        QTest::addRow("groups, limit %s", limit) << "org groups" << QStringLiteral("limit=%1").arg(QLatin1String(limit));
        QTest::addRow("group users default order, limit %s", limit) << "group users" << QStringLiteral("limit=%1").arg(QLatin1String(limit));
        QTest::addRow("projects with archived, limit %s", limit) << "projects" << QStringLiteral("limit=%1&include_archived=true").arg(QLatin1String(limit));
    }
    QTest::newRow("project users, thousands") << "users proj_roster_demo" << "limit=100";
    QTest::newRow("project users, default limit") << "users proj_design_system" << "";
    QTest::newRow("project groups, default order") << "groups proj_roster_demo" << "limit=6";
    QTest::newRow("groups desc") << "org groups" << "limit=50&order=desc";
    QTest::newRow("group users asc") << "group users" << "limit=4&order=asc";
    QTest::newRow("projects, default limit") << "projects" << "";
    for (const char *limit : {"1", "7"}) {
        QTest::addRow("service accounts, limit %s", limit) << "service accounts" << QStringLiteral("limit=%1").arg(QLatin1String(limit));
        QTest::addRow("api keys of any owner, limit %s", limit) << "api keys any" << QStringLiteral("limit=%1&owner_project_access=any").arg(QLatin1String(limit));
        QTest::addRow("project roles asc, limit %s", limit) << "project roles" << QStringLiteral("limit=%1&order=asc").arg(QLatin1String(limit));
        QTest::addRow("project roles desc, limit %s", limit) << "project roles" << QStringLiteral("limit=%1&order=desc").arg(QLatin1String(limit));
        QTest::addRow("user roles, limit %s", limit) << "user roles" << QStringLiteral("limit=%1&order=asc").arg(QLatin1String(limit));
        QTest::addRow("user roles desc, limit %s", limit) << "user roles" << QStringLiteral("limit=%1&order=desc").arg(QLatin1String(limit));
    }
    QTest::newRow("org users, limit 100") << "org users" << "limit=100";
    QTest::newRow("org users, limit 37") << "org users" << "limit=37";
    QTest::newRow("api keys, default: owners with access") << "api keys default" << "limit=2";
    QTest::newRow("api keys, owners without access") << "api keys inactive" << "limit=1&owner_project_access=inactive";
    QTest::newRow("project roles, default order and limit") << "project roles" << "";
    QTest::newRow("group roles") << "group roles" << "limit=1";
}

void TestAdminApiServer::pagingReturnsEveryGeneratedRowOnceInOrder()
{
    QFETCH(QString, listing);
    QFETCH(QString, query);
    DemoOrganization &org = m_server->organization();
    const bool descending = query.contains(QStringLiteral("order=desc"));

    // What the server generated, in the order it should serve it, and how to ask for it.
    QJsonArray expected;
    QString path;
    QString idField = QStringLiteral("id");
    bool styleA = false;
    if (listing.startsWith(QLatin1String("users "))) {
        const DemoOrganization::ProjectSpec &spec = *org.project(listing.mid(6));
        for (int i = 0; i < spec.userCount; ++i)
            expected.append(org.projectUserJson(spec, i));
        path = QStringLiteral("/organization/projects/%1/users").arg(spec.id);
        styleA = true;
    } else if (listing.startsWith(QLatin1String("groups "))) {
        const DemoOrganization::ProjectSpec &spec = *org.project(listing.mid(7));
        for (int i = 0; i < spec.groupCount; ++i)
            expected.append(org.projectGroupJson(spec, descending ? spec.groupCount - 1 - i : i));
        path = QStringLiteral("/organization/projects/%1/groups").arg(spec.id);
        idField = QStringLiteral("group_id");
    } else if (listing == QLatin1String("org groups")) {
        for (int i = 0; i < org.groupCount(); ++i)
            expected.append(org.groupJson(descending ? org.groupCount() - 1 - i : i));
        path = QStringLiteral("/organization/groups");
    } else if (listing == QLatin1String("group users")) {
        int group = 0;
        while (org.groupUserCount(group) < 20)
            ++group;
        const int count = org.groupUserCount(group);
        const bool asc = query.contains(QStringLiteral("order=asc"));
        for (int i = 0; i < count; ++i)
            expected.append(org.groupUserJson(group, asc ? i : count - 1 - i));
        path = QStringLiteral("/organization/groups/%1/users").arg(org.groupJson(group).value(idField).toString());
    } else if (listing == QLatin1String("org users")) {
        for (const QJsonObject &person : org.organizationUsers())
            expected.append(person);
        path = QStringLiteral("/organization/users");
        styleA = true;
    } else if (listing == QLatin1String("service accounts")) {
        const DemoOrganization::ProjectSpec &spec = projectWith(org, [&](const auto &p) { return org.serviceAccountCount(p) >= 3; });
        for (const QJsonObject &account : org.projectServiceAccounts(spec.id))
            expected.append(account);
        path = QStringLiteral("/organization/projects/%1/service_accounts").arg(spec.id);
        styleA = true;
    } else if (listing.startsWith(QLatin1String("api keys"))) {
        // A project whose keys' owners include people with access and people without.
        const DemoOrganization::ProjectSpec &spec = projectWith(org, [&](const auto &p) {
            int active = 0;
            for (int i = 0; i < org.apiKeyCount(p); ++i)
                active += org.apiKeyOwnerHasAccess(p, i) ? 1 : 0;
            return active >= 3 && org.apiKeyCount(p) - active >= 2;
        });
        const bool any = listing.endsWith(QLatin1String("any"));
        const bool inactive = listing.endsWith(QLatin1String("inactive"));
        for (int i = 0; i < org.apiKeyCount(spec); ++i) {
            if (any || org.apiKeyOwnerHasAccess(spec, i) != inactive)
                expected.append(org.apiKeyJson(spec, i));
        }
        path = QStringLiteral("/organization/projects/%1/api_keys").arg(spec.id);
        styleA = true;
    } else if (listing == QLatin1String("project roles")) {
        const DemoOrganization::ProjectSpec &spec = projectWith(org, [&](const auto &p) { return org.roleCount(p) >= 4; });
        for (int i = 0; i < org.roleCount(spec); ++i)
            expected.append(org.roleJson(spec, descending ? org.roleCount(spec) - 1 - i : i));
        path = QStringLiteral("/projects/%1/roles").arg(spec.id);
    } else if (listing == QLatin1String("user roles")) {
        // Someone holding a role directly and others through groups.
        const DemoOrganization::ProjectSpec &spec = *org.project(QStringLiteral("proj_company_wide"));
        QVector<QJsonObject> roles;
        QString userId;
        for (int i = 0; i < spec.userCount && roles.size() < 3; ++i) {
            userId = org.projectUserJson(spec, i).value(QStringLiteral("id")).toString();
            roles = org.userRoleAssignments(spec, userId);
        }
        QVERIFY(roles.size() >= 3);
        for (int i = 0; i < roles.size(); ++i)
            expected.append(roles.at(descending ? roles.size() - 1 - i : i));
        path = QStringLiteral("/projects/%1/users/%2/roles").arg(spec.id, userId);
    } else if (listing == QLatin1String("group roles")) {
        const DemoOrganization::ProjectSpec &spec = *org.project(QStringLiteral("proj_roster_demo"));
        const QString groupId = org.projectGroupJson(spec, 3).value(QStringLiteral("group_id")).toString();
        for (const QJsonObject &role : org.groupRoleAssignments(spec, org.groupIndex(groupId)))
            expected.append(role);
        path = QStringLiteral("/projects/%1/groups/%2/roles").arg(spec.id, groupId);
    } else {
        const bool withArchived = query.contains(QStringLiteral("include_archived=true"));
        for (int i = 0; i < org.projects().size(); ++i) {
            if (withArchived || !org.projects().at(i).archived)
                expected.append(org.projectJson(i));
        }
        path = QStringLiteral("/organization/projects");
        styleA = true;
    }
    QVERIFY(!expected.isEmpty());

    // Page as NOTES.md says: the envelope's cursor, else the last item's id; stop on has_more false.
    QJsonArray received;
    QString after;
    for (int pages = 0; pages <= expected.size() + 1; ++pages) {
        QString request = path + QLatin1Char('?') + query;
        if (!after.isEmpty())
            request += QStringLiteral("&after=") + QString::fromLatin1(QUrl::toPercentEncoding(after));
        const Response r = get(request);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &row : data)
            received.append(row);
        if (!r.json.value(QStringLiteral("has_more")).toBool())
            break;
        QVERIFY2(!data.isEmpty(), "has_more true with an empty page");
        after = r.json.value(styleA ? QStringLiteral("last_id") : QStringLiteral("next")).toString();
        QCOMPARE(after, data.last().toObject().value(idField).toString());
    }
    QCOMPARE(received.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(received.at(i).toObject(), expected.at(i).toObject());
}

namespace {

QStringList idsOf(const QVector<QJsonObject> &rows, const QString &field = QStringLiteral("id"))
{
    QStringList ids;
    for (const QJsonObject &row : rows)
        ids << row.value(field).toString();
    return ids;
}

} // namespace

void TestAdminApiServer::emailsFilterListsOnlyThosePeople_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("repeated emails=, as OpenAPI sends an array") << "emails";
    QTest::newRow("repeated emails[]=, as the official SDKs send it") << "emails%5B%5D";
}

void TestAdminApiServer::emailsFilterListsOnlyThosePeople()
{
    QFETCH(QString, key);
    DemoOrganization &org = m_server->organization();
    // Three people with addresses, asked in another order than the listing's, one of them twice,
    // and an address nobody has.
    QStringList asked;
    QStringList expected;
    for (int person : {1500, 7, 44}) {
        asked << org.personJson(person).value(QStringLiteral("email")).toString();
        QVERIFY(!asked.last().isEmpty());
    }
    for (int person : {7, 44, 1500})
        expected << org.personId(person);
    asked << asked.first() << QStringLiteral("nobody@example.com");
    QString query = QStringLiteral("/organization/users?limit=1");
    for (const QString &email : std::as_const(asked))
        query += QLatin1Char('&') + key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(email));
    const QVector<QJsonObject> rows = all(query);
    QCOMPARE(idsOf(rows), expected);
    QCOMPARE(rows.first(), org.personJson(7));

    // Unknown addresses alone: an empty list, not the whole organization.
    const Response none = get(QStringLiteral("/organization/users?") + key + QStringLiteral("=nobody%40example.com"));
    QCOMPARE(none.status, 200);
    QVERIFY(none.json.value(QStringLiteral("data")).toArray().isEmpty());
    QCOMPARE(none.json.value(QStringLiteral("has_more")), QJsonValue(false));
}

void TestAdminApiServer::apiKeysByOwnerAccessSplitTheKeys()
{
    DemoOrganization &org = m_server->organization();
    int projectsWithBoth = 0;
    for (const DemoOrganization::ProjectSpec &p : org.projects()) {
        const QString path = QStringLiteral("/organization/projects/%1/api_keys?limit=3").arg(p.id);
        const QStringList any = idsOf(all(path + QStringLiteral("&owner_project_access=any")));
        const QStringList active = idsOf(all(path + QStringLiteral("&owner_project_access=active")));
        const QStringList inactive = idsOf(all(path + QStringLiteral("&owner_project_access=inactive")));
        QCOMPARE(any.size(), org.apiKeyCount(p));
        QCOMPARE(active.size() + inactive.size(), any.size());
        for (const QString &id : any)
            QVERIFY(active.contains(id) != inactive.contains(id));
        // Without the filter: the keys whose owner has access.
        QCOMPARE(idsOf(all(path)), active);
        projectsWithBoth += !active.isEmpty() && !inactive.isEmpty() ? 1 : 0;
        if (projectsWithBoth >= 3)
            break;
    }
    QCOMPARE(projectsWithBoth, 3);
}

void TestAdminApiServer::badOwnerAccessIsRefused()
{
    const Response r = get(QStringLiteral("/organization/projects/proj_roster_demo/api_keys?owner_project_access=all"));
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, QStringLiteral("owner_project_access"));
}

void TestAdminApiServer::organizationIsRealistic()
{
    const DemoOrganization &org = m_server->organization();
    QCOMPARE(org.projects().size(), DemoOrganization::DefaultProjectCount);
    QVERIFY(org.projects().size() >= 100);

    // How many projects each person reaches directly, and each group is granted to.
    QHash<QString, int> directProjects;
    QHash<QString, int> grants;
    QSet<QString> roles;
    QSet<QString> serviceAccountRoles;
    for (const DemoOrganization::ProjectSpec &p : org.projects()) {
        for (const QJsonObject &user : org.projectUsers(p.id)) {
            ++directProjects[user.value(QStringLiteral("id")).toString()];
            roles << user.value(QStringLiteral("role")).toString();
        }
        for (const QJsonObject &group : org.projectGroups(p.id))
            ++grants[group.value(QStringLiteral("group_id")).toString()];
        for (const QJsonObject &account : org.projectServiceAccounts(p.id))
            serviceAccountRoles << account.value(QStringLiteral("role")).toString();
    }
    QVERIFY(std::count_if(directProjects.cbegin(), directProjects.cend(), [](int n) { return n >= 3; }) > 100);
    QVERIFY(std::count_if(grants.cbegin(), grants.cend(), [](int n) { return n >= 4; }) > 20);
    QVERIFY(roles.contains(QStringLiteral("owner")) && roles.contains(QStringLiteral("member")));
    QVERIFY2(roles.size() > 2, "a custom role now and then");
    QCOMPARE(serviceAccountRoles, (QSet<QString>{QStringLiteral("owner"), QStringLiteral("member"), QStringLiteral("none")}));

    // Owners and readers; and a few people in the organization but in no project, directly or by group.
    const QVector<QJsonObject> people = all(QStringLiteral("/organization/users?limit=100"));
    QCOMPARE(people.size(), org.personCount());
    QSet<QString> orgRoles;
    for (const QJsonObject &person : people)
        orgRoles << person.value(QStringLiteral("role")).toString();
    QCOMPARE(orgRoles, (QSet<QString>{QStringLiteral("owner"), QStringLiteral("reader")}));
    QSet<QString> inGroups;
    for (int g = 0; g < org.groupCount(); ++g) {
        for (const QJsonObject &member : org.groupMembers(org.groupJson(g).value(QStringLiteral("id")).toString()))
            inGroups << member.value(QStringLiteral("id")).toString();
    }
    int inNoProject = 0;
    for (const QJsonObject &person : people) {
        const QString id = person.value(QStringLiteral("id")).toString();
        inNoProject += !directProjects.contains(id) && !inGroups.contains(id) ? 1 : 0;
    }
    QCOMPARE(inNoProject, DemoOrganization::PeopleInNoProject);
}

void TestAdminApiServer::aPersonIsTheSameInEveryListing()
{
    DemoOrganization &org = m_server->organization();
    QHash<QString, QJsonObject> people;
    for (const QJsonObject &person : all(QStringLiteral("/organization/users?limit=100")))
        people.insert(person.value(QStringLiteral("id")).toString(), person);
    const auto sameAsInTheOrganization = [&](const QJsonObject &row) {
        const QJsonObject person = people.value(row.value(QStringLiteral("id")).toString());
        return !person.isEmpty() && person.value(QStringLiteral("name")) == row.value(QStringLiteral("name"))
            && person.value(QStringLiteral("email")) == row.value(QStringLiteral("email"));
    };
    // Project users of a few projects, and the members of the groups granted to one.
    int checked = 0;
    for (const QString &project : {QStringLiteral("proj_design_system"), QStringLiteral("proj_research_研究"),
                                   org.projects().at(10).id}) {
        for (const QJsonObject &user : all(QStringLiteral("/organization/projects/%1/users?limit=100").arg(project))) {
            QVERIFY2(sameAsInTheOrganization(user), qPrintable(user.value(QStringLiteral("id")).toString()));
            ++checked;
        }
    }
    for (const QJsonObject &grant : all(QStringLiteral("/organization/projects/proj_roster_demo/groups?limit=100"))) {
        const QString group = grant.value(QStringLiteral("group_id")).toString();
        for (const QJsonObject &member : all(QStringLiteral("/organization/groups/%1/users?limit=1000").arg(group))) {
            QVERIFY2(sameAsInTheOrganization(member), qPrintable(member.value(QStringLiteral("id")).toString()));
            ++checked;
        }
    }
    QVERIFY(checked > 500);
    // An API key's owner is one of those people too.
    for (const QJsonObject &key : all(QStringLiteral("/organization/projects/proj_roster_demo/api_keys?owner_project_access=any"))) {
        const QJsonObject owner = key.value(QStringLiteral("owner")).toObject();
        if (owner.value(QStringLiteral("type")).toString() == QLatin1String("user"))
            QVERIFY(sameAsInTheOrganization(owner.value(QStringLiteral("user")).toObject()));
    }
}

void TestAdminApiServer::roleAssignmentsNameTheGroupsTheyComeFrom()
{
    DemoOrganization &org = m_server->organization();
    const QString project = QStringLiteral("proj_company_wide");
    const QSet<QString> granted = [&] {
        const QStringList ids = idsOf(org.projectGroups(project), QStringLiteral("group_id"));
        return QSet<QString>(ids.cbegin(), ids.cend());
    }();
    int inherited = 0;
    const QVector<QJsonObject> users = org.projectUsers(project);
    for (int i = 0; i < 40; ++i) {
        const QString user = users.at(i).value(QStringLiteral("id")).toString();
        const QVector<QJsonObject> roles = all(QStringLiteral("/projects/%1/users/%2/roles?limit=1&order=asc").arg(project, user));
        QVERIFY(!roles.isEmpty()); // a direct member holds at least the role the users listing shows
        QStringList names;
        for (const QJsonObject &role : roles) {
            names << role.value(QStringLiteral("name")).toString();
            for (const QJsonValue &source : role.value(QStringLiteral("assignment_sources")).toArray()) {
                const QJsonObject s = source.toObject();
                if (s.value(QStringLiteral("principal_type")).toString() != QLatin1String("group"))
                    continue;
                // A group it comes through is granted to the project and has this person as a member.
                const QString group = s.value(QStringLiteral("principal_id")).toString();
                QVERIFY(granted.contains(group));
                QVERIFY(idsOf(org.groupMembers(group)).contains(user));
                ++inherited;
            }
        }
        QVERIFY(names.contains(users.at(i).value(QStringLiteral("role")).toString()));
    }
    QVERIFY(inherited > 0);
    // Someone in the organization with no access to the project holds no role in it.
    const QString outsider = org.personId(org.personCount() - 1);
    const Response none = get(QStringLiteral("/projects/proj_design_system/users/%1/roles").arg(outsider));
    QCOMPARE(none.status, 200);
    QVERIFY(none.json.value(QStringLiteral("data")).toArray().isEmpty());
}

void TestAdminApiServer::scriptedChangesShowInTheListings()
{
    DemoOrganization &org = m_server->organization();
    const QString project = QStringLiteral("proj_design_system");
    const QString usersPath = QStringLiteral("/organization/projects/%1/users?limit=5").arg(project);
    const QVector<QJsonObject> before = all(usersPath);
    QCOMPARE(before.size(), 12);
    const QString leaving = before.at(4).value(QStringLiteral("id")).toString();
    const QString promoted = before.at(7).value(QStringLiteral("id")).toString();
    const QString joining = org.personId(org.personCount() - 1); // one of the people in no project

    QVERIFY(org.removeProjectMember(project, leaving));
    QVERIFY(!org.removeProjectMember(project, leaving));
    QVERIFY(org.setProjectMemberRole(project, promoted, QStringLiteral("billing")));
    QVERIFY(org.addProjectMember(project, joining, QStringLiteral("owner")));
    QVERIFY(!org.addProjectMember(project, joining));

    // Exactly those changes come back, and paging across them neither skips nor repeats anyone.
    const QVector<QJsonObject> after = all(usersPath);
    QCOMPARE(after, org.projectUsers(project));
    QCOMPARE(after.size(), 12);
    QVector<QJsonObject> expected = before;
    expected.removeAt(4);
    QJsonObject changed = expected[6];
    changed.insert(QStringLiteral("role"), QStringLiteral("billing"));
    expected[6] = changed;
    QCOMPARE(after.mid(0, 11), expected);
    QCOMPARE(after.last(), ([&] {
                 QJsonObject joined = org.personJson(org.personCount() - 1);
                 joined.insert(QStringLiteral("object"), QStringLiteral("organization.project.user"));
                 joined.insert(QStringLiteral("role"), QStringLiteral("owner"));
                 joined.insert(QStringLiteral("added_at"), after.last().value(QStringLiteral("added_at")));
                 return joined;
             }()));
    QVERIFY(after.last().value(QStringLiteral("added_at")).toInteger() > after.at(10).value(QStringLiteral("added_at")).toInteger());

    // A new group member is listed last among the group's members, oldest first.
    const QString group = org.groupJson(2).value(QStringLiteral("id")).toString();
    const int members = org.groupUserCount(2);
    QVERIFY(org.addGroupMember(group, joining));
    QVERIFY(!org.addGroupMember(group, joining));
    const QVector<QJsonObject> groupRows = all(QStringLiteral("/organization/groups/%1/users?order=asc&limit=3").arg(group));
    QCOMPARE(groupRows.size(), members + 1);
    QCOMPARE(groupRows.last().value(QStringLiteral("id")).toString(), joining);
    QCOMPARE(groupRows, org.groupMembers(group));
}

void TestAdminApiServer::projectCountIsAParameter()
{
    AdminApiServer server(200);
    server.organization().setProjectCount(150);
    QVERIFY(server.start());
    QCOMPARE(server.organization().projects().size(), 150);
    // The named projects stay, unchanged, and the users of the big one follow its own parameter.
    const DemoOrganization::ProjectSpec *big = server.organization().project(QStringLiteral("proj_company_wide"));
    QVERIFY(big);
    QCOMPARE(big->userCount, 200);
    QCOMPARE(server.organization().project(QStringLiteral("proj_roster_demo"))->userCount, 2400);
    QCOMPARE(DemoOrganization(10000, 300).projects().size(), 300);
}

void TestAdminApiServer::hooksSeeEveryRequestAndShapeTheAnswers()
{
    RequestLog log(*m_server);
    FaultInjector faults(*m_server);
    // An unknown path, another method, a missing key: logged all the same, never faulted.
    faults.add(ServerFault::of(ServerFault::Kind::ServerError, QString(), 0, -1));
    QCOMPARE(get(QStringLiteral("/organization/nothing_here"), Key::Missing).status, 401);
    QNetworkRequest post(QUrl(m_server->baseUrl().toString() + QStringLiteral("/organization/users")));
    post.setRawHeader("Authorization", QByteArray("Bearer ") + AdminApiServer::DemoKey);
    QNetworkReply *reply = m_network.post(post, QByteArray("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
    reply->deleteLater();
    QCOMPARE(log.count(), 2);
    QCOMPARE(faults.injected(), 0);
    QCOMPARE(log.requests().at(1).method, QHttpServerRequest::Method::Post);
    QVERIFY(!log.requests().at(0).hadAuthorization);

    // A fault on one of the new listings: the answer it names, on that path only.
    faults.clear();
    ServerFault limited = ServerFault::of(ServerFault::Kind::RateLimit, QStringLiteral("/roles"));
    limited.retryAfterSeconds = 3;
    faults.add(limited);
    QCOMPARE(get(QStringLiteral("/organization/users?limit=1")).status, 200);
    const Response refused = get(QStringLiteral("/projects/proj_roster_demo/roles"));
    QCOMPARE(refused.status, 429);
    verifyOpenAiError(refused.json, {});
    QCOMPARE(get(QStringLiteral("/projects/proj_roster_demo/roles")).status, 200);
    QCOMPARE(faults.injected(), 1);

    // A page-shaping fault: the page names the cursor it was asked with.
    faults.add(ServerFault::of(ServerFault::Kind::RepeatedCursor, QStringLiteral("/organization/users"), 0, 1));
    const QString first = m_server->organization().personId(0);
    const Response looping = get(QStringLiteral("/organization/users?limit=2&after=") + first);
    QCOMPARE(looping.status, 200);
    QCOMPARE(looping.json.value(QStringLiteral("last_id")).toString(), first);
    QCOMPARE(looping.json.value(QStringLiteral("data")).toArray().size(), 2);
    QCOMPARE(log.count(QStringLiteral("/organization/users")), 3);
}

QTEST_GUILESS_MAIN(TestAdminApiServer)
#include "tst_adminapiserver.moc"
