// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// The file formats an export writes.
enum class ExportFormat {
    Csv,  // RFC 4180, UTF-8 (CsvWriter)
    Xlsx, // an Excel workbook (XlsxWorkbookWriter)
};

// "csv" or "xlsx": the file name's suffix and the command line's --format word.
inline QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

// The format a word names ("csv", "XLSX"), or none.
inline std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString word = name.trimmed().toLower();
    if (word == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (word == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

// The format a file name's suffix names (".xlsx" is XLSX), or none.
inline std::optional<ExportFormat> exportFormatOfFileName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || fileName.indexOf(QLatin1Char('/'), dot) >= 0)
        return std::nullopt;
    return exportFormatFromName(fileName.mid(dot + 1));
}
