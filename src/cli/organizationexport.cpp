// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationexport.h"

#include "commandconnection.h"
#include "commandoutput.h"
#include "headlessaccessload.h"

#include "access/organizationaccess.h"
#include "access/peoplemodel.h"
#include "export/csvfilewriter.h"
#include "export/csvwriter.h"
#include "export/modelsnapshot.h"
#include "export/xlsxworkbookwriter.h"
#include "models/modelroles.h"

QByteArray OrganizationExport::accessCsv(const OrganizationAccess &access, const CsvOptions &options)
{
    CsvWriter writer(options);
    for (const QString &column : OrganizationAccess::csvColumns())
        writer.writeField(column);
    writer.endRecord();
    for (const AccessEntry &entry : access.entries) {
        for (const QString &field : access.csvFields(entry))
            writer.writeField(field);
        writer.endRecord();
    }
    return writer.takeData();
}

QByteArray OrganizationExport::peopleCsv(const OrganizationAccess &access, const CsvOptions &options)
{
    PeopleModel people;
    people.setAccess(std::shared_ptr<const OrganizationAccess>(std::shared_ptr<const OrganizationAccess>(), &access));
    CsvWriter writer(options);
    for (int column = 0; column < people.columnCount(); ++column)
        writer.writeField(people.headerData(column, Qt::Horizontal, ModelRoles::FieldNameRole).toString());
    writer.endRecord();
    for (int row = 0; row < people.rowCount(); ++row) {
        for (int column = 0; column < people.columnCount(); ++column)
            writer.writeField(people.index(row, column).data(ModelRoles::ExportRole).toString());
        writer.endRecord();
    }
    return writer.takeData();
}

ExportTable OrganizationExport::accessTable(const OrganizationAccess &access)
{
    QVector<ExportTable::Column> columns;
    const QStringList names = OrganizationAccess::csvColumns();
    for (const QString &name : names)
        columns.append({name, name == QLatin1String("since") ? ExportTable::ColumnKind::DateTime : ExportTable::ColumnKind::Text});
    ExportTable table(columns);
    table.reserveRows(access.entries.size());
    for (const AccessEntry &entry : access.entries) {
        const QStringList fields = access.csvFields(entry);
        for (int column = 0; column < fields.size(); ++column) {
            if (columns.at(column).kind == ExportTable::ColumnKind::DateTime)
                table.appendTime(entry.since);
            else
                table.appendText(fields.at(column));
        }
    }
    return table;
}

ExportTable OrganizationExport::peopleTable(const OrganizationAccess &access)
{
    PeopleModel people;
    people.setAccess(std::shared_ptr<const OrganizationAccess>(std::shared_ptr<const OrganizationAccess>(), &access));
    ExportTable snapshot = ModelSnapshot::takeAll(&people);
    // Field names head the columns, as in the CSV.
    QVector<ExportTable::Column> columns = snapshot.columns();
    for (int column = 0; column < columns.size(); ++column)
        columns[column].title = people.headerData(column, Qt::Horizontal, ModelRoles::FieldNameRole).toString();
    ExportTable table(columns);
    table.reserveRows(snapshot.rowCount());
    for (qsizetype row = 0; row < snapshot.rowCount(); ++row) {
        for (int column = 0; column < columns.size(); ++column) {
            if (columns.at(column).kind == ExportTable::ColumnKind::DateTime)
                table.appendTime(snapshot.time(row, column));
            else
                table.appendText(snapshot.text(row, column));
        }
    }
    return table;
}

int OrganizationExport::run(const Request &request)
{
    CommandConnection connection;
    if (const auto failed = connection.open(request.demo, request.baseUrl))
        return *failed;
    const std::shared_ptr<const OrganizationAccess> access =
        HeadlessAccessLoad::run(connection.client(), request.includeArchived, request.concurrency);
    if (!access) {
        CommandOutput::error(tr("the organization could not be read."));
        return CommandOutput::ApiFailed;
    }
    HeadlessAccessLoad::reportFailures(*access);
    const bool partial = !access->isComplete();
    if (partial && !request.allowPartial) {
        CommandOutput::error(tr("nothing was written: %n part(s) of the organization could not be read "
                                "(--allow-partial writes the projects that were).",
                                nullptr, int(access->failures.size())));
        return CommandOutput::ApiFailed;
    }
    if (request.format == ExportFormat::Xlsx) {
        XlsxWorkbookWriter workbook(request.output);
        const bool written = request.what == What::Access ? workbook.addSheet(tr("Access"), accessTable(*access))
                                                           : workbook.addSheet(tr("People"), peopleTable(*access));
        if (!written || !workbook.commit()) {
            CommandOutput::error(workbook.errorString());
            return CommandOutput::WriteFailed;
        }
        for (const QString &warning : workbook.warnings())
            CommandOutput::error(tr("warning: %1").arg(warning));
        return partial ? CommandOutput::PartialWritten : CommandOutput::Success;
    }
    const QByteArray csv = request.what == What::Access ? accessCsv(*access, request.csv) : peopleCsv(*access, request.csv);
    if (request.output.isEmpty() || request.output == QLatin1String("-")) {
        if (!CommandOutput::writeToStdout(csv)) {
            CommandOutput::error(tr("could not write to standard output."));
            return CommandOutput::WriteFailed;
        }
    } else {
        QString error;
        if (!CsvFileWriter::write(request.output, csv, &error)) {
            CommandOutput::error(error);
            return CommandOutput::WriteFailed;
        }
    }
    return partial ? CommandOutput::PartialWritten : CommandOutput::Success;
}
