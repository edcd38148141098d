// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffcommand.h"

#include "commandconnection.h"
#include "commandoutput.h"
#include "headlessaccessload.h"
#include "storecommandline.h"


#include "export/csvfilewriter.h"
#include "export/csvwriter.h"
#include "store/snapshotstore.h"

QByteArray DiffCommand::csv(const AccessDiff &diff, const CsvOptions &options)
{
    CsvWriter writer(options);
    for (const QString &column : AccessDiff::csvColumns())
        writer.writeField(column);
    writer.endRecord();
    for (const AccessChange &change : diff.changes()) {
        for (const QString &field : AccessDiff::csvFields(change))
            writer.writeField(field);
        writer.endRecord();
    }
    return writer.takeData();
}

int DiffCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = StoreCommandLine::setUpApplication(app);
    StoreCommandLine commandLine(
        QStringLiteral("diff"),
        tr("Writes what changed between FROM and TO as CSV (RFC 4180, UTF-8): rows added, removed and role changes. "
           "FROM and TO are snapshot ids, labels, or live (the organization now; the admin key comes from "
           "OPENAI_ADMIN_KEY). Projects incomplete on either side are not compared; they are named on stderr.\n"
           "Exit codes: 0 no changes, 1 changes written, 2 bad usage, 3 the live organization could not be read, "
           "4 the store or the file could not be read or written."),
        tr("Usage: roster diff [--db FILE] FROM TO --output FILE"));
    QCommandLineParser &parser = commandLine.parser();
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("The earlier snapshot: an id, a label, or live."));
    parser.addPositionalArgument(QStringLiteral("TO"), tr("The later snapshot: an id, a label, or live."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write the CSV to FILE (- for standard output)."),
                                    tr("FILE"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("Start with a UTF-8 byte-order mark (for Excel on Windows)."));
    const QCommandLineOption noGuard(QStringLiteral("no-formula-guard"),
                                     tr("Do not put ' before fields starting with = + - @ (spreadsheet formulas)."));
    parser.addOptions({output, bom, noGuard});
    commandLine.addLiveOptions();
    if (const std::optional<int> done = commandLine.parse(arguments))
        return *done;
    const QStringList sides = parser.positionalArguments();
    if (sides.size() != 2)
        return commandLine.badUsage(tr("give two snapshots to compare: FROM and TO (ids, labels or live)."));
    if (!parser.isSet(output) || parser.value(output).isEmpty())
        return commandLine.badUsage(tr("--output FILE is required."));
    StoreCommandLine::Live live;
    if (const std::optional<int> bad = commandLine.readLive(&live))
        return *bad;
    CsvOptions options;
    options.byteOrderMark = parser.isSet(bom);
    options.formulaGuard = !parser.isSet(noGuard);

    std::shared_ptr<const OrganizationAccess> accessOf[2];
    const bool anyLive = sides.contains(QStringLiteral("live"));
    // A diff only reads the store, and a comparison of live with live needs none.
    SnapshotStore store(commandLine.dbPath());
    if (sides.count(QStringLiteral("live")) < 2 && !store.openToRead()) {
        CommandOutput::error(store.errorString());
        return CommandOutput::WriteFailed;
    }
    // Snapshots are found before the organization is read: a typo fails fast.
    for (int side = 0; side < 2; ++side) {
        if (sides.at(side) == QLatin1String("live"))
            continue;
        const std::optional<qint64> id = store.find(sides.at(side));
        if (!id)
            return commandLine.badUsage(store.errorString());
        accessOf[side] = store.load(*id);
        if (!accessOf[side]) {
            CommandOutput::error(store.errorString());
            return CommandOutput::WriteFailed;
        }
    }
    if (anyLive) {
        CommandConnection connection;
        if (const auto failed = connection.open(live.demo, live.baseUrl))
            return *failed;
        const std::shared_ptr<const OrganizationAccess> now =
            HeadlessAccessLoad::run(connection.client(), live.includeArchived, live.concurrency);
        if (!now) {
            CommandOutput::error(tr("the organization could not be read."));
            return CommandOutput::ApiFailed;
        }
        for (int side = 0; side < 2; ++side) {
            if (!accessOf[side])
                accessOf[side] = now;
        }
    }
    const AccessDiff diff = AccessDiff::compare(*accessOf[0], *accessOf[1]);
    for (const AccessDiff::IncompleteProject &project : diff.incompleteProjects())
        CommandOutput::error(tr("project %1 (%2) not compared: %3").arg(project.projectId, project.projectName, project.reason));
    const QByteArray data = csv(diff, options);
    const QString path = parser.value(output);
    if (path == QLatin1String("-")) {
        if (!CommandOutput::writeToStdout(data)) {
            CommandOutput::error(tr("could not write to standard output."));
            return CommandOutput::WriteFailed;
        }
    } else {
        QString error;
        if (!CsvFileWriter::write(path, data, &error)) {
            CommandOutput::error(error);
            return CommandOutput::WriteFailed;
        }
    }
    if (CommandOutput::stderrIsTerminal())
        CommandOutput::error(diff.summary());
    return diff.isEmpty() ? CommandOutput::Success : CommandOutput::Changes;
}
