// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"
#include "export/exportformat.h"
#include "export/exporttable.h"

#include <QCoreApplication>
#include <QUrl>

// `roster export --what access|people`: the organization-wide load, headless, as CSV.
// Exit 0 when every project was read; 3 when one was not, and then nothing is written;
// with allowPartial the complete projects' rows are written and the exit is 5.
class OrganizationExport
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationExport)

public:
    enum class What { Access, People };
    struct Request
    {
        What what = What::Access;
        QString output; // empty or "-": standard output
        ExportFormat format = ExportFormat::Csv;
        CsvOptions csv;
        bool allowPartial = false;
        bool includeArchived = false;
        int concurrency = 4;
        bool demo = false;
        QUrl baseUrl;
    };

    static int run(const Request &request);
    // The access CSV: exactly the columns OrganizationAccess::csvColumns() names.
    static QByteArray accessCsv(const class OrganizationAccess &access, const CsvOptions &options);
    // The people CSV: one row per person, headed by field names.
    static QByteArray peopleCsv(const class OrganizationAccess &access, const CsvOptions &options);
    // The same tables for an XLSX sheet: the same columns, times as date cells.
    static ExportTable accessTable(const class OrganizationAccess &access);
    static ExportTable peopleTable(const class OrganizationAccess &access);
};
