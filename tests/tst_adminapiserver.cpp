// The local Admin API server speaks the five list operations as shared/api/NOTES.md and the
// spec describe: validation, errors in OpenAI's shape, envelopes, orders and exact paging.
// Asked with a plain QNetworkAccessManager, so nothing of Roster's client is assumed.
#include "demoserver/adminapiserver.h"

#include <QJsonArray>
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
    void archivedProjectUsersAre400();
    void groupUsersDefaultToNewestFirst();
    void projectGroupsDefaultToOldestFirst();
    void styleAEnvelopeHasFirstAndLastId();
    void styleBEnvelopeHasNextNullOnTheLastPage();
    void includeArchivedChoosesWhetherArchivedProjectsAreListed();
    void pagingReturnsEveryGeneratedRowOnceInOrder_data();
    void pagingReturnsEveryGeneratedRowOnceInOrder();

private:
    Response get(const QString &pathAndQuery, Key key = Key::Demo);
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

void TestAdminApiServer::archivedProjectUsersAre400()
{
    const Response r = get(QStringLiteral("/organization/projects/proj_legacy_pilot/users"));
    QCOMPARE(r.status, 400);
    verifyOpenAiError(r.json, {});
    QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()
                .contains(QStringLiteral("archived")));
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
    const auto ids = [](const Response &r) {
        QStringList out;
        for (const QJsonValue &v : r.json.value(QStringLiteral("data")).toArray())
            out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    };
    const QString archived = QStringLiteral("proj_legacy_pilot");
    const QStringList byDefault = ids(get(QStringLiteral("/organization/projects?limit=100")));
    const QStringList hidden = ids(get(QStringLiteral("/organization/projects?limit=100&include_archived=false")));
    const QStringList shown = ids(get(QStringLiteral("/organization/projects?limit=100&include_archived=true")));
    QVERIFY(!byDefault.contains(archived));
    QVERIFY(!hidden.contains(archived));
    QVERIFY(shown.contains(archived));
    QCOMPARE(shown.size(), hidden.size() + 1);
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

QTEST_GUILESS_MAIN(TestAdminApiServer)
#include "tst_adminapiserver.moc"
