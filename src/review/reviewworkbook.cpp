// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewworkbook.h"

#include "export/tablefilewriter.h"
#include "store/snapshotstore.h"

#include <QFileInfo>

namespace {

void addPair(ExportTable &table, const QString &field, const QString &value)
{
    table.appendText(field);
    table.appendText(value);
}

bool writeTable(ExportFormat format, const QString &path, const QVector<std::pair<QString, const ExportTable *>> &sheets,
                QString *error)
{
    const std::unique_ptr<TableFileWriter> writer = TableFileWriter::create(format, path);
    for (const auto &[name, table] : sheets) {
        if (!writer->beginTable(name, table->columns()) || !writer->appendRows(*table)) {
            *error = writer->errorString();
            writer->cancel();
            return false;
        }
    }
    if (!writer->commit()) {
        *error = writer->errorString();
        return false;
    }
    return true;
}

} // namespace

ReviewWorkbook::Tables ReviewWorkbook::tables(const SnapshotSummary &snapshot, const OrganizationAccess &access,
                                              const std::optional<SnapshotSummary> &previous, const AccessDiff &diff)
{
    using Kind = ExportTable::ColumnKind;
    Tables tables;
    tables.summary = ExportTable({{tr("field"), Kind::Text}, {tr("value"), Kind::Text}});
    ExportTable &s = tables.summary;
    addPair(s, tr("Review date"), snapshot.takenAt.toUTC().toString(Qt::ISODate));
    addPair(s, tr("Organization"), snapshot.baseUrl.toString());
    addPair(s, tr("Snapshot"), QString::number(snapshot.id));
    addPair(s, tr("Label"), snapshot.label);
    addPair(s, tr("Reviewer's note"), snapshot.note);
    addPair(s, tr("Complete"), snapshot.complete ? tr("yes") : tr("no: some projects could not be read"));
    addPair(s, tr("Access rows"), QString::number(snapshot.rows));
    addPair(s, tr("Projects read"), QString::number(snapshot.projects));
    addPair(s, tr("Projects not read"), QString::number(snapshot.failedProjects));
    addPair(s, tr("People"), QString::number(access.people.size()));
    addPair(s, tr("Compared with"),
            previous ? tr("snapshot %1 of %2").arg(previous->id).arg(previous->takenAt.toUTC().toString(Qt::ISODate))
                     : tr("nothing: the first snapshot"));
    addPair(s, tr("Added"), QString::number(diff.added()));
    addPair(s, tr("Removed"), QString::number(diff.removed()));
    addPair(s, tr("Role changes"), QString::number(diff.roleChanged()));
    addPair(s, tr("Changes"), diff.summary());
    for (const OrganizationAccess::Failure &failure : access.failures) {
        addPair(s, tr("Incomplete in this snapshot"),
                failure.projectId.isEmpty() ? failure.reason
                                            : tr("%1 (%2): %3").arg(failure.projectId, failure.projectName, failure.reason));
    }
    for (const AccessDiff::IncompleteProject &project : diff.incompleteProjects())
        addPair(s, tr("Not compared"), tr("%1 (%2): %3").arg(project.projectId, project.projectName, project.reason));

    QVector<ExportTable::Column> accessColumns;
    for (const QString &column : OrganizationAccess::csvColumns())
        accessColumns.append({column, column == QLatin1String("since") ? Kind::DateTime : Kind::Text});
    tables.access = ExportTable(accessColumns);
    tables.access.reserveRows(access.entries.size());
    for (const AccessEntry &entry : access.entries) {
        const QStringList fields = access.csvFields(entry);
        for (int c = 0; c < fields.size(); ++c) {
            if (accessColumns.at(c).kind == Kind::DateTime)
                tables.access.appendTime(entry.since < 0 ? ExportTable::NoTime : entry.since);
            else
                tables.access.appendText(fields.at(c));
        }
    }

    QVector<ExportTable::Column> changeColumns;
    for (const QString &column : AccessDiff::csvColumns())
        changeColumns.append({column, Kind::Text});
    tables.changes = ExportTable(changeColumns);
    for (const AccessChange &change : diff.changes()) {
        for (const QString &field : AccessDiff::csvFields(change))
            tables.changes.appendText(field);
    }
    return tables;
}

QStringList ReviewWorkbook::csvPaths(const QString &xlsxPath)
{
    const QFileInfo info(xlsxPath);
    QString base = info.absolutePath() + QLatin1Char('/') + info.fileName();
    if (base.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        base.chop(5);
    return {base + QStringLiteral("-summary.csv"), base + QStringLiteral("-access.csv"), base + QStringLiteral("-changes.csv")};
}

bool ReviewWorkbook::write(SnapshotStore &store, qint64 snapshotId, const QString &xlsxPath, QString *error,
                           QStringList *written)
{
    const std::optional<SnapshotSummary> snapshot = store.summary(snapshotId);
    const auto access = snapshot ? store.load(snapshotId) : nullptr;
    if (!access) {
        *error = store.errorString();
        return false;
    }
    std::optional<SnapshotSummary> previous;
    AccessDiff diff;
    if (const std::optional<qint64> previousId = store.previous(snapshotId)) {
        previous = store.summary(*previousId);
        const auto before = previous ? store.load(*previousId) : nullptr;
        if (!before) {
            *error = store.errorString();
            return false;
        }
        diff = AccessDiff::compare(*before, *access);
    }
    const Tables t = tables(*snapshot, *access, previous, diff);
    if (!writeTable(ExportFormat::Xlsx, xlsxPath,
                    {{tr("Summary"), &t.summary}, {tr("Access"), &t.access}, {tr("Changes"), &t.changes}}, error))
        return false;
    const QStringList csv = csvPaths(xlsxPath);
    const ExportTable *csvTables[] = {&t.summary, &t.access, &t.changes};
    for (int i = 0; i < csv.size(); ++i) {
        if (!writeTable(ExportFormat::Csv, csv.at(i), {{QString(), csvTables[i]}}, error))
            return false;
    }
    if (written)
        *written = QStringList{xlsxPath} + csv;
    return true;
}
