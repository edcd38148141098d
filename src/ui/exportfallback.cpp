// TEMPORARY, branch `ui` only: a minimal stand-in for the export library (src/export/*.cpp,
// written on another branch) so the window links and its tests run before the merge.
// src/ui/sources.cmake compiles this file only while src/export/tableexport.cpp does not exist;
// delete it once the real library is merged.

#include "export/csvfilewriter.h"
#include "export/tableexport.h"
#include "models/modelroles.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace {
QString csvField(QString text, bool guard)
{
    if (guard && !text.isEmpty()
        && QStringLiteral("=+-@\t\r").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString tsvField(QString text)
{
    if (text.contains(QLatin1Char('\t')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))
        || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

TableExport TableExport::allOf(const QAbstractItemModel *model)
{
    TableExport table;
    table.model = model;
    for (int row = 0; row < model->rowCount(); ++row)
        table.rows.append(row);
    for (int column = 0; column < model->columnCount(); ++column)
        table.columns.append(column);
    return table;
}

QByteArray TableExport::toCsv(const CsvOptions &options) const
{
    QString out;
    QStringList fields;
    for (int column : columns)
        fields << csvField(model->headerData(column, Qt::Horizontal).toString(), options.formulaGuard);
    out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row : rows) {
        fields.clear();
        for (int column : columns)
            fields << csvField(model->index(row, column).data(ModelRoles::ExportRole).toString(), options.formulaGuard);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QString TableExport::toTsv() const
{
    QString out;
    QStringList fields;
    for (int column : columns)
        fields << tsvField(model->headerData(column, Qt::Horizontal).toString());
    out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int row : rows) {
        fields.clear();
        for (int column : columns)
            fields << tsvField(model->index(row, column).data(ModelRoles::ExportRole).toString());
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

bool CsvFileWriter::write(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}
