// Roster's window. With "export" as the first argument it runs the headless export instead.
#include "api/apiclient.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QUrl>

int main(int argc, char *argv[])
{
    // MERGE: the lead adds here, before QApplication (export needs no display):
    //   if (argc > 1 && qstrcmp(argv[1], "export") == 0) return ExportCommand::run(argc, argv);
    // with #include "cli/exportcommand.h" above.

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Roster"));
    QApplication::setApplicationName(QStringLiteral("Roster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Roster"));
    QApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("roster"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse the users and groups of an OpenAI project."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start on the built-in demo server."));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QApplication::translate("main", "The Admin API's base URL (default %1).")
                                               .arg(QString::fromLatin1(ApiClient::DefaultBaseUrl)),
                                           QStringLiteral("URL"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QApplication::translate("main", "Open this project id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption tabOption(QStringLiteral("tab"),
                                       QApplication::translate("main", "Show this tab first: users or groups."),
                                       QStringLiteral("users|groups"));
    parser.addOptions({demoOption, baseUrlOption, projectOption, tabOption});
    parser.process(app);

    QTextStream err(stderr);
    const QString tab = parser.value(tabOption).toLower();
    if (parser.isSet(tabOption) && tab != QLatin1String("users") && tab != QLatin1String("groups")) {
        err << QApplication::translate("main", "roster: --tab takes users or groups.") << '\n';
        return 2;
    }
    QUrl baseUrl;
    if (parser.isSet(baseUrlOption)) {
        baseUrl = QUrl::fromUserInput(parser.value(baseUrlOption));
        const QString problem = ApiClient::baseUrlProblem(baseUrl);
        if (!baseUrl.isValid() || !problem.isEmpty()) {
            err << QApplication::translate("main", "roster: --base-url: %1").arg(problem.isEmpty() ? parser.value(baseUrlOption) : problem) << '\n';
            return 2;
        }
    }

    MainWindow window;
    if (parser.isSet(projectOption))
        window.openProject(parser.value(projectOption));
    if (parser.isSet(tabOption))
        window.showTab(tab == QLatin1String("groups") ? MainWindow::Tab::Groups : MainWindow::Tab::Users);
    if (parser.isSet(demoOption)) {
        if (!window.startDemo()) {
            err << QApplication::translate("main", "roster: the demo server could not listen on 127.0.0.1.") << '\n';
            return 1;
        }
    } else {
        if (baseUrl.isValid())
            window.setBaseUrlOverride(baseUrl);
        window.start();
    }
    window.show();
    return app.exec();
}
