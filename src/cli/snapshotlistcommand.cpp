// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotlistcommand.h"

#include "commandoutput.h"
#include "storecommandline.h"

#include "store/snapshotstore.h"

QString SnapshotListCommand::line(const SnapshotSummary &summary)
{
    QString text = tr("%1\t%2\t%3\t%4 rows\t%5 projects\t%6 failed")
                       .arg(summary.id)
                       .arg(summary.takenAt.toUTC().toString(Qt::ISODate),
                            summary.complete ? tr("complete") : tr("partial"))
                       .arg(summary.rows)
                       .arg(summary.projects)
                       .arg(summary.failedProjects);
    if (!summary.label.isEmpty())
        text += QLatin1Char('\t') + summary.label;
    return text;
}

int SnapshotListCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QStringList arguments = app.arguments();
    arguments.removeAt(1);
    StoreCommandLine commandLine(QStringLiteral("snapshots"),
                                 tr("Lists the stored snapshots, oldest first, one line each: id, time taken (UTC), "
                                    "complete or partial, access rows, complete projects, failed projects, label.\n"
                                    "Exit codes: 0 done, 2 bad usage, 4 the store could not be read."),
                                 tr("Usage: roster snapshots [--db FILE]"));
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.badUsage(
            tr("unexpected argument “%1”.").arg(commandLine.parser().positionalArguments().constFirst()));
    SnapshotStore store(commandLine.dbPath());
    if (!store.open()) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    const QVector<SnapshotSummary> summaries = store.list();
    if (!store.errorString().isEmpty()) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    QString text;
    for (const SnapshotSummary &summary : summaries)
        text += line(summary) + QLatin1Char('\n');
    return CommandOutput::writeToStdout(text.toUtf8()) ? CommandOutput::Success : CommandOutput::WriteFailed;
}
