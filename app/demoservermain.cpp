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
    parser.setApplicationDescription(QStringLiteral("A local server that speaks the OpenAI Admin API's list operations over made-up data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8787"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay added to every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users in the largest project (proj_company_wide)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({portOption, latencyOption, usersOption});
    parser.process(app);

    bool portOk = false, latencyOk = false, usersOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const int latency = parser.value(latencyOption).toInt(&latencyOk);
    const int users = parser.value(usersOption).toInt(&usersOk);
    QTextStream err(stderr);
    if (!portOk || port > 65535 || !latencyOk || latency < 0 || !usersOk || users < 0 || users > 50000000) {
        err << "roster-demo-server: --port takes 0..65535, --latency-ms and --users a non-negative number.\n";
        return 2;
    }

    AdminApiServer server(users);
    server.setLatencyMs(latency);
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
