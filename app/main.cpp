// SPDX-License-Identifier: GPL-3.0-or-later
// Roster's window. With "export", "snapshot", "snapshots" or "diff" as the first argument it runs
// that headless command instead.
#include "api/apiclient.h"
#include "cli/diffcommand.h"
#include "cli/exportcommand.h"
#include "cli/snapshotcommand.h"
#include "cli/snapshotlistcommand.h"
#include "i18n/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QUrl>

// The translation context of the command line's texts.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

namespace {
struct Options
{
    bool demo = false;
    QUrl baseUrl;
    QString projectId;
    QString tab;
    QString storePath;
};

// Reads the command line under a plain QCoreApplication, so that --help, --version and bad
// usage answer without a display. Returns an exit code, or -1 to go on to the window.
int parseCommandLine(int argc, char *argv[], Options *options)
{
    QCoreApplication probe(argc, argv);
    Translations::install();
    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Browse the users and groups of an OpenAI project."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), Main::tr("Start on the built-in demo server."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        Main::tr("The Admin API's base URL (default %1).").arg(QString::fromLatin1(ApiClient::DefaultBaseUrl)),
        QStringLiteral("URL"));
    const QCommandLineOption projectOption(QStringLiteral("project"), Main::tr("Open this project id."),
                                           QStringLiteral("ID"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), Main::tr("Show this tab first: users or groups."),
                                       QStringLiteral("users|groups"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Main::tr("Keep access-review snapshots in FILE (default: roster.sqlite in your data folder)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({demoOption, baseUrlOption, projectOption, tabOption, dbOption});

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(probe.arguments())) {
        err << "roster: " << parser.errorText() << '\n' << Main::tr("Try 'roster --help'.") << '\n';
        return 2;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << "roster " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Main::tr("roster: unexpected argument '%1'. Try 'roster --help'.").arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    options->tab = parser.value(tabOption).toLower();
    if (parser.isSet(tabOption) && options->tab != QLatin1String("users") && options->tab != QLatin1String("groups")) {
        err << Main::tr("roster: --tab takes users or groups.") << '\n';
        return 2;
    }
    if (parser.isSet(baseUrlOption)) {
        options->baseUrl = QUrl::fromUserInput(parser.value(baseUrlOption));
        const QString problem = ApiClient::baseUrlProblem(options->baseUrl);
        if (!problem.isEmpty()) {
            err << Main::tr("roster: --base-url: %1").arg(problem) << '\n';
            return 2;
        }
    }
    options->demo = parser.isSet(demoOption);
    options->projectId = parser.value(projectOption);
    options->storePath = parser.value(dbOption);
    return -1;
}

// On Linux without X11 or Wayland, Qt would abort with a message about plugins; say what helps.
bool displayMissing()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    // Before any application object: the export needs no display.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return ExportCommand::run(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "snapshot") == 0)
        return SnapshotCommand::run(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "snapshots") == 0)
        return SnapshotListCommand::run(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "diff") == 0)
        return DiffCommand::run(argc, argv);

    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));

    Options options;
    if (const int code = parseCommandLine(argc, argv, &options); code >= 0)
        return code;
    if (displayMissing()) {
        QTextStream(stderr) << Main::tr("roster: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                                        "For a CSV without a window, run: roster export --demo --project proj_roster_demo")
                            << '\n';
        return 1;
    }

    QApplication app(argc, argv);
    Translations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Roster"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.roster.roster"));

    MainWindow window;
    if (!options.storePath.isEmpty())
        window.setStorePathOverride(options.storePath);
    if (!options.projectId.isEmpty())
        window.openProject(options.projectId);
    if (!options.tab.isEmpty())
        window.showTab(options.tab == QLatin1String("groups") ? MainWindow::Tab::Groups : MainWindow::Tab::Users);
    if (options.demo) {
        if (!window.startDemo()) {
            QTextStream(stderr) << Main::tr("roster: the demo server could not listen on 127.0.0.1.") << '\n';
            return 1;
        }
    } else {
        if (options.baseUrl.isValid())
            window.setBaseUrlOverride(options.baseUrl);
        window.start();
    }
    window.show();
    return app.exec();
}
