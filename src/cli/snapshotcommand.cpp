// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcommand.h"

#include "commandconnection.h"
#include "commandoutput.h"
#include "headlessaccessload.h"
#include "storecommandline.h"


#include "store/snapshotstore.h"

int SnapshotCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = StoreCommandLine::setUpApplication(app);

    StoreCommandLine commandLine(
        QStringLiteral("snapshot"),
        tr("Reads who has access to what across the organization and stores it as a dated snapshot.\n"
           "Exit codes: 0 stored complete, 2 bad usage, 3 nothing stored (the API failed or a project could not be "
           "read), 4 the store could not be written, 5 stored partial with --allow-partial."),
        tr("Usage: roster snapshot [--db FILE] [--label TEXT] [--note TEXT] [--allow-partial] [--base-url URL]"));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption label(QStringLiteral("label"), tr("A label for the snapshot (\"Q3 review\")."), tr("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), tr("The reviewer's note."), tr("TEXT"));
    const QCommandLineOption allowPartial(QStringLiteral("allow-partial"),
                                          tr("When some projects cannot be read, store the others' rows anyway "
                                             "(a partial snapshot) and exit with 5."));
    parser.addOptions({label, note, allowPartial});
    commandLine.addLiveOptions();
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return commandLine.badUsage(tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    StoreCommandLine::Live live;
    if (const std::optional<int> bad = commandLine.readLive(&live))
        return *bad;

    // The store first: a foreign or newer file is refused before the organization is read.
    SnapshotStore store(commandLine.dbPath());
    if (!store.open()) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    CommandConnection connection;
    if (const auto failed = connection.open(live.demo, live.baseUrl))
        return *failed;
    const std::shared_ptr<const OrganizationAccess> access =
        HeadlessAccessLoad::run(connection.client(), live.includeArchived, live.concurrency);
    if (!access) {
        CommandOutput::error(tr("the organization could not be read."));
        return CommandOutput::ApiFailed;
    }
    HeadlessAccessLoad::reportFailures(*access);
    const bool partial = !access->isComplete();
    if (partial && !parser.isSet(allowPartial)) {
        CommandOutput::error(tr("no snapshot was stored: %n part(s) of the organization could not be read "
                                "(--allow-partial stores the projects that were).",
                                nullptr, int(access->failures.size())));
        return CommandOutput::ApiFailed;
    }
    const std::optional<qint64> id = store.save(*access, parser.value(label), parser.value(note));
    if (!id) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    const QString line = tr("Stored snapshot %1: %2 access rows in %3 projects%4.\n")
                             .arg(*id)
                             .arg(access->entries.size())
                             .arg(access->projects.size())
                             .arg(partial ? tr(" (partial)") : QString());
    CommandOutput::writeToStdout(line.toUtf8());
    return partial ? CommandOutput::PartialWritten : CommandOutput::Success;
}
