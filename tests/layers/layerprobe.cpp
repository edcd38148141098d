// SPDX-License-Identifier: GPL-3.0-or-later
// A program that uses one layer, so that the linker keeps what that layer really needs.
#if defined(ROSTER_PROBE_api)
#include "api/apiclient.h"
int main()
{
    ApiClient client;
    return client.baseUrl().isValid() ? 0 : 1;
}
#elif defined(ROSTER_PROBE_models)
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
int main()
{
    TableFilterProxyModel proxy;
    return proxy.rowCount();
}
#elif defined(ROSTER_PROBE_export)
#include "export/csvwriter.h"
int main()
{
    return CsvWriter::isFormulaLike(u"=1") ? 0 : 1;
}
#elif defined(ROSTER_PROBE_store)
#include "store/snapshotstore.h"
int main()
{
    return SnapshotStore::defaultPath().isEmpty() ? 1 : 0;
}
#elif defined(ROSTER_PROBE_review)
#include "review/reviewworkbook.h"
int main()
{
    return ReviewWorkbook::csvPaths(QStringLiteral("a.xlsx")).size() == 3 ? 0 : 1;
}
#elif defined(ROSTER_PROBE_i18n)
#include "i18n/translations.h"
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Translations::install() ? 0 : 1;
}
#elif defined(ROSTER_PROBE_cli)
#include "cli/exportcommand.h"
int main(int argc, char *argv[])
{
    return ExportCommand::run(argc, argv);
}
#endif
