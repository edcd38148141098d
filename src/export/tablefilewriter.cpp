// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefilewriter.h"

#include "csvtablewriter.h"
#include "xlsxworkbookwriter.h"

std::unique_ptr<TableFileWriter> TableFileWriter::create(ExportFormat format, const QString &path, const CsvOptions &csv)
{
    if (format == ExportFormat::Xlsx)
        return std::make_unique<XlsxWorkbookWriter>(path);
    return std::make_unique<CsvTableWriter>(path, csv);
}
