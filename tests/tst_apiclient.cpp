// SPDX-License-Identifier: GPL-3.0-or-later
// The Admin API client against the real local server: errors, retries, cancel, timeouts,
// security rules, the body cap, and paging through the engine.
#include "api/apiclient.h"
#include "api/pagefetch.h"
#include "models/pagedlisting.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QSemaphore>
#include <QTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString CompanyWide = QStringLiteral("proj_company_wide");
const QString RosterDemo = QStringLiteral("proj_roster_demo");
const QString LegacyPilot = QStringLiteral("proj_legacy_pilot");
constexpr int WaitMs = 15000;

// One fetch and a spy on each of its signals, connected before anything can be reported.
struct WatchedFetch
{
    PageFetch *fetch;
    QSignalSpy finished;
    QSignalSpy retrying;

    WatchedFetch(ApiClient &client, const ListingQuery &query, const QString &after = {})
        : fetch(client.fetchPage(query, after)),
          finished(fetch, &PageFetch::finished),
          retrying(fetch, &PageFetch::retrying)
    {
    }

    // True once finished() has come, exactly once.
    bool waitFinished(int timeoutMs = WaitMs)
    {
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        return finished.size() == 1;
    }
};

ServerFault fault(ServerFault::Kind kind, const QString &pathContains = {}, int times = 1)
{
    return ServerFault::of(kind, pathContains, 0, times);
}

int replyCount(const ApiClient &client)
{
    return int(client.network()->findChildren<QNetworkReply *>().size());
}

// An id the server generated, as the listing of `projectId`'s users shows it at `index`.
QString userIdAt(AdminApiServer &server, const QString &projectId, int index)
{
    DemoOrganization &org = server.organization();
    return org.projectUserJson(*org.project(projectId), index).value(QStringLiteral("id")).toString();
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Each error status becomes a clear message with the status.
    void rejectedKeyIsReportedAs401();
    void keyWithoutAdminRightsIsReportedAs403();
    void unknownProjectIsReportedAs404NamingTheProject();
    void archivedProjectShowsTheServersMessage();
    void rateLimitIsRetriedThenSucceeds();
    void serverErrorIsRetriedThenSucceeds();
    void badGatewayHtmlBecomesAReadableSummary();
    void okPageThatIsNotJsonIsAnErrorAfterRetries();
    void truncatedBodyIsRetriedThenSucceeds();
    void droppedConnectionIsRetriedThenSucceeds();

    void connectionDroppedEveryTimeGivesUpWithANetworkError();

    // Retries.
    void retryingSignalNamesTheNextAttemptAndTheError();
    void retriesGiveUpAfterMaxAttempts();
    void retryAfterHeaderSetsTheDelay();
    void retryAfterLongerThanTheLimitIsNotWaitedFor();
    void retryAfterPausesEveryRequestToTheHost();
    void requestLogNamesEachRequestButNeverTheKey();
    void nonRetryableErrorsAreSentOnce_data();
    void nonRetryableErrorsAreSentOnce();

    // Cancel.
    void cancelledFetchNeverReportsFinished();
    void cancelAbortsTheRequestInFlight();
    void cancelDuringBackoffSendsNoFurtherAttempt();

    // Transfer timeout.
    void silentServerTimesOutAsARetryableError();
    void timeoutIsRetriedThenSucceeds();

    // Security.
    void redirectToAnotherOriginIsRefusedAndNotFollowed();
    void redirectToTheSameOriginIsFollowed();
    void endlessSameOriginRedirectsStop();
    void idsAndCursorsArePercentEncoded();
    void trailingSlashInTheBaseUrlIsIgnored();
    void plainHttpToARemoteHostIsRefusedBeforeConnecting_data();
    void plainHttpToARemoteHostIsRefusedBeforeConnecting();
    void secureAndLoopbackBaseUrlsAreAccepted_data();
    void secureAndLoopbackBaseUrlsAreAccepted();
    void unsafeBaseUrlsAreRejected_data();
    void unsafeBaseUrlsAreRejected();
    void baseUrlWithCredentialsIsRefusedBeforeConnecting();
    void missingKeyIsRefusedBeforeConnecting();
    void keyNeverAppearsInErrorMessages();
    void redactedReplacesTheKeyInServerText();
    void requestsCarryBearerAcceptAndUserAgent();
    void keyIsNeverInTheUrl();

    // Body cap.
    void bodyOverTheCapIsAbortedWithAnError();

    // Paging through the engine.
    void hundredPageListingSendsOneRequestPerPageWithTheRightCursor();
    void repeatedCursorStopsWithALoopingError();
    void emptyPageWithMoreEndsTheListing();
    void groupUsersAreAskedInAscendingOrderOnEveryPage();
    void aPageIsParsedOnceTheRequestAskedAheadHasLeft();
    void aPageIsReadWhileTheWindowKeepsTurning();
    void aPageAskedAheadThatIsReadFirstWaitsItsTurnAndIsNotAskedAgain();
    void aPageAlreadyOnItsWayWhenTheReaderIsSetComesReadAllTheSame();
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestApiClient::rejectedKeyIsReportedAs401()
{
    LocalApi api;
    api.client->setAdminKey(QStringLiteral("sk-admin-not-the-right-key-000"));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), 401);
    QVERIFY2(e.message().contains(QStringLiteral("The admin key was rejected")), qPrintable(e.message()));
    QVERIFY2(e.toString().contains(QStringLiteral("401")), qPrintable(e.toString()));
    QVERIFY(e.isAuthenticationProblem());
    QVERIFY(!e.isRetryable());
}

void TestApiClient::keyWithoutAdminRightsIsReportedAs403()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::Forbidden));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.httpStatus(), 403);
    QVERIFY2(e.message().contains(QStringLiteral("lacks admin rights")), qPrintable(e.message()));
    QVERIFY(e.toString().contains(QStringLiteral("403")));
    QVERIFY(e.isAuthenticationProblem());
}

void TestApiClient::unknownProjectIsReportedAs404NamingTheProject()
{
    LocalApi api;
    const QString missing = QStringLiteral("proj_does_not_exist");
    WatchedFetch w(*api.client, ListingQuery::projectUsers(missing));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.httpStatus(), 404);
    QVERIFY2(e.message().contains(missing), qPrintable(e.message()));
    QVERIFY(e.toString().contains(QStringLiteral("404")));
    QVERIFY(!e.isAuthenticationProblem());
}

void TestApiClient::archivedProjectShowsTheServersMessage()
{
    LocalApi api;
    WatchedFetch w(*api.client, ListingQuery::projectUsers(LegacyPilot));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.httpStatus(), 400);
    QCOMPARE(e.message(), QStringLiteral("Project proj_legacy_pilot is archived."));
    QVERIFY(e.toString().contains(QStringLiteral("400")));
    QVERIFY(!e.isRetryable());
}

void TestApiClient::rateLimitIsRetriedThenSucceeds()
{
    LocalApi api;
    ServerFault limited = fault(ServerFault::Kind::RateLimit);
    limited.retryAfterSeconds = 0;
    api.faults->add(limited);
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->page().items.size(), 100);
    QCOMPARE(w.fetch->attempts(), 2);
    QCOMPARE(w.retrying.size(), 1);
    QCOMPARE(w.retrying.first().at(2).value<ApiError>().httpStatus(), 429);
}

void TestApiClient::serverErrorIsRetriedThenSucceeds()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::ServerError));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->attempts(), 2);
    QCOMPARE(w.retrying.size(), 1);
    QCOMPARE(api.log->count(), 2);
    QCOMPARE(w.fetch->page().items.size(), 100);
}

void TestApiClient::badGatewayHtmlBecomesAReadableSummary()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::BadGatewayHtml, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.httpStatus(), 502);
    QCOMPARE(e.message(), QStringLiteral("502 Bad Gateway"));
    QVERIFY2(!e.toString().contains(QLatin1Char('<')), qPrintable(e.toString()));
    QVERIFY(e.isRetryable());
    QCOMPARE(api.log->count(), api.client->retryPolicy().maxAttempts);
}

void TestApiClient::okPageThatIsNotJsonIsAnErrorAfterRetries()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::NotJson, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(e.message().contains(QStringLiteral("not valid JSON")), qPrintable(e.message()));
    QVERIFY2(!e.message().contains(QLatin1Char('<')), qPrintable(e.message()));
    QCOMPARE(w.fetch->attempts(), api.client->retryPolicy().maxAttempts);
    QCOMPARE(api.log->count(), api.client->retryPolicy().maxAttempts);
}

void TestApiClient::truncatedBodyIsRetriedThenSucceeds()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::TruncatedBody));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->page().items.size(), 100);
    QCOMPARE(w.fetch->attempts(), 2);
    QCOMPARE(api.log->count(), 2);
}

void TestApiClient::droppedConnectionIsRetriedThenSucceeds()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::DropConnection));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->page().items.size(), 100);
    // Sent again, whether by the retry or by Qt's own resend of a request the server never read.
    QCOMPARE(api.log->count(), 2);
    QCOMPARE(api.faults->injected(), 1);
}

void TestApiClient::connectionDroppedEveryTimeGivesUpWithANetworkError()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::DropConnection, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::Network);
    QVERIFY(e.isRetryable());
    QVERIFY2(e.message().contains(QStringLiteral("closed")), qPrintable(e.message()));
    const int maxAttempts = api.client->retryPolicy().maxAttempts;
    QCOMPARE(w.fetch->attempts(), maxAttempts);
    QCOMPARE(w.retrying.size(), maxAttempts - 1);
    // Qt itself may send a request once more on a connection the server closed unread.
    QVERIFY(api.log->count() >= maxAttempts);
    QVERIFY(api.log->count() <= 2 * maxAttempts);
}

void TestApiClient::retryingSignalNamesTheNextAttemptAndTheError()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::ServerError));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QCOMPARE(w.retrying.size(), 1);
    const QList<QVariant> args = w.retrying.first();
    QCOMPARE(args.at(0).toInt(), 2);
    QVERIFY(args.at(1).toInt() >= 0);
    QVERIFY(args.at(1).toInt() <= api.client->retryPolicy().maxDelayMs);
    const ApiError e = args.at(2).value<ApiError>();
    QCOMPARE(e.httpStatus(), 500);
    QVERIFY(e.isRetryable());
}

void TestApiClient::retriesGiveUpAfterMaxAttempts()
{
    LocalApi api;
    RetryPolicy policy = api.client->retryPolicy();
    policy.maxAttempts = 3;
    api.client->setRetryPolicy(policy);
    api.faults->add(fault(ServerFault::Kind::ServerError, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY(!w.fetch->succeeded());
    QCOMPARE(w.fetch->error().httpStatus(), 500);
    QCOMPARE(w.fetch->attempts(), 3);
    QCOMPARE(w.retrying.size(), 2);
    QCOMPARE(api.log->count(), 3);
}

void TestApiClient::retryAfterHeaderSetsTheDelay()
{
    LocalApi api;
    ServerFault limited = fault(ServerFault::Kind::RateLimit);
    limited.retryAfterSeconds = 1;
    api.faults->add(limited);
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    QVERIFY(w.fetch->succeeded());
    QCOMPARE(w.retrying.size(), 1);
    // The test policy's own backoff is at most 40 ms: only the header can ask for a second.
    QCOMPARE(w.retrying.first().at(1).toInt(), 1000);
    QCOMPARE(w.retrying.first().at(2).value<ApiError>().retryAfterSeconds(), 1);
}

void TestApiClient::retryAfterLongerThanTheLimitIsNotWaitedFor()
{
    LocalApi api;
    ServerFault limited = fault(ServerFault::Kind::RateLimit);
    limited.retryAfterSeconds = 3600;
    api.faults->add(limited);
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.httpStatus(), 429);
    QCOMPARE(e.retryAfterSeconds(), 3600);
    QVERIFY2(e.message().contains(QStringLiteral("Rate limit")), qPrintable(e.message()));
    QCOMPARE(w.retrying.size(), 0);
    QCOMPARE(api.log->count(), 1);
}

void TestApiClient::retryAfterPausesEveryRequestToTheHost()
{
    LocalApi api;
    ServerFault limited = fault(ServerFault::Kind::RateLimit, QStringLiteral("/users"));
    limited.retryAfterSeconds = 1;
    api.faults->add(limited);
    QSignalSpy rateLimited(api.client.get(), &ApiClient::rateLimited);
    WatchedFetch users(*api.client, ListingQuery::projectUsers(RosterDemo));
    QTRY_COMPARE(rateLimited.size(), 1);
    QCOMPARE(rateLimited.first().at(0).toInt(), 1000);
    QVERIFY(api.client->pauseRemainingMs() > 500);
    // Another listing started during the pause waits for it too: nothing reaches the server.
    WatchedFetch groups(*api.client, ListingQuery::projectGroups(RosterDemo));
    QTest::qWait(400);
    QCOMPARE(api.log->count(QStringLiteral("/groups")), 0);
    QVERIFY(groups.waitFinished());
    QVERIFY(users.waitFinished());
    QVERIFY2(groups.fetch->succeeded(), qPrintable(groups.fetch->error().toString()));
    QVERIFY(users.fetch->succeeded());
    QCOMPARE(groups.fetch->attempts(), 1); // waiting is not a failed attempt
    QCOMPARE(api.log->count(QStringLiteral("/groups")), 1);
    QCOMPARE(api.client->pauseRemainingMs(), 0);
}

void TestApiClient::requestLogNamesEachRequestButNeverTheKey()
{
    static QStringList lines;
    lines.clear();
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &text) {
        lines << QString::fromLatin1(context.category) + QLatin1Char(' ') + text;
    });
    QLoggingCategory::setFilterRules(QStringLiteral("roster.api.debug=true"));
    {
        LocalApi api;
        const QString key = QStringLiteral("sk-admin-secret-for-the-log-test-0123456789");
        api.server->setAdminKey(key);
        api.client->setAdminKey(key);
        ServerFault limited = fault(ServerFault::Kind::RateLimit);
        limited.retryAfterSeconds = 0;
        api.faults->add(limited);
        WatchedFetch ok(*api.client, ListingQuery::projectUsers(RosterDemo));
        QVERIFY(ok.waitFinished());
        api.client->setAdminKey(key + QLatin1Char('x')); // rejected: the server's 401 is logged too
        WatchedFetch rejected(*api.client, ListingQuery::projectGroups(RosterDemo));
        QVERIFY(rejected.waitFinished());
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        const QString log = lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("roster.api GET /v1/organization/projects/proj_roster_demo/users?limit=100")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("-> 429")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("-> 401")), qPrintable(log));
        QVERIFY(!log.contains(key));
        QVERIFY(!log.contains(QLatin1String("secret-for-the-log")));
    }
}

void TestApiClient::nonRetryableErrorsAreSentOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("projectId");
    QTest::addColumn<int>("status");
    QTest::newRow("401") << int(ServerFault::Kind::Unauthorized) << RosterDemo << 401;
    QTest::newRow("403") << int(ServerFault::Kind::Forbidden) << RosterDemo << 403;
    QTest::newRow("404") << int(ServerFault::Kind::None) << QStringLiteral("proj_missing") << 404;
    QTest::newRow("400 archived") << int(ServerFault::Kind::None) << LegacyPilot << 400;
}

void TestApiClient::nonRetryableErrorsAreSentOnce()
{
    QFETCH(int, kind);
    QFETCH(QString, projectId);
    QFETCH(int, status);
    LocalApi api;
    if (ServerFault::Kind(kind) != ServerFault::Kind::None)
        api.faults->add(fault(ServerFault::Kind(kind), {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(projectId));
    QVERIFY(w.waitFinished());
    QCOMPARE(w.fetch->error().httpStatus(), status);
    QVERIFY(!w.fetch->error().isRetryable());
    QCOMPARE(w.fetch->attempts(), 1);
    QCOMPARE(w.retrying.size(), 0);
    QCOMPARE(api.log->count(), 1);
}

void TestApiClient::cancelledFetchNeverReportsFinished()
{
    LocalApi api;
    api.server->setLatencyMs(500);
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QTRY_COMPARE_WITH_TIMEOUT(api.log->count(), 1, WaitMs);
    w.fetch->cancel();
    QCOMPARE(w.fetch->error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(!w.fetch->isFinished());

    // A second fetch, answered after the first would have been: by then any late report has come.
    WatchedFetch later(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(later.waitFinished());
    QVERIFY(later.fetch->succeeded());
    QCOMPARE(w.finished.size(), 0);
    QVERIFY(!w.fetch->isFinished());
}

void TestApiClient::cancelAbortsTheRequestInFlight()
{
    LocalApi api;
    api.faults->add(fault(ServerFault::Kind::NoAnswer));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QTRY_COMPARE_WITH_TIMEOUT(api.log->count(), 1, WaitMs);
    QCOMPARE(replyCount(*api.client), 1);
    w.fetch->cancel();
    // The reply is aborted and deleted, not left waiting for a server that never answers.
    QTRY_COMPARE_WITH_TIMEOUT(replyCount(*api.client), 0, WaitMs);
    QCOMPARE(w.finished.size(), 0);
    QCOMPARE(api.log->count(), 1);
}

void TestApiClient::cancelDuringBackoffSendsNoFurtherAttempt()
{
    LocalApi api;
    RetryPolicy slow = api.client->retryPolicy();
    slow.baseDelayMs = 300;
    slow.maxDelayMs = 300;
    api.client->setRetryPolicy(slow);
    api.faults->add(fault(ServerFault::Kind::ServerError, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.retrying.wait(WaitMs));
    w.fetch->cancel();

    // Another fetch after the backoff would have run out: the cancelled one sent nothing more.
    api.faults->clear();
    api.server->setLatencyMs(400);
    WatchedFetch later(*api.client, ListingQuery::projects());
    QVERIFY(later.waitFinished());
    QCOMPARE(api.log->count(QStringLiteral("/users")), 1);
    QCOMPARE(w.finished.size(), 0);
}

void TestApiClient::silentServerTimesOutAsARetryableError()
{
    LocalApi api;
    api.client->setTransferTimeoutMs(300);
    RetryPolicy policy = api.client->retryPolicy();
    policy.maxAttempts = 2;
    api.client->setRetryPolicy(policy);
    api.faults->add(fault(ServerFault::Kind::NoAnswer, {}, -1));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::Timeout);
    QVERIFY(e.isRetryable());
    QVERIFY(!e.message().isEmpty());
    QCOMPARE(w.fetch->attempts(), 2);
    QCOMPARE(api.log->count(), 2);
}

void TestApiClient::timeoutIsRetriedThenSucceeds()
{
    LocalApi api;
    api.client->setTransferTimeoutMs(300);
    api.faults->add(fault(ServerFault::Kind::NoAnswer));
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    // The retry gets a generous timeout, so a busy machine cannot make it time out too.
    connect(w.fetch, &PageFetch::retrying, this, [&api] { api.client->setTransferTimeoutMs(10000); });
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->attempts(), 2);
    QCOMPARE(w.retrying.size(), 1);
    QCOMPARE(w.retrying.first().at(2).value<ApiError>().kind(), ApiError::Kind::Timeout);
}

void TestApiClient::redirectToAnotherOriginIsRefusedAndNotFollowed()
{
    LocalApi api;
    AdminApiServer elsewhere;
    RequestLog elsewhereLog(elsewhere);
    QVERIFY(elsewhere.start());
    QVERIFY(elsewhere.port() != api.server->port());
    ServerFault redirect = fault(ServerFault::Kind::RedirectElsewhere, {}, -1);
    redirect.redirectTo = QUrl(elsewhere.baseUrl().toString() + QStringLiteral("/organization/projects"));
    api.faults->add(redirect);

    WatchedFetch w(*api.client, ListingQuery::projects());
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::Refused);
    QCOMPARE(e.httpStatus(), 302);
    QVERIFY(!e.isRetryable());
    QCOMPARE(api.log->count(), 1);
    // Give a stray request every chance to arrive before saying none did.
    WatchedFetch after(*api.client, ListingQuery::projects());
    QVERIFY(after.waitFinished());
    QVERIFY(elsewhereLog.requests().isEmpty());
}

void TestApiClient::redirectToTheSameOriginIsFollowed()
{
    LocalApi api;
    ServerFault redirect = fault(ServerFault::Kind::RedirectElsewhere);
    redirect.redirectTo = QUrl(api.server->baseUrl().toString() + QStringLiteral("/organization/projects?limit=2"));
    api.faults->add(redirect);
    WatchedFetch w(*api.client, ListingQuery::projects());
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(w.fetch->page().items.size(), 2);
    QCOMPARE(api.log->count(), 2);
    QVERIFY(api.log->requests().at(1).authorized);
    QCOMPARE(w.fetch->attempts(), 1);
}

void TestApiClient::endlessSameOriginRedirectsStop()
{
    LocalApi api;
    ServerFault redirect = fault(ServerFault::Kind::RedirectElsewhere, {}, -1);
    redirect.redirectTo = QUrl(api.server->baseUrl().toString() + QStringLiteral("/organization/projects"));
    api.faults->add(redirect);
    WatchedFetch w(*api.client, ListingQuery::projects());
    QVERIFY(w.waitFinished());
    QCOMPARE(w.fetch->error().kind(), ApiError::Kind::Refused);
    QVERIFY2(w.fetch->error().message().contains(QStringLiteral("redirect")), qPrintable(w.fetch->error().message()));
    // The first request and a bounded number of redirects, never an endless chase.
    QVERIFY(api.log->count() > 1);
    QVERIFY(api.log->count() <= 10);
}

void TestApiClient::idsAndCursorsArePercentEncoded()
{
    LocalApi api;
    // A non-ASCII project id reaches the server as itself.
    {
        const QString research = QStringLiteral("proj_research_研究");
        WatchedFetch w(*api.client, ListingQuery::projectUsers(research));
        QVERIFY(w.waitFinished());
        QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
        QCOMPARE(w.fetch->page().items.size(), 100);
        QCOMPARE(api.log->requests().last().path, QStringLiteral("/v1/organization/projects/%1/users").arg(research));
    }
    // Characters that mean something in a URL stay inside their own part.
    {
        const QString oddId = QStringLiteral("proj x?limit=1#frag");
        const QString oddCursor = QStringLiteral("user a&limit=1#x");
        WatchedFetch w(*api.client, ListingQuery::projectUsers(oddId), oddCursor);
        QVERIFY(w.waitFinished());
        QCOMPARE(w.fetch->error().httpStatus(), 404);
        const ServerRequest &r = api.log->requests().last();
        QCOMPARE(r.path, QStringLiteral("/v1/organization/projects/%1/users").arg(oddId));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded), oddCursor);
        QCOMPARE(r.query.allQueryItemValues(QStringLiteral("limit")), QStringList{QStringLiteral("100")});
    }
}

void TestApiClient::trailingSlashInTheBaseUrlIsIgnored()
{
    LocalApi api;
    api.client->setBaseUrl(QUrl(api.server->baseUrl().toString() + QStringLiteral("/")));
    WatchedFetch w(*api.client, ListingQuery::projects());
    QVERIFY(w.waitFinished());
    QVERIFY2(w.fetch->succeeded(), qPrintable(w.fetch->error().toString()));
    QCOMPARE(api.log->requests().last().path, QStringLiteral("/v1/organization/projects"));
}

void TestApiClient::plainHttpToARemoteHostIsRefusedBeforeConnecting_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::newRow("public name") << QUrl(QStringLiteral("http://example.com/v1"));
    QTest::newRow("private address") << QUrl(QStringLiteral("http://10.0.0.1/v1"));
    QTest::newRow("localhost look-alike") << QUrl(QStringLiteral("http://localhost.example.com/v1"));
}

void TestApiClient::plainHttpToARemoteHostIsRefusedBeforeConnecting()
{
    QFETCH(QUrl, baseUrl);
    LocalApi api;
    api.client->setBaseUrl(baseUrl);
    WatchedFetch w(*api.client, ListingQuery::projects());
    // No reply exists: nothing was resolved, connected to or sent.
    QCOMPARE(replyCount(*api.client), 0);
    QVERIFY(w.waitFinished(2000));
    QCOMPARE(replyCount(*api.client), 0);
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::Refused);
    QVERIFY2(e.message().contains(QStringLiteral("https://")), qPrintable(e.message()));
    QVERIFY(!e.isRetryable());
    QCOMPARE(w.fetch->attempts(), 0);
}

void TestApiClient::secureAndLoopbackBaseUrlsAreAccepted_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("official") << QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    QTest::newRow("https proxy") << QUrl(QStringLiteral("https://gateway.example.com:8443/openai/v1"));
    QTest::newRow("https upper case") << QUrl(QStringLiteral("HTTPS://API.OPENAI.COM/v1"));
    QTest::newRow("http localhost") << QUrl(QStringLiteral("http://localhost:8080/v1"));
    QTest::newRow("http 127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    QTest::newRow("http [::1]") << QUrl(QStringLiteral("http://[::1]:8080/v1"));
}

void TestApiClient::secureAndLoopbackBaseUrlsAreAccepted()
{
    QFETCH(QUrl, url);
    QCOMPARE(ApiClient::baseUrlProblem(url), QString());
}

void TestApiClient::unsafeBaseUrlsAreRejected_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("why");
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://api.openai.com/v1")) << "https://";
    QTest::newRow("http private") << QUrl(QStringLiteral("http://192.168.1.10/v1")) << "https://";
    QTest::newRow("user and password") << QUrl(QStringLiteral("https://me:secret@api.openai.com/v1"))
                                       << "user name or password";
    QTest::newRow("user only") << QUrl(QStringLiteral("https://me@api.openai.com/v1")) << "user name or password";
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://api.openai.com/v1")) << "https://";
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///v1")) << "not a valid URL";
    QTest::newRow("empty") << QUrl() << "not a valid URL";
}

void TestApiClient::unsafeBaseUrlsAreRejected()
{
    QFETCH(QUrl, url);
    QFETCH(QString, why);
    const QString problem = ApiClient::baseUrlProblem(url);
    QVERIFY2(problem.contains(why), qPrintable(problem));
    QVERIFY2(!problem.contains(QStringLiteral("secret")), qPrintable(problem));
}

void TestApiClient::baseUrlWithCredentialsIsRefusedBeforeConnecting()
{
    LocalApi api;
    QUrl url = api.server->baseUrl();
    url.setUserInfo(QStringLiteral("admin:hunter2"));
    api.client->setBaseUrl(url);
    WatchedFetch w(*api.client, ListingQuery::projects());
    QCOMPARE(replyCount(*api.client), 0);
    QVERIFY(w.waitFinished());
    QCOMPARE(w.fetch->error().kind(), ApiError::Kind::Refused);
    QVERIFY(!w.fetch->error().toString().contains(QStringLiteral("hunter2")));
    QCOMPARE(api.log->count(), 0);
}

void TestApiClient::missingKeyIsRefusedBeforeConnecting()
{
    LocalApi api;
    api.client->setAdminKey(QString());
    WatchedFetch w(*api.client, ListingQuery::projects());
    QVERIFY(w.waitFinished());
    QCOMPARE(w.fetch->error().kind(), ApiError::Kind::Refused);
    QVERIFY(w.fetch->error().message().contains(QStringLiteral("admin key")));
    QCOMPARE(api.log->count(), 0);
}

void TestApiClient::keyNeverAppearsInErrorMessages()
{
    const QString key = QStringLiteral("sk-admin-ThisKeyMustNeverBeShown-4242");
    const QString tail = QStringLiteral("4242");
    auto check = [&](const ApiError &e) {
        QVERIFY(e.isError());
        QVERIFY2(!e.message().contains(key) && !e.toString().contains(key), qPrintable(e.toString()));
        QVERIFY2(!e.message().contains(tail), qPrintable(e.message()));
    };

    LocalApi api;
    api.client->setAdminKey(key);
    // The server rejects it (401) without echoing it: any key in the message came from the client.
    {
        WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
        QVERIFY(w.waitFinished());
        QCOMPARE(w.fetch->error().httpStatus(), 401);
        check(w.fetch->error());
    }
    api.server->setAdminKey(key);
    for (ServerFault::Kind kind : {ServerFault::Kind::Forbidden, ServerFault::Kind::BadGatewayHtml,
                                   ServerFault::Kind::NotJson, ServerFault::Kind::ServerError}) {
        api.faults->clear();
        api.faults->add(fault(kind, {}, -1));
        WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
        QVERIFY(w.waitFinished());
        check(w.fetch->error());
    }
    api.faults->clear();
    {
        WatchedFetch w(*api.client, ListingQuery::projectUsers(QStringLiteral("proj_nope")));
        QVERIFY(w.waitFinished());
        check(w.fetch->error());
    }
    api.client->setBaseUrl(QUrl(QStringLiteral("http://example.com/v1")));
    {
        WatchedFetch w(*api.client, ListingQuery::projects());
        QVERIFY(w.waitFinished());
        check(w.fetch->error());
    }
}

void TestApiClient::redactedReplacesTheKeyInServerText()
{
    ApiClient client;
    const QString key = QStringLiteral("sk-admin-abcdefghijklmnop");
    client.setAdminKey(key);
    const QString text = client.redacted(QStringLiteral("Incorrect API key provided: %1.").arg(key));
    QVERIFY(!text.contains(key));
    QVERIFY(text.startsWith(QStringLiteral("Incorrect API key provided: ")));
}

void TestApiClient::requestsCarryBearerAcceptAndUserAgent()
{
    LocalApi api;
    ListingQuery small = ListingQuery::projects(true);
    small.setLimit(2);
    PagedListing listing(api.client.get(), small);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    listing.loadAll();
    QVERIFY(done.wait(WaitMs));
    QVERIFY(api.log->count() >= 3);
    for (const ServerRequest &r : api.log->requests()) {
        QCOMPARE(r.authorizationScheme, QByteArray("Bearer"));
        QVERIFY(r.authorized);
        QCOMPARE(r.accept, QByteArray("application/json"));
        QCOMPARE(r.userAgent, QByteArray("Roster/" ROSTER_VERSION));
    }
}

void TestApiClient::keyIsNeverInTheUrl()
{
    LocalApi api;
    const QString key = QString::fromLatin1(AdminApiServer::DemoKey);
    ListingQuery small = ListingQuery::projectUsers(QStringLiteral("proj_design_system"));
    small.setLimit(5);
    PagedListing listing(api.client.get(), small);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    listing.loadAll();
    QVERIFY(done.wait(WaitMs));
    QCOMPARE(api.log->count(), 3);
    for (const ServerRequest &r : api.log->requests()) {
        QVERIFY(!r.path.contains(key));
        QVERIFY(!r.path.contains(QStringLiteral("sk-admin")));
        QVERIFY(!r.query.toString(QUrl::FullyDecoded).contains(QStringLiteral("sk-admin")));
    }
}

void TestApiClient::bodyOverTheCapIsAbortedWithAnError()
{
    LocalApi api;
    api.client->setMaxBodyBytes(1000);
    WatchedFetch w(*api.client, ListingQuery::projectUsers(RosterDemo));
    QVERIFY(w.waitFinished());
    const ApiError &e = w.fetch->error();
    QCOMPARE(e.kind(), ApiError::Kind::BadResponse);
    QVERIFY2(e.message().contains(QStringLiteral("larger than")), qPrintable(e.message()));
    // The cap is named as set, not rounded down to "0 MiB".
    QVERIFY2(!e.message().contains(QStringLiteral(" 0 MiB")), qPrintable(e.message()));
    QCOMPARE(api.log->count(), 1);
}

void TestApiClient::hundredPageListingSendsOneRequestPerPageWithTheRightCursor()
{
    LocalApi api;
    const QString id = QStringLiteral("proj_hundred_pages");
    api.server->organization().addProject({id, QStringLiteral("Hundred pages"), 10000, 0, false, 1700000000});
    PagedListing listing(api.client.get(), ListingQuery::projectUsers(id));
    QCOMPARE(listing.query().limit(), 100);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    QSignalSpy pages(&listing, &PagedListing::pageReceived);
    listing.loadAll();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(listing.state(), PagedListing::State::Finished);
    QCOMPARE(pages.size(), 100);

    const QVector<ServerRequest> &requests = api.log->requests();
    QCOMPARE(requests.size(), 100);
    for (int i = 0; i < requests.size(); ++i) {
        const QUrlQuery &q = requests.at(i).query;
        QCOMPARE(requests.at(i).path, QStringLiteral("/v1/organization/projects/%1/users").arg(id));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        if (i == 0)
            QVERIFY(!q.hasQueryItem(QStringLiteral("after")));
        else
            QCOMPARE(q.queryItemValue(QStringLiteral("after")), userIdAt(*api.server, id, i * 100 - 1));
    }
    // Every row came, in the server's order.
    QCOMPARE(pages.last().at(0).toJsonArray().last().toObject().value(QStringLiteral("id")).toString(),
             userIdAt(*api.server, id, 9999));
}

void TestApiClient::repeatedCursorStopsWithALoopingError()
{
    LocalApi api;
    // The first page has no cursor to repeat; the second names its own `after` as the next one.
    api.faults->add(ServerFault::of(ServerFault::Kind::RepeatedCursor, QStringLiteral("/users"), 1, -1));
    PagedListing listing(api.client.get(), ListingQuery::projectUsers(RosterDemo));
    QSignalSpy failed(&listing, &PagedListing::failed);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    listing.loadAll();
    QVERIFY(failed.wait(WaitMs));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Looping);
    QCOMPARE(listing.error().kind(), ApiError::Kind::Looping);
    QVERIFY(!listing.error().message().isEmpty());
    QCOMPARE(listing.state(), PagedListing::State::Failed);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!listing.canFetchMore());
    QCOMPARE(api.log->count(), 2);
    listing.fetchMore();
    QCOMPARE(api.log->count(), 2);
}

void TestApiClient::emptyPageWithMoreEndsTheListing()
{
    LocalApi api;
    api.faults->add(ServerFault::of(ServerFault::Kind::EmptyPageWithMore, QStringLiteral("/users"), 1, -1));
    PagedListing listing(api.client.get(), ListingQuery::projectUsers(RosterDemo));
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    listing.loadAll();
    QVERIFY(done.wait(WaitMs));
    QCOMPARE(listing.state(), PagedListing::State::Finished);
    QVERIFY(!listing.error().isError());
    QVERIFY(!listing.canFetchMore());
    QCOMPARE(listing.pagesReceived(), 2);
    QCOMPARE(api.log->count(), 2);
}

void TestApiClient::groupUsersAreAskedInAscendingOrderOnEveryPage()
{
    LocalApi api;
    DemoOrganization &org = api.server->organization();
    int group = 0;
    while (org.groupUserCount(group) < 35)
        ++group;
    const int members = org.groupUserCount(group);
    const QString groupId = org.groupJson(group).value(QStringLiteral("id")).toString();

    ListingQuery query = ListingQuery::groupUsers(groupId);
    query.setLimit(10);
    PagedListing listing(api.client.get(), query);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    QSignalSpy pages(&listing, &PagedListing::pageReceived);
    listing.loadAll();
    QVERIFY(done.wait(WaitMs));
    QCOMPARE(listing.state(), PagedListing::State::Finished);

    QCOMPARE(api.log->count(), (members + 9) / 10);
    for (const ServerRequest &r : api.log->requests()) {
        QCOMPARE(r.query.queryItemValue(QStringLiteral("order")), QStringLiteral("asc"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("10"));
    }
    QStringList ids;
    for (const QList<QVariant> &page : pages) {
        for (const QJsonValue &v : page.at(0).toJsonArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
    }
    QCOMPARE(ids.size(), members);
    for (int i = 0; i < members; ++i)
        QCOMPARE(ids.at(i), org.groupUserJson(group, i).value(QStringLiteral("id")).toString());
}

// Asking for the next page before this one is parsed helps only if that request gets out first:
// parsed at once, the page takes a core Qt's network thread needs to send it. A page held for a
// request that never leaves is parsed all the same, a few milliseconds later.
void TestApiClient::aPageIsParsedOnceTheRequestAskedAheadHasLeft()
{
    LocalApi api;
    api.server->setLatencyMs(20);
    const ListingQuery query = ListingQuery::projectUsers(RosterDemo);
    // What happened, in order, for one page whose next page is asked for as soon as it is known.
    const auto pageAndNext = [&](bool nextLeaves) {
        QStringList events;
        std::unique_ptr<PageFetch> first(api.client->fetchPage(query, QString()));
        std::unique_ptr<PageFetch> next;
        first->setPeeksNextCursor(true);
        QObject::connect(first.get(), &PageFetch::nextCursorPeeked, first.get(), [&](const QString &cursor) {
            next.reset(api.client->fetchPage(query, cursor));
            QObject::connect(next.get(), &PageFetch::requestSent, next.get(), [&events] { events.append(QStringLiteral("sent")); });
            first->parseAfterRequestOf(next.get());
            if (!nextLeaves)
                next->cancel();
        });
        QObject::connect(first.get(), &PageFetch::finished, first.get(), [&events] { events.append(QStringLiteral("parsed")); });
        if (!QTest::qWaitFor([&] { return first->isFinished(); }, WaitMs) || !first->succeeded()
            || first->page().items.size() != 100 || !next)
            return QStringList{QStringLiteral("the page did not read")};
        if (nextLeaves && !QTest::qWaitFor([&] { return events.contains(QStringLiteral("sent")); }, WaitMs))
            events.append(QStringLiteral("the next request never left"));
        return events;
    };
    // Parsed at once, the page would always come first: its finished() is emitted in the same
    // call that asks for the next page, and requestSent() comes from the network thread later.
    // Held, it comes second unless the machine keeps the request from leaving for ParseWaitMs.
    QStringList events;
    for (int attempt = 0; attempt < 3 && events != QStringList{QStringLiteral("sent"), QStringLiteral("parsed")}; ++attempt)
        events = pageAndNext(true);
    QCOMPARE(events, (QStringList{QStringLiteral("sent"), QStringLiteral("parsed")}));
    // The request asked ahead is cancelled before it leaves: the page is parsed anyway.
    QCOMPARE(pageAndNext(false), QStringList{QStringLiteral("parsed")});
}

// A page of a hundred users takes about a millisecond to read; on the thread that runs the
// window, a burst of pages held it for several. The item reader here waits until this thread has
// run a timer, which it could not do if the page were read on it.
void TestApiClient::aPageIsReadWhileTheWindowKeepsTurning()
{
    LocalApi api;
    std::atomic<bool> reading = false;
    QSemaphore windowTurned;
    std::unique_ptr<PageFetch> fetch(api.client->fetchPage(ListingQuery::projectUsers(RosterDemo), QString()));
    fetch->setItemReader([&](const QJsonArray &items) {
        reading = true;
        const bool turned = windowTurned.tryAcquire(1, 5000);
        return std::any(turned ? int(items.size()) : -1);
    });
    QTimer turn;
    connect(&turn, &QTimer::timeout, this, [&] {
        if (reading && windowTurned.available() == 0)
            windowTurned.release();
    });
    turn.start(1);
    QVERIFY(QTest::qWaitFor([&] { return fetch->isFinished(); }, WaitMs));
    QVERIFY(fetch->succeeded());
    QCOMPARE(fetch->page().items.size(), 100);
    // What the reader made of the items comes with the page.
    const int *read = std::any_cast<int>(&fetch->page().readItems);
    QVERIFY(read);
    QCOMPARE(*read, 100);
}

// The next page is asked for before this one is read; when its answer is read first, it waits
// for this one instead of being thrown away and asked for again.
void TestApiClient::aPageAskedAheadThatIsReadFirstWaitsItsTurnAndIsNotAskedAgain()
{
    LocalApi api;
    api.server->setLatencyMs(5);
    const QString id = QStringLiteral("proj_three_pages");
    api.server->organization().addProject({id, QStringLiteral("Three pages"), 300, 0, false, 1700000000});
    PagedListing listing(api.client.get(), ListingQuery::projectUsers(id));
    // The first page's reading waits until the page after it has been read and its fetch has
    // reported that it finished.
    QSemaphore firstMayEnd;
    std::atomic<int> readings = 0;
    listing.setItemReader([&](const QJsonArray &items) {
        if (readings++ == 0 && !firstMayEnd.tryAcquire(1, 10000))
            return std::any(QStringLiteral("timed out"));
        return std::any(items.last().toObject().value(QStringLiteral("id")).toString());
    });
    bool secondCameFirst = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        const QList<PageFetch *> fetches = listing.findChildren<PageFetch *>();
        for (const PageFetch *fetch : fetches) {
            if (fetch->isFinished() && !fetch->afterCursor().isEmpty() && !secondCameFirst) {
                secondCameFirst = true;
                firstMayEnd.release();
            }
        }
    });
    watch.start(1);
    QSignalSpy done(&listing, &PagedListing::loadAllFinished);
    QSignalSpy pages(&listing, &PagedListing::pageReceived);
    listing.loadAll();
    QVERIFY(done.wait(WaitMs));
    QVERIFY(secondCameFirst);
    QCOMPARE(done.first().at(0).toBool(), true);
    QCOMPARE(listing.state(), PagedListing::State::Finished);
    // Each page was asked for once, and reported in the server's order with its own reading.
    QCOMPARE(api.log->count(), 3);
    QCOMPARE(pages.size(), 3);
    for (int page = 0; page < 3; ++page) {
        const QString last = userIdAt(*api.server, id, page * 100 + 99);
        QCOMPARE(pages.at(page).at(0).toJsonArray().last().toObject().value(QStringLiteral("id")).toString(), last);
        QCOMPARE(std::any_cast<QString>(pages.at(page).at(1).value<std::any>()), last);
    }
}

// A model may set its reader after its first page was asked for; that page is read when it comes
// (on the listing's thread), so no page reaches the model without its rows.
void TestApiClient::aPageAlreadyOnItsWayWhenTheReaderIsSetComesReadAllTheSame()
{
    LocalApi api;
    PagedListing listing(api.client.get(), ListingQuery::projectUsers(RosterDemo));
    QSignalSpy pages(&listing, &PagedListing::pageReceived);
    listing.fetchMore();
    listing.setItemReader([](const QJsonArray &items) { return std::any(int(items.size())); });
    QVERIFY(pages.wait(WaitMs));
    const std::any read = pages.first().at(1).value<std::any>();
    QVERIFY(read.has_value());
    QCOMPARE(std::any_cast<int>(read), 100);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

