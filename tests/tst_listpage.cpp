// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing of list envelopes and items, as the spec's schemas and examples describe them.
#include "api/group.h"
#include "api/groupuser.h"
#include "api/listpage.h"
#include "api/organizationuser.h"
#include "api/project.h"
#include "api/projectgroup.h"
#include "api/projectserviceaccount.h"
#include "api/projectuser.h"

#include <QJsonDocument>
#include <QTest>

class TestListPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specProjectUsersExampleParses();
    void specProjectGroupsExampleWithoutGroupTypeIsAccepted();
    void cursorFallsBackToLastItemId_data();
    void cursorFallsBackToLastItemId();
    void notJsonIsAnError();
    void thePeekedCursorIsTheParsedOneOrNone_data();
    void thePeekedCursorIsTheParsedOneOrNone();
    void wrongEnvelopeIsAnError_data();
    void wrongEnvelopeIsAnError();
    void nullNameAndEmailAreKeptAsNull();
    void unknownRoleIsKeptAsItCame();
    void unknownFieldsAreIgnored();
    void rowsOfTheWrongShapeAreRejected_data();
    void rowsOfTheWrongShapeAreRejected();
    void projectArchivedAtNullMeansActive();
    void groupAndGroupUserExamplesParse();
    void organizationUsersPageParsesWithNullRoleAndExtras();
    void serviceAccountsPageParsesAndKeepsUnknownRoles();
};

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

void TestListPage::specProjectUsersExampleParses()
{
    // The spec's own example, first_id/last_id with dashes included.
    const QByteArray body = R"({"object":"list","data":[{"object":"organization.project.user","id":"user_abc",
        "name":"First Last","email":"user@example.com","role":"owner","added_at":1711471533}],
        "first_id":"user-abc","last_id":"user-xyz","has_more":false})";
    QString problem;
    const auto page = ListPage::parse(body, ListingQuery::projectUsers(QStringLiteral("proj_abc")), &problem);
    QVERIFY2(page, qPrintable(problem));
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->hasMore, false);
    QCOMPARE(page->nextCursor, QStringLiteral("user-xyz"));
    const auto user = ProjectUser::fromJson(page->items.first().toObject());
    QVERIFY(user);
    QCOMPARE(user->id, QStringLiteral("user_abc"));
    QCOMPARE(user->name, QStringLiteral("First Last"));
    QCOMPARE(user->email, QStringLiteral("user@example.com"));
    QCOMPARE(user->role, QStringLiteral("owner"));
    QCOMPARE(user->addedAt, 1711471533);
}

void TestListPage::specProjectGroupsExampleWithoutGroupTypeIsAccepted()
{
    const QByteArray body = R"({"object":"list","data":[{"object":"project.group","project_id":"proj_abc123",
        "group_id":"group_01J1F8ABCDXYZ","group_name":"Support Team","created_at":1711471533}],
        "has_more":false,"next":null})";
    const auto page = ListPage::parse(body, ListingQuery::projectGroups(QStringLiteral("proj_abc123")));
    QVERIFY(page);
    const auto group = ProjectGroup::fromJson(page->items.first().toObject());
    QVERIFY(group);
    QCOMPARE(group->groupId, QStringLiteral("group_01J1F8ABCDXYZ"));
    QCOMPARE(group->groupName, QStringLiteral("Support Team"));
    QVERIFY(group->groupType.isEmpty());
    QCOMPARE(group->createdAt, 1711471533);
}

void TestListPage::cursorFallsBackToLastItemId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("listing");
    QTest::addColumn<QString>("cursor");
    const int users = int(ListingQuery::Listing::ProjectUsers);
    const int groups = int(ListingQuery::Listing::ProjectGroups);
    const int members = int(ListingQuery::Listing::GroupUsers);
    QTest::newRow("last_id wins") << QByteArray(R"({"object":"list","data":[{"id":"u1"},{"id":"u2"}],"last_id":"u9","has_more":true})")
                                  << users << "u9";
    QTest::newRow("no last_id: last item id") << QByteArray(R"({"object":"list","data":[{"id":"u1"},{"id":"u2"}],"has_more":true})")
                                              << users << "u2";
    QTest::newRow("null last_id: last item id") << QByteArray(R"({"object":"list","data":[{"id":"u1"}],"last_id":null,"has_more":true})")
                                                << users << "u1";
    QTest::newRow("next wins") << QByteArray(R"({"object":"list","data":[{"group_id":"g1"}],"has_more":true,"next":"g7"})")
                               << groups << "g7";
    QTest::newRow("null next: last group_id") << QByteArray(R"({"object":"list","data":[{"group_id":"g1"},{"group_id":"g2"}],"has_more":true,"next":null})")
                                              << groups << "g2";
    QTest::newRow("group members: last id") << QByteArray(R"({"object":"list","data":[{"id":"m1"}],"has_more":true})")
                                            << members << "m1";
    QTest::newRow("empty page: no cursor") << QByteArray(R"({"object":"list","data":[],"has_more":true,"next":null})")
                                           << groups << "";
}

void TestListPage::cursorFallsBackToLastItemId()
{
    QFETCH(QByteArray, body);
    QFETCH(int, listing);
    QFETCH(QString, cursor);
    const auto page = ListPage::parse(body, ListingQuery(ListingQuery::Listing(listing), QStringLiteral("x")));
    QVERIFY(page);
    QCOMPARE(page->nextCursor, cursor);
}

void TestListPage::thePeekedCursorIsTheParsedOneOrNone_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("groups"); // project groups: the envelope's cursor is `next`
    QTest::addColumn<QString>("expected"); // null: nothing peeked

    const QByteArray rows = R"("data":[{"object":"organization.project.user","id":"user_1","name":"A","email":null,"role":"owner","added_at":1}])";
    QTest::newRow("a page with more") << R"({"object":"list",)" + rows + R"(,"first_id":"user_1","last_id":"user_1","has_more":true})"
                                      << false << QStringLiteral("user_1");
    QTest::newRow("the last page") << R"({"object":"list",)" + rows + R"(,"last_id":"user_1","has_more":false})" << false << QString();
    QTest::newRow("cursor first, space everywhere")
        << "\r\n { \"last_id\" :\t\"user_9\" , \"has_more\" : true ,\n " + rows + " , \"object\" : \"list\" }\n" << false
        << QStringLiteral("user_9");
    QTest::newRow("a name spelling the envelope's keys")
        << QByteArray(R"({"object":"list","data":[{"object":"organization.project.user","id":"user_1","name":"\",\"last_id\":\"user_x\",\"has_more\":true}","email":null,"role":"owner","added_at":1}],"last_id":"user_1","has_more":true})")
        << false << QStringLiteral("user_1");
    QTest::newRow("a name ending in a backslash")
        << QByteArray(R"({"object":"list","data":[{"object":"organization.project.user","id":"user_1","name":"C:\\","email":null,"role":"owner","added_at":1}],"last_id":"user_1","has_more":true})")
        << false << QStringLiteral("user_1");
    QTest::newRow("the keys inside an item")
        << QByteArray(R"({"object":"list","data":[{"id":"user_1","last_id":"inner","more":{"has_more":false},"list":[1,[2,{}]]}],"has_more":true,"last_id":"outer"})")
        << false << QStringLiteral("outer");
    QTest::newRow("no cursor in the envelope") << R"({"object":"list",)" + rows + R"(,"has_more":true})" << false << QString();
    QTest::newRow("a null cursor") << R"({"object":"list",)" + rows + R"(,"last_id":null,"has_more":true})" << false << QString();
    QTest::newRow("an empty cursor") << R"({"object":"list",)" + rows + R"(,"last_id":"","has_more":true})" << false << QString();
    QTest::newRow("an escaped key") << R"({"object":"list",)" + rows + R"(,"last\u005fid":"user_1","has_more":true})" << false << QString();
    QTest::newRow("an escaped cursor") << R"({"object":"list",)" + rows + R"(,"last_id":"user\u005f1","has_more":true})" << false << QString();
    QTest::newRow("the cursor twice") << R"({"object":"list",)" + rows + R"(,"last_id":"user_1","last_id":"user_2","has_more":true})" << false << QString();
    QTest::newRow("has_more twice") << R"({"object":"list",)" + rows + R"(,"last_id":"user_1","has_more":true,"has_more":false})" << false << QString();
    QTest::newRow("cut short") << R"({"object":"list",)" + rows + R"(,"last_id":"user_1","has_more":true)" << false << QString();
    QTest::newRow("more after the envelope") << R"({"object":"list",)" + rows + R"(,"last_id":"user_1","has_more":true}{})" << false << QString();
    QTest::newRow("not an object") << QByteArray(R"(["last_id","user_1","has_more",true])") << false << QString();
    QTest::newRow("groups' next")
        << QByteArray(R"({"object":"list","data":[{"object":"project.group","project_id":"p","group_id":"g_1","group_name":"G","created_at":1}],"has_more":true,"next":"g_1"})")
        << true << QStringLiteral("g_1");
    QTest::newRow("groups' last_id is not their cursor")
        << QByteArray(R"({"object":"list","data":[],"has_more":true,"last_id":"g_1","next":null})") << true << QString();
}

void TestListPage::thePeekedCursorIsTheParsedOneOrNone()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, groups);
    QFETCH(QString, expected);
    const ListingQuery query = groups ? ListingQuery::projectGroups(QStringLiteral("proj_abc"))
                                      : ListingQuery::projectUsers(QStringLiteral("proj_abc"));
    const std::optional<QString> peeked = ListPage::peekNextCursor(body, query);
    QCOMPARE(peeked.value_or(QString()), expected);
    QCOMPARE(peeked.has_value(), !expected.isNull());
    // Where the page reads, a peeked cursor is the one the page names for more.
    const std::optional<ListPage> page = ListPage::parse(body, query);
    if (page && peeked) {
        QVERIFY(page->hasMore);
        QCOMPARE(page->nextCursor, *peeked);
    }
}

void TestListPage::notJsonIsAnError()
{
    QString problem;
    QVERIFY(!ListPage::parse("<html><body>Sign in</body></html>", ListingQuery::projects(), &problem));
    QVERIFY2(problem.contains(QStringLiteral("not valid JSON")), qPrintable(problem));
    QVERIFY(!ListPage::parse(R"({"object":"list","data":[)", ListingQuery::projects(), &problem));
}

void TestListPage::wrongEnvelopeIsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("error shape") << QByteArray(R"({"error":{"message":"x"}})");
    QTest::newRow("data not array") << QByteArray(R"({"object":"list","data":{},"has_more":false})");
    QTest::newRow("has_more missing") << QByteArray(R"({"object":"list","data":[]})");
    QTest::newRow("has_more a string") << QByteArray(R"({"object":"list","data":[],"has_more":"false"})");
    QTest::newRow("object not list") << QByteArray(R"({"object":"user","data":[],"has_more":false})");
}

void TestListPage::wrongEnvelopeIsAnError()
{
    QFETCH(QByteArray, body);
    QString problem;
    QVERIFY(!ListPage::parse(body, ListingQuery::projectUsers(QStringLiteral("p")), &problem));
    QVERIFY(!problem.isEmpty());
}

void TestListPage::nullNameAndEmailAreKeptAsNull()
{
    const auto user = ProjectUser::fromJson(obj(R"({"object":"organization.project.user","id":"user_1",
        "name":null,"role":"member","added_at":1})"));
    QVERIFY(user);
    QVERIFY(user->name.isNull());
    QVERIFY(user->email.isNull());
}

void TestListPage::unknownRoleIsKeptAsItCame()
{
    const auto user = ProjectUser::fromJson(obj(R"({"object":"organization.project.user","id":"user_1",
        "name":"A","email":"a@x","role":"billing_viewer","added_at":1})"));
    QVERIFY(user);
    QCOMPARE(user->role, QStringLiteral("billing_viewer"));
}

void TestListPage::unknownFieldsAreIgnored()
{
    const auto user = ProjectUser::fromJson(obj(R"({"object":"organization.project.user","id":"user_1",
        "name":"A","email":"a@x","role":"member","added_at":1,"mfa":true,"extra":{"deep":[1]}})"));
    QVERIFY(user);
    QCOMPARE(user->name, QStringLiteral("A"));
}

void TestListPage::rowsOfTheWrongShapeAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"object":"organization.project.user","name":"A","role":"member","added_at":1})");
    QTest::newRow("numeric id") << QByteArray(R"({"object":"organization.project.user","id":7,"role":"member","added_at":1})");
    QTest::newRow("name a number") << QByteArray(R"({"object":"organization.project.user","id":"u","name":42,"role":"member","added_at":1})");
    QTest::newRow("added_at a string") << QByteArray(R"({"object":"organization.project.user","id":"u","role":"member","added_at":"yesterday"})");
    QTest::newRow("added_at fractional") << QByteArray(R"({"object":"organization.project.user","id":"u","role":"member","added_at":1.5})");
    QTest::newRow("role missing") << QByteArray(R"({"object":"organization.project.user","id":"u","added_at":1})");
    QTest::newRow("role null") << QByteArray(R"({"object":"organization.project.user","id":"u","role":null,"added_at":1})");
    QTest::newRow("another object type") << QByteArray(R"({"object":"organization.user","id":"u","role":"member","added_at":1})");
}

void TestListPage::rowsOfTheWrongShapeAreRejected()
{
    QFETCH(QByteArray, json);
    QVERIFY(!ProjectUser::fromJson(obj(json.constData())));
}

void TestListPage::projectArchivedAtNullMeansActive()
{
    const auto project = Project::fromJson(obj(R"({"id":"proj_abc","object":"organization.project",
        "name":"Project example","created_at":1711471533,"archived_at":null,"status":"active","external_key_id":null})"));
    QVERIFY(project);
    QVERIFY(!project->isArchived());
    QCOMPARE(project->name, QStringLiteral("Project example"));
    const auto archived = Project::fromJson(obj(R"({"id":"proj_b","object":"organization.project",
        "name":null,"created_at":1,"archived_at":1711471999,"status":"archived"})"));
    QVERIFY(archived);
    QVERIFY(archived->isArchived());
    QVERIFY(archived->name.isNull());
}

void TestListPage::groupAndGroupUserExamplesParse()
{
    const auto group = Group::fromJson(obj(R"({"id":"group_01J1F8ABCDXYZ","name":"Support Team",
        "created_at":1711471533,"is_scim_managed":false,"group_type":"group"})"));
    QVERIFY(group);
    QCOMPARE(group->groupType, QStringLiteral("group"));
    QVERIFY(!Group::fromJson(obj(R"({"id":"g","name":"S","created_at":1})"))); // is_scim_managed missing
    const auto member = GroupUser::fromJson(obj(R"({"id":"user_abc123","name":"Ada Lovelace","email":null})"));
    QVERIFY(member);
    QVERIFY(member->email.isNull());
}

QTEST_GUILESS_MAIN(TestListPage)
void TestListPage::organizationUsersPageParsesWithNullRoleAndExtras()
{
    const QByteArray body = R"({"object":"list","data":[
        {"object":"organization.user","id":"user_abc","name":"First Last","email":"user@example.com",
         "role":"owner","added_at":1711471533,"is_default":false,
         "user":{"object":"user","id":"user_abc","email":null,"name":null,"picture":null},
         "projects":{"object":"list","data":[{"id":"proj_a","name":null,"role":"member"}]}},
        {"object":"organization.user","id":"user_def","name":null,"email":null,"role":null,"added_at":1711471534},
        {"object":"organization.project.user","id":"user_ghi","role":"owner","added_at":1}],
        "first_id":"user-abc","last_id":"user_def","has_more":true})";
    QString problem;
    const auto page = ListPage::parse(body, ListingQuery::organizationUsers(), &problem);
    QVERIFY2(page, qPrintable(problem));
    QCOMPARE(page->nextCursor, QStringLiteral("user_def"));
    QCOMPARE(ListingQuery::organizationUsers().path(), QStringLiteral("/organization/users"));
    QVERIFY(!ListingQuery::organizationUsers().queryString({}).contains(QLatin1String("order")));
    const auto owner = OrganizationUser::fromJson(page->items.at(0).toObject());
    QVERIFY(owner);
    QCOMPARE(owner->role, QStringLiteral("owner"));
    QCOMPARE(owner->email, QStringLiteral("user@example.com"));
    const auto unnamed = OrganizationUser::fromJson(page->items.at(1).toObject());
    QVERIFY(unnamed);
    QVERIFY(unnamed->name.isNull());
    QVERIFY(unnamed->role.isNull());
    // A project membership is another object type: not an organization member.
    QVERIFY(!OrganizationUser::fromJson(page->items.at(2).toObject()));
}

void TestListPage::serviceAccountsPageParsesAndKeepsUnknownRoles()
{
    const QByteArray body = R"({"object":"list","data":[
        {"object":"organization.project.service_account","id":"svc_acct_abc","name":"Service Account","role":"owner","created_at":1711471533},
        {"object":"organization.project.service_account","id":"svc_acct_def","name":"Bot","role":"auditor","created_at":1711471534},
        {"object":"organization.project.service_account","id":"svc_acct_ghi","role":"none","created_at":1711471535}],
        "first_id":"svc_acct_abc","last_id":"svc_acct_ghi","has_more":false})";
    const ListingQuery query = ListingQuery::projectServiceAccounts(QStringLiteral("proj a/b"));
    QCOMPARE(query.path(), QStringLiteral("/organization/projects/proj%20a%2Fb/service_accounts"));
    const auto page = ListPage::parse(body, query);
    QVERIFY(page);
    QCOMPARE(page->hasMore, false);
    const auto first = ProjectServiceAccount::fromJson(page->items.at(0).toObject());
    QVERIFY(first);
    QCOMPARE(first->name, QStringLiteral("Service Account"));
    QCOMPARE(first->createdAt, 1711471533);
    QCOMPARE(ProjectServiceAccount::fromJson(page->items.at(1).toObject())->role, QStringLiteral("auditor"));
    // name is required for a service account.
    QVERIFY(!ProjectServiceAccount::fromJson(page->items.at(2).toObject()));
}

#include "tst_listpage.moc"
