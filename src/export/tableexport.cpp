// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "csvwriter.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>

#include <numeric>

namespace {
// Rows written before the buffer is sized from their average length.
constexpr int SampleRows = 64;

void writeTable(const TableExport &table, CsvWriter &writer)
{
    const QAbstractItemModel *model = table.model;
    if (!model)
        return;
    for (int column : table.columns)
        writer.writeField(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.endRecord();

    const qsizetype headerBytes = writer.data().size();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        if (i == SampleRows) {
            // One allocation for the rest, with a little to spare for longer rows.
            const qsizetype perRow = (writer.data().size() - headerBytes) / SampleRows + 1;
            writer.reserve((table.rows.size() - i) * perRow * 9 / 8);
        }
        const int row = table.rows.at(i);
        for (int column : table.columns) {
            // The variant shares the model's own QString: no copy of the text.
            writer.writeField(model->data(model->index(row, column), ModelRoles::ExportRole).toString());
        }
        writer.endRecord();
    }
}
} // namespace

TableExport TableExport::allOf(const QAbstractItemModel *model)
{
    TableExport table;
    table.model = model;
    if (!model)
        return table;
    table.rows.resize(model->rowCount());
    std::iota(table.rows.begin(), table.rows.end(), 0);
    table.columns.resize(model->columnCount());
    std::iota(table.columns.begin(), table.columns.end(), 0);
    return table;
}

QString TableExport::suggestedFileName(const QString &projectId, const QString &what, const QDate &date)
{
    return suggestedFileName((projectId.isEmpty() ? QStringLiteral("roster") : projectId) + QLatin1Char('-') + what, date,
                             ExportFormat::Csv);
}

QString TableExport::suggestedFileName(const QString &baseName, const QDate &date, ExportFormat format)
{
    QString name = baseName + QLatin1Char('-') + date.toString(Qt::ISODate);
    for (QChar &c : name) {
        if (c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    return name + QLatin1Char('.') + exportFormatName(format);
}

QByteArray TableExport::toCsv(const CsvOptions &options) const
{
    CsvWriter writer(options);
    writeTable(*this, writer);
    return writer.takeData();
}

QString TableExport::toTsv() const
{
    // Guarded like a file by default: a spreadsheet evaluates pasted text as it would a cell typed in.
    return toTsv(CsvOptions().formulaGuard);
}

QString TableExport::toTsv(bool formulaGuard) const
{
    CsvWriter writer = CsvWriter::tabSeparated(formulaGuard);
    writeTable(*this, writer);
    return QString::fromUtf8(writer.data());
}
