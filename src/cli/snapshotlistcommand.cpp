// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotlistcommand.h"

#include "commandoutput.h"
#include "storecommandline.h"


#include "review/reviewworkbook.h"
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
    const QStringList arguments = StoreCommandLine::setUpApplication(app);
    StoreCommandLine commandLine(QStringLiteral("snapshots"),
                                 tr("Lists the stored snapshots, oldest first, one line each: id, time taken (UTC), "
                                    "complete or partial, access rows, complete projects, failed projects, label.\n"
                                    "With --review ID --output FILE.xlsx, writes that snapshot's access review instead: "
                                    "a workbook with a Summary, an Access and a Changes sheet (changes since the "
                                    "snapshot before it), and the same tables beside it as FILE-summary.csv, "
                                    "FILE-access.csv and FILE-changes.csv.\n"
                                    "Exit codes: 0 done, 2 bad usage, 4 the store or a file could not be read or written."),
                                 tr("Usage: roster snapshots [--db FILE] [--review ID|LABEL --output FILE.xlsx]"));
    const QCommandLineOption review(QStringLiteral("review"), tr("Write the access review of this snapshot."),
                                    tr("ID|LABEL"));
    const QCommandLineOption output(QStringLiteral("output"), tr("With --review: the workbook to write."), tr("FILE.xlsx"));
    commandLine.parser().addOptions({review, output});
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (commandLine.parser().isSet(review) != commandLine.parser().isSet(output)
        || (commandLine.parser().isSet(output) && commandLine.parser().value(output).isEmpty()))
        return commandLine.badUsage(tr("--review ID and --output FILE.xlsx go together."));
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.badUsage(
            tr("unexpected argument “%1”.").arg(commandLine.parser().positionalArguments().constFirst()));
    SnapshotStore store(commandLine.dbPath());
    if (!store.openToRead()) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    if (commandLine.parser().isSet(review)) {
        const std::optional<qint64> id = store.find(commandLine.parser().value(review));
        if (!id)
            return commandLine.badUsage(store.errorString());
        QString error;
        QStringList written;
        if (!ReviewWorkbook::write(store, *id, commandLine.parser().value(output), &error, &written)) {
            CommandOutput::error(error);
            return CommandOutput::WriteFailed;
        }
        return CommandOutput::writeToStdout((written.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8())
                   ? CommandOutput::Success
                   : CommandOutput::WriteFailed;
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
