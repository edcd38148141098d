// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-alone local Admin API server, for pointing other tools (curl, the openai SDK) at
// the same data Roster's demo mode shows.
#include "demoserver/adminapiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local server that speaks the OpenAI Admin API's eleven list operations over a made-up organization."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8787"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay added to every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users in the largest project (proj_company_wide)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption projectsOption(QStringLiteral("projects"), QStringLiteral("Projects in the organization (at least 6)."),
                                            QStringLiteral("N"), QString::number(DemoOrganization::DefaultProjectCount));
    parser.addOptions({portOption, latencyOption, usersOption, projectsOption});
    parser.process(app);

    bool portOk = false, latencyOk = false, usersOk = false, projectsOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int latency = parser.value(latencyOption).toInt(&latencyOk);
    const int users = parser.value(usersOption).toInt(&usersOk);
    const int projects = parser.value(projectsOption).toInt(&projectsOk);
    QTextStream err(stderr);
    if (!portOk || port > 65535 || !latencyOk || latency < 0 || !usersOk || users < 0 || users > 50000000
        || !projectsOk || projects < 6 || projects > 100000) {
        err << "roster-demo-server: --port takes 0..65535, --latency-ms and --users a non-negative number, "
               "--projects 6..100000.\n";
        return 2;
    }

    AdminApiServer server(users);
    server.setLatencyMs(latency);
    server.organization().setProjectCount(projects);
    if (!server.start(quint16(port))) {
        err << "roster-demo-server: cannot listen on 127.0.0.1:" << port << " (is it in use?)\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "Listening on " << server.baseUrl().toString() << "\n"
        << "Admin key accepted: " << AdminApiServer::DemoKey << "\n"
        << "Try: OPENAI_BASE_URL=" << server.baseUrl().toString() << " OPENAI_ADMIN_KEY=" << AdminApiServer::DemoKey << "\n";
    out.flush();
    return app.exec();
}
