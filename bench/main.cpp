// SPDX-License-Identifier: GPL-3.0-or-later
// roster-bench: Roster's performance figures (issue 5), measured through the real network stack
// against the local Admin API server on 127.0.0.1. Usage: roster-bench [--runs N]
#include "benchtable.h"
#include "figures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <cstring>

int main(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "--startup-probe") == 0)
        return runStartupProbe(argc, argv);

    QApplication app(argc, argv);
    // Figures for a person's locale (ICU collation), not the C locale of a bare build machine.
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints Roster's performance figures against their targets."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (median reported)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Figure groups to run: big (3, 4, 6), export (5), load (1), scroll (2), startup (7), access (8), store (9), stalls (10: 10 000 against 100 000 rows); comma-separated."),
                                        QStringLiteral("groups"), QStringLiteral("big,export,load,scroll,startup,access,store,stalls"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Rows for figures 3 to 6 (for profiling smaller runs)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({runsOption, onlyOption, usersOption});
    parser.process(app);

    BenchOptions options;
    options.runs = std::max(1, parser.value(runsOption).toInt());
    options.benchPath = QCoreApplication::applicationFilePath();
    options.bigUsers = std::max(100, parser.value(usersOption).toInt());
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','));

    QTextStream err(stderr);
    err << "roster-bench on " << BenchTable::machine() << "\n";
    BenchTable table;
    // The 100 000-row figures first, while the process is fresh: memory is one of them.
    if (only.contains(QStringLiteral("big")))
        bigTableFigures(table, options);
    if (only.contains(QStringLiteral("export")))
        exportFigures(table, options);
    if (only.contains(QStringLiteral("load")))
        loadFigures(table, options);
    if (only.contains(QStringLiteral("scroll")))
        scrollFigure(table, options);
    if (only.contains(QStringLiteral("startup")))
        startupFigure(table, options);
    if (only.contains(QStringLiteral("access")))
        accessFigures(table, options);
    if (only.contains(QStringLiteral("store")))
        storeFigures(table, options);
    if (only.contains(QStringLiteral("stalls")))
        stallFigures(table, options);

    QTextStream out(stdout);
    out << "\nMachine: " << BenchTable::machine() << "\n"
        << "Medians of " << options.runs << " runs unless stated.\n\n";
    table.print();
    out << "\n" << table.summary() << "\n";
    return 0;
}
