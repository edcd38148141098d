// SPDX-License-Identifier: GPL-3.0-or-later
// The official `openai` npm SDK, pointed at the local server with OPENAI_BASE_URL, pages through
// every listing with its own auto-pagination and sees exactly the rows the server generated, each
// page a valid instance of the spec's response schema.
// Needs node and `npm ci --prefix tests/sdk`; skipped, with the reason, where either is missing.
#include "demoserver/adminapiserver.h"
#include "requestlog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

class TestSdkFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkPagesThroughExactlyTheGeneratedRows();
    void sdkReadsTheServersErrors();

private:
    // Runs page-all.mjs against a fresh server; the SDK's findings, or an empty object after a failure.
    QJsonObject runSdk(AdminApiServer &server);

    QString m_node;
    QString m_sdkDir;
};

namespace {

QStringList idsOf(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &v : value.toArray())
        ids << v.toString();
    return ids;
}

QString idOf(const QJsonObject &row, const char *field = "id")
{
    return row.value(QLatin1String(field)).toString();
}

} // namespace

void TestSdkFidelity::initTestCase()
{
#ifdef QT_TESTCASE_SOURCEDIR
    m_sdkDir = QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR)).filePath(QStringLiteral("sdk"));
#else
    QSKIP("This Qt does not say where the test sources are, so tests/sdk cannot be found.");
#endif
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        QSKIP("node is not installed, so the official SDK cannot be run.");
    if (!QFileInfo::exists(QDir(m_sdkDir).filePath(QStringLiteral("node_modules/openai/package.json"))))
        QSKIP("The openai SDK is not installed: run `npm ci --prefix tests/sdk` first.");
}

QJsonObject TestSdkFidelity::runSdk(AdminApiServer &server)
{
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"OPENAI_API_KEY", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "OPENAI_WEBHOOK_SECRET"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("OPENAI_BASE_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("OPENAI_ADMIN_KEY"), QString::fromLatin1(AdminApiServer::DemoKey));
    node.setProcessEnvironment(env);
    node.setWorkingDirectory(m_sdkDir);
    QSignalSpy finished(&node, &QProcess::finished);
    // Waited for with the event loop running: the server lives on this thread.
    node.start(m_node, {QStringLiteral("page-all.mjs")});
    if (!node.waitForStarted(10000)) {
        qWarning("node did not start: %s", qPrintable(node.errorString()));
        return {};
    }
    if (!finished.wait(120000)) {
        node.kill();
        node.waitForFinished(5000);
        qWarning("the SDK did not finish paging within two minutes");
        return {};
    }
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        qWarning("the SDK failed: %s", node.readAllStandardError().constData());
        return {};
    }
    QJsonParseError parseError;
    const QJsonObject seen = QJsonDocument::fromJson(node.readAllStandardOutput(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        qWarning("the SDK's output is not JSON: %s", qPrintable(parseError.errorString()));
    return seen;
}

void TestSdkFidelity::sdkPagesThroughExactlyTheGeneratedRows()
{
    AdminApiServer server(1500);
    RequestLog log(server);
    QVERIFY(server.start());
    DemoOrganization &org = server.organization();
    const QJsonObject seen = runSdk(server);
    QVERIFY(!seen.isEmpty());
    QVERIFY2(seen.value(QStringLiteral("sdkVersion")).toString().startsWith(QLatin1String("7.")),
             qPrintable(seen.value(QStringLiteral("sdkVersion")).toString()));

    // Projects, with and without the archived one.
    QStringList allProjects, activeProjects;
    for (int i = 0; i < org.projects().size(); ++i) {
        allProjects << idOf(org.projectJson(i));
        if (!org.projects().at(i).archived)
            activeProjects << idOf(org.projectJson(i));
    }
    QCOMPARE(idsOf(seen.value(QStringLiteral("projects"))), allProjects);
    QCOMPARE(idsOf(seen.value(QStringLiteral("activeProjects"))), activeProjects);

    // Every active project's users (style A, default page size), oldest first.
    const QJsonObject projectUsers = seen.value(QStringLiteral("projectUsers")).toObject();
    QCOMPARE(projectUsers.keys().size(), activeProjects.size());
    for (const QString &id : activeProjects) {
        const DemoOrganization::ProjectSpec &spec = *org.project(id);
        QStringList expected;
        for (int i = 0; i < spec.userCount; ++i)
            expected << idOf(org.projectUserJson(spec, i));
        QCOMPARE(idsOf(projectUsers.value(id)), expected);
    }

    // Every project's groups (style B), in the default order and newest first.
    const QJsonObject projectGroups = seen.value(QStringLiteral("projectGroups")).toObject();
    const QJsonObject projectGroupsDesc = seen.value(QStringLiteral("projectGroupsDesc")).toObject();
    for (const QString &id : allProjects) {
        const DemoOrganization::ProjectSpec &spec = *org.project(id);
        QStringList expected;
        for (int i = 0; i < spec.groupCount; ++i)
            expected << idOf(org.projectGroupJson(spec, i), "group_id");
        QCOMPARE(idsOf(projectGroups.value(id)), expected);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(idsOf(projectGroupsDesc.value(id)), expected);
    }

    // The organization's groups, and each group's members (newest first by default).
    QStringList groups;
    for (int g = 0; g < org.groupCount(); ++g)
        groups << idOf(org.groupJson(g));
    QCOMPARE(idsOf(seen.value(QStringLiteral("groups"))), groups);
    const QJsonObject groupUsers = seen.value(QStringLiteral("groupUsers")).toObject();
    int members = 0;
    for (int g = 0; g < org.groupCount(); ++g) {
        QStringList expected;
        for (int i = org.groupUserCount(g) - 1; i >= 0; --i)
            expected << idOf(org.groupUserJson(g, i));
        members += expected.size();
        QCOMPARE(idsOf(groupUsers.value(groups.at(g))), expected);
    }
    QVERIFY(members > 0);

    // Full pages of 100 give the same rows as the default pages of 20.
    QCOMPARE(idsOf(seen.value(QStringLiteral("companyUsersLimit100"))),
             idsOf(projectUsers.value(QStringLiteral("proj_company_wide"))));

    // The organization's users, and a filter by three of their addresses (sent as `emails[]=`).
    QStringList people;
    for (const QJsonObject &person : org.organizationUsers())
        people << idOf(person);
    QCOMPARE(idsOf(seen.value(QStringLiteral("organizationUsers"))), people);
    QStringList byEmail;
    for (const QJsonValue &email : seen.value(QStringLiteral("emailsAsked")).toArray())
        byEmail << org.personId(org.personWithEmail(email.toString()));
    QCOMPARE(byEmail.size(), 3);
    QCOMPARE(idsOf(seen.value(QStringLiteral("usersByEmail"))), byEmail);

    // Service accounts of every active project; API keys and roles of every project.
    const QJsonObject accounts = seen.value(QStringLiteral("serviceAccounts")).toObject();
    const QJsonObject keysAny = seen.value(QStringLiteral("apiKeysAny")).toObject();
    const QJsonObject keysDefault = seen.value(QStringLiteral("apiKeysDefault")).toObject();
    const QJsonObject roles = seen.value(QStringLiteral("projectRoles")).toObject();
    int accountCount = 0, keyCount = 0;
    for (const QString &id : allProjects) {
        const DemoOrganization::ProjectSpec &spec = *org.project(id);
        if (!spec.archived) {
            QStringList expected;
            for (const QJsonObject &account : org.projectServiceAccounts(id))
                expected << idOf(account);
            accountCount += expected.size();
            QCOMPARE(idsOf(accounts.value(id)), expected);
        }
        QStringList any, active;
        for (int i = 0; i < org.apiKeyCount(spec); ++i) {
            any << idOf(org.apiKeyJson(spec, i));
            if (org.apiKeyOwnerHasAccess(spec, i))
                active << any.last();
        }
        keyCount += any.size();
        QCOMPARE(idsOf(keysAny.value(id)), any);
        QCOMPARE(idsOf(keysDefault.value(id)), active);
        QStringList catalogue;
        for (int i = 0; i < org.roleCount(spec); ++i)
            catalogue << idOf(org.roleJson(spec, i));
        QCOMPARE(idsOf(roles.value(id)), catalogue);
    }
    QVERIFY(accountCount > 0 && keyCount > 0);

    // Role assignments of every user and every granted group of two projects.
    const QJsonObject userRoles = seen.value(QStringLiteral("userRoles")).toObject();
    const QJsonObject groupRoles = seen.value(QStringLiteral("groupRoles")).toObject();
    int assignments = 0;
    for (const QString &id : {QStringLiteral("proj_design_system"), QStringLiteral("proj_research_研究")}) {
        const DemoOrganization::ProjectSpec &spec = *org.project(id);
        for (const QJsonObject &user : org.projectUsers(id)) {
            QStringList expected;
            for (const QJsonObject &role : org.userRoleAssignments(spec, idOf(user)))
                expected << idOf(role);
            assignments += expected.size();
            QCOMPARE(idsOf(userRoles.value(id + QLatin1Char(' ') + idOf(user))), expected);
        }
        for (const QJsonObject &grant : org.projectGroups(id)) {
            const QString group = idOf(grant, "group_id");
            QStringList expected;
            for (const QJsonObject &role : org.groupRoleAssignments(spec, org.groupIndex(group)))
                expected << idOf(role);
            QCOMPARE(expected.size(), 1);
            QCOMPARE(idsOf(groupRoles.value(id + QLatin1Char(' ') + group)), expected);
        }
    }
    QVERIFY(assignments > 260);

    // Every page the SDK read is what the spec's schema for its listing says.
    const QJsonArray violations = seen.value(QStringLiteral("violations")).toArray();
    for (const QJsonValue &v : violations)
        qWarning("%s", QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(violations.size(), 0);

    // Only the deliberately wrong key was ever refused.
    int refused = 0;
    for (const ServerRequest &r : log.requests())
        refused += r.authorized ? 0 : 1;
    QCOMPARE(refused, 1);
}

void TestSdkFidelity::sdkReadsTheServersErrors()
{
    AdminApiServer server(100);
    QVERIFY(server.start());
    const QJsonObject errors = runSdk(server).value(QStringLiteral("errors")).toObject();
    QVERIFY(!errors.isEmpty());
    struct Expected
    {
        const char *name;
        const char *sdkClass;
        int status;
        const char *param;
        const char *messageContains;
    };
    const Expected expected[] = {
        {"archived", "BadRequestError", 400, nullptr, "Project proj_legacy_pilot is archived."},
        {"archivedServiceAccounts", "BadRequestError", 400, nullptr, "Project proj_legacy_pilot is archived."},
        {"unknownProject", "NotFoundError", 404, nullptr, "proj_does_not_exist"},
        {"unknownProjectRoles", "NotFoundError", 404, nullptr, "proj_does_not_exist"},
        {"badAccess", "BadRequestError", 400, "owner_project_access", "owner_project_access"},
        {"badLimit", "BadRequestError", 400, "limit", "limit"},
        {"badOrder", "BadRequestError", 400, "order", "order"},
        {"wrongKey", "AuthenticationError", 401, nullptr, "Incorrect API key"},
    };
    for (const Expected &e : expected) {
        const QJsonObject seen = errors.value(QLatin1String(e.name)).toObject();
        QVERIFY2(!seen.isEmpty(), e.name);
        QCOMPARE(seen.value(QStringLiteral("name")).toString(), QLatin1String(e.sdkClass));
        QCOMPARE(seen.value(QStringLiteral("status")).toInt(), e.status);
        // The SDK found the error body's message, so its own message is "<status> <message>".
        const QString message = seen.value(QStringLiteral("message")).toString();
        QVERIFY2(message.startsWith(QString::number(e.status) + QLatin1Char(' ')), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String(e.messageContains)), qPrintable(message));
        QCOMPARE(seen.value(QStringLiteral("type")).toString(), QStringLiteral("invalid_request_error"));
        if (e.param)
            QCOMPARE(seen.value(QStringLiteral("param")).toString(), QLatin1String(e.param));
        else
            QVERIFY(seen.value(QStringLiteral("param")).isNull());
    }
}

QTEST_GUILESS_MAIN(TestSdkFidelity)
#include "tst_sdkfidelity.moc"
