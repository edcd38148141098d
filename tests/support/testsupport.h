// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every test needs: a local Admin API server on 127.0.0.1 and a client pointed at it, with
// the server's request log and a fault injector attached.

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "faultinjector.h"
#include "requestlog.h"

#include <QDir>
#include <QTest>

#include <memory>

struct LocalApi
{
    std::unique_ptr<AdminApiServer> server;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestLog> log;       // declared after the server: detached before it goes
    std::unique_ptr<FaultInjector> faults;

    explicit LocalApi(int bigProjectUsers = 10000)
        : server(std::make_unique<AdminApiServer>(bigProjectUsers)), client(std::make_unique<ApiClient>()),
          log(std::make_unique<RequestLog>(*server)), faults(std::make_unique<FaultInjector>(*server))
    {
        if (!server->start())
            qFatal("cannot listen on 127.0.0.1");
        client->setBaseUrl(server->baseUrl());
        client->setAdminKey(QString::fromLatin1(AdminApiServer::DemoKey));
        // Tests wait for retries; keep them short but still exponential.
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 40;
        client->setRetryPolicy(fast);
        client->setTransferTimeoutMs(5000);
    }
};

// Where tests leave screenshots and other files for a person to look at.
inline QString testArtifactPath(const QString &fileName)
{
    QString dir = qEnvironmentVariable("ROSTER_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("roster-test-artifacts"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}
