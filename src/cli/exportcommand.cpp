// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "export/csvfilewriter.h"
#include "export/exportformat.h"
#include "export/modelsnapshot.h"
#include "export/tableexport.h"
#include "organizationexport.h"
#include "i18n/translations.h"
#include "export/xlsxworkbookwriter.h"
#include "models/modelroles.h"
#include "models/projectgroupsmodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

namespace {

const char *const KeyVariable = "OPENAI_ADMIN_KEY";

// Everything the command line asked for, checked.
struct Request
{
    QString projectId;
    bool groups = false;
    // --what access or people: the whole organization.
    std::optional<OrganizationExport::What> organization;
    bool allowPartial = false;
    bool includeArchived = false;
    int concurrency = 4;
    QString filterText;
    QStringList roles;
    bool excludeRoles = false;
    QString sortColumn;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString output;
    ExportFormat format = ExportFormat::Csv;
    CsvOptions csv;
    QUrl baseUrl{QString::fromLatin1(ApiClient::DefaultBaseUrl)};
    bool demo = false;
};

void printError(const QString &message)
{
    const QByteArray line = QByteArrayLiteral("roster: ") + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

// A usage error: one line saying what is wrong and where help is.
int badUsage(const QString &message)
{
    printError(message + QLatin1Char(' ') + ExportCommand::tr("(“roster export --help” lists the options)"));
    return ExportCommand::BadUsage;
}

bool writeToStdout(const QByteArray &data)
{
    return std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size())
        && std::fflush(stdout) == 0;
}

// "name", "added_at:desc", "Added:asc" -> column text and order; nullopt for a bad order word.
std::optional<std::pair<QString, Qt::SortOrder>> parseSort(const QString &spec)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::make_pair(spec.trimmed(), Qt::AscendingOrder);
    const QString order = spec.mid(colon + 1).trimmed().toLower();
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return std::nullopt;
    return std::make_pair(spec.left(colon).trimmed(),
                          order == QLatin1String("desc") ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QString columnChoices(const PagedTableModel &model)
{
    QStringList names;
    for (int column = 0; column < model.columnCount(); ++column)
        names << model.headerData(column, Qt::Horizontal, ModelRoles::FieldNameRole).toString();
    return names.join(QLatin1String(", "));
}

// Loads every page; returns the error that stopped it, if any.
ApiError loadEverything(PagedTableModel &model, const QString &projectId, const QString &what)
{
    const bool showProgress = isatty(fileno(stderr));
    QEventLoop loop;
    ApiError error;
    bool finished = false;
    bool complete = false;
    bool progressShown = false;
    QObject::connect(&model, &PagedTableModel::errorOccurred, &loop, [&](const ApiError &e) { error = e; });
    QObject::connect(&model, &PagedTableModel::loadAllFinished, &loop, [&](bool whole) {
        finished = true;
        complete = whole;
        loop.quit();
    });
    if (showProgress) {
        QObject::connect(&model, &PagedTableModel::loadAllProgress, &loop, [&](int rows) {
            std::fprintf(stderr, "\r%s", qPrintable(ExportCommand::tr("Loading the %1 of %2: %3 rows…")
                                                        .arg(what, projectId).arg(rows)));
            progressShown = true;
        });
        QObject::connect(&model, &PagedTableModel::retrying, &loop, [&](int attempt, int delayMs, const ApiError &e) {
            std::fprintf(stderr, "\n%s\n", qPrintable(ExportCommand::tr("%1 Trying again (attempt %2) in %3 s.")
                                                          .arg(e.toString()).arg(attempt).arg(delayMs / 1000.0)));
        });
    }
    model.loadAll();
    if (!finished)
        loop.exec();
    if (progressShown)
        std::fputs("\n", stderr);
    if (!complete && !error.isError())
        error = ApiError(ApiError::Kind::Cancelled, 0, ExportCommand::tr("The listing stopped before its end."));
    return error;
}

// The command line's options, declared once for parsing and for --help.
struct Options
{
    QCommandLineParser &parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption project{QStringLiteral("project"), ExportCommand::tr("The project to export (proj_…)."),
                               ExportCommand::tr("ID")};
    QCommandLineOption what{QStringLiteral("what"),
                            ExportCommand::tr("What to export: a project's users (the default) or groups; or, across "
                                              "the whole organization, every access row (access) or every person (people)."),
                            ExportCommand::tr("users|groups|access|people"), QStringLiteral("users")};
    QCommandLineOption allowPartial{QStringLiteral("allow-partial"),
                                    ExportCommand::tr("With access or people: when some projects cannot be read, write "
                                                      "the others' rows anyway and exit with 5.")};
    QCommandLineOption includeArchived{QStringLiteral("include-archived"),
                                       ExportCommand::tr("With access or people: read archived projects too.")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   ExportCommand::tr("With access or people: listings read at once (default 4)."),
                                   ExportCommand::tr("N"), QStringLiteral("4")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              ExportCommand::tr("Only rows where a text column contains TEXT (ignoring case)."),
                              ExportCommand::tr("TEXT")};
    QCommandLineOption role{QStringLiteral("role"),
                            ExportCommand::tr("Only users with this role (owner, member, or other)."),
                            ExportCommand::tr("owner|member|other")};
    QCommandLineOption sort{QStringLiteral("sort"),
                            ExportCommand::tr("Sort by a column, given by its title or API field name (name, email, "
                                              "role, added_at, id, group_name, group_type, created_at, group_id)."),
                            ExportCommand::tr("COLUMN[:asc|desc]")};
    QCommandLineOption output{QStringLiteral("output"),
                              ExportCommand::tr("Write to FILE (replaced only once complete) instead of standard output."),
                              ExportCommand::tr("FILE")};
    QCommandLineOption format{QStringLiteral("format"),
                              ExportCommand::tr("The file format: csv (the default) or xlsx (an Excel workbook; needs "
                                                "--output FILE). Without --format, an --output name ending in .xlsx "
                                                "means xlsx. --bom and --no-formula-guard apply to CSV only."),
                              ExportCommand::tr("csv|xlsx")};
    QCommandLineOption bom{QStringLiteral("bom"),
                           ExportCommand::tr("Start with a UTF-8 byte-order mark (for Excel on Windows).")};
    QCommandLineOption noGuard{QStringLiteral("no-formula-guard"),
                               ExportCommand::tr("Do not put ' before fields starting with = + - @ (spreadsheet formulas).")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               ExportCommand::tr("The Admin API's address (default %1).")
                                   .arg(QLatin1String(ApiClient::DefaultBaseUrl)),
                               ExportCommand::tr("URL")};
    QCommandLineOption demo{QStringLiteral("demo"), ExportCommand::tr("Export from the built-in demo organization: "
                                                                      "no key and no network needed.")};

    explicit Options(QCommandLineParser &commandLine)
        : parser(commandLine)
    {
        parser.setApplicationDescription(
            ExportCommand::tr("Writes the users or groups of an OpenAI project as CSV (RFC 4180, UTF-8) or as an\n"
                              "XLSX workbook (exact text in text cells, times as date cells in UTC).\n"
                              "The admin key comes from the environment variable %1.\n"
                              "Exit codes: 0 done, 2 bad usage, 3 the API refused or failed (for access and "
                              "people: a project could not be read, and nothing was written), 4 the file could not "
                              "be written, 5 written with --allow-partial while some projects could not be read.")
                .arg(QLatin1String(KeyVariable)));
        parser.addOptions({project, what, filter, role, sort, output, format, bom, noGuard, baseUrl, demo,
                           allowPartial, includeArchived, concurrency});
    }
};

// Checks the options into `request`; returns an exit code when there is nothing to run.
std::optional<int> readRequest(const QCommandLineParser &parser, const Options &options, Request &request)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(ExportCommand::tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    const QString what = parser.value(options.what).trimmed().toLower();
    if (what == QLatin1String("access"))
        request.organization = OrganizationExport::What::Access;
    else if (what == QLatin1String("people"))
        request.organization = OrganizationExport::What::People;
    else if (what != QLatin1String("users") && what != QLatin1String("groups"))
        return badUsage(ExportCommand::tr("--what takes users, groups, access or people, not “%1”.").arg(parser.value(options.what)));
    request.groups = what == QLatin1String("groups");
    request.projectId = parser.value(options.project).trimmed();
    if (request.organization) {
        for (const QCommandLineOption *projectOnly : {&options.project, &options.filter, &options.role, &options.sort}) {
            if (parser.isSet(*projectOnly))
                return badUsage(ExportCommand::tr("--%1 applies to a project's users or groups, not to --what %2.")
                                    .arg(projectOnly->names().constFirst(), what));
        }
        bool ok = false;
        request.concurrency = parser.value(options.concurrency).toInt(&ok);
        if (!ok || request.concurrency < 1 || request.concurrency > 16)
            return badUsage(ExportCommand::tr("--concurrency takes a number from 1 to 16, not “%1”.").arg(parser.value(options.concurrency)));
        request.allowPartial = parser.isSet(options.allowPartial);
        request.includeArchived = parser.isSet(options.includeArchived);
    } else {
        for (const QCommandLineOption *organizationOnly : {&options.allowPartial, &options.includeArchived, &options.concurrency}) {
            if (parser.isSet(*organizationOnly))
                return badUsage(ExportCommand::tr("--%1 applies to --what access or people.").arg(organizationOnly->names().constFirst()));
        }
        if (request.projectId.isEmpty())
            return badUsage(ExportCommand::tr("--project ID is required (for example --project proj_abc123)."));
    }
    request.filterText = parser.value(options.filter);
    if (parser.isSet(options.role)) {
        const QString role = parser.value(options.role).trimmed().toLower();
        if (request.groups)
            return badUsage(ExportCommand::tr("--role applies to users, not groups."));
        const QVector<ColumnTableModel::Category> choices = ProjectUsersModel::roleCategories();
        const auto chosen = std::find_if(choices.cbegin(), choices.cend(), [&](const ColumnTableModel::Category &c) {
            return !c.keyword.isEmpty() && c.keyword == role;
        });
        if (chosen == choices.cend())
            return badUsage(ExportCommand::tr("--role takes owner, member or other, not “%1”.").arg(parser.value(options.role)));
        request.roles = chosen->values;
        request.excludeRoles = chosen->exclude;
    }
    if (parser.isSet(options.sort)) {
        const auto spec = parseSort(parser.value(options.sort));
        if (!spec || spec->first.isEmpty())
            return badUsage(ExportCommand::tr("--sort takes COLUMN, COLUMN:asc or COLUMN:desc, not “%1”.")
                                .arg(parser.value(options.sort)));
        request.sortColumn = spec->first;
        request.sortOrder = spec->second;
    }
    request.output = parser.value(options.output);
    if (parser.isSet(options.output) && request.output.isEmpty())
        return badUsage(ExportCommand::tr("--output needs a file name (or - for standard output)."));
    const bool toStdout = request.output.isEmpty() || request.output == QLatin1String("-");
    if (parser.isSet(options.format)) {
        const std::optional<ExportFormat> format = exportFormatFromName(parser.value(options.format));
        if (!format)
            return badUsage(ExportCommand::tr("--format takes csv or xlsx, not “%1”.").arg(parser.value(options.format)));
        request.format = *format;
    } else if (!toStdout) {
        request.format = exportFormatOfFileName(request.output).value_or(ExportFormat::Csv);
    }
    if (request.format == ExportFormat::Xlsx && toStdout)
        return badUsage(ExportCommand::tr("an XLSX workbook is not written to standard output; give --output FILE.xlsx."));
    request.csv.byteOrderMark = parser.isSet(options.bom);
    request.csv.formulaGuard = !parser.isSet(options.noGuard);
    request.demo = parser.isSet(options.demo);
    if (request.demo && parser.isSet(options.baseUrl))
        return badUsage(ExportCommand::tr("--demo and --base-url cannot be used together."));
    if (parser.isSet(options.baseUrl)) {
        request.baseUrl = QUrl::fromUserInput(parser.value(options.baseUrl).trimmed());
        const QString problem = ApiClient::baseUrlProblem(request.baseUrl);
        if (!problem.isEmpty())
            return badUsage(ExportCommand::tr("--base-url: %1").arg(problem));
    }
    return std::nullopt;
}

int writeCsv(const QByteArray &csv, const QString &output, int rows)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        if (writeToStdout(csv))
            return ExportCommand::Success;
        printError(ExportCommand::tr("could not write to standard output."));
        return ExportCommand::WriteFailed;
    }
    QString error;
    if (!CsvFileWriter::write(output, csv, &error)) {
        printError(error);
        return ExportCommand::WriteFailed;
    }
    if (isatty(fileno(stderr)))
        printError(ExportCommand::tr("wrote %n row(s) to %1.", nullptr, rows).arg(output));
    return ExportCommand::Success;
}

int writeXlsx(const QAbstractItemModel &table, const QString &sheetName, const QString &output)
{
    XlsxWorkbookWriter workbook(output);
    if (!workbook.addSheet(sheetName, ModelSnapshot::takeAll(&table)) || !workbook.commit()) {
        printError(workbook.errorString());
        return ExportCommand::WriteFailed;
    }
    for (const QString &warning : workbook.warnings())
        printError(ExportCommand::tr("warning: %1").arg(warning));
    if (isatty(fileno(stderr)))
        printError(ExportCommand::tr("wrote %n row(s) to %1.", nullptr, table.rowCount()).arg(output));
    return ExportCommand::Success;
}

int exportProject(Request request)
{
    ApiClient client;
    // The model comes first so that a bad --sort column is a usage error before any key is needed.
    // Its column titles are the file's header row and --sort's names, the command's interface to
    // scripts: the same in every language, so the model is made without Roster's translation.
    Translations::remove();
    std::unique_ptr<PagedTableModel> model;
    if (request.groups)
        model = std::make_unique<ProjectGroupsModel>(&client);
    else
        model = std::make_unique<ProjectUsersModel>(&client);
    Translations::install();
    int sortColumn = -1;
    if (!request.sortColumn.isEmpty()) {
        sortColumn = model->columnForField(request.sortColumn);
        if (sortColumn < 0)
            return badUsage(ExportCommand::tr("--sort: there is no column “%1”; use one of %2 (or a column title).")
                                .arg(request.sortColumn, columnChoices(*model)));
    }

    // The demo organization is served from inside this process, on 127.0.0.1.
    std::unique_ptr<AdminApiServer> demoServer;
    QString key;
    if (request.demo) {
        demoServer = std::make_unique<AdminApiServer>();
        if (!demoServer->start()) {
            printError(ExportCommand::tr("could not start the demo server on 127.0.0.1."));
            return ExportCommand::ApiFailed;
        }
        request.baseUrl = demoServer->baseUrl();
        key = demoServer->adminKey();
    } else {
        key = qEnvironmentVariable(KeyVariable).trimmed();
        if (key.isEmpty()) {
            printError(ExportCommand::tr("no admin key: set the environment variable %1 to an organization admin key "
                              "(sk-admin-…), or try --demo.").arg(QLatin1String(KeyVariable)));
            return ExportCommand::ApiFailed;
        }
    }
    client.setBaseUrl(request.baseUrl);
    client.setAdminKey(key);
    model->setQuery(request.groups ? ListingQuery::projectGroups(request.projectId)
                                   : ListingQuery::projectUsers(request.projectId));

    const ApiError error = loadEverything(*model, request.projectId, request.groups ? ExportCommand::tr("groups") : ExportCommand::tr("users"));
    if (error.isError()) {
        printError(client.redacted(error.toString()));
        return ExportCommand::ApiFailed;
    }
    if (model->skippedRows() > 0)
        printError(ExportCommand::tr("warning: %n row(s) could not be read and were left out.", nullptr, model->skippedRows()));

    // Filtered and sorted once everything is in: the same proxy the window's table sits on. Set
    // up before it is given the rows, which it then filters and sorts at once: given them first,
    // it would work a filter or sort over many rows out on the workers, a few turns later, as the
    // window does, and every row is read next.
    TableFilterProxyModel proxy;
    proxy.setFilterText(request.filterText);
    proxy.setCategoryFilter(request.roles, request.excludeRoles);
    if (sortColumn >= 0)
        proxy.sort(sortColumn, request.sortOrder);
    proxy.setSourceModel(model.get());
    if (request.format == ExportFormat::Xlsx)
        return writeXlsx(proxy, request.groups ? ExportCommand::tr("Groups") : ExportCommand::tr("Users"), request.output);
    return writeCsv(TableExport::allOf(&proxy).toCsv(request.csv), request.output, proxy.rowCount());
}

} // namespace

int ExportCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    Translations::install();

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export"))
        arguments.removeAt(1);

    QCommandLineParser parser;
    const Options options(parser);
    if (!parser.parse(arguments))
        return badUsage(parser.errorText());
    if (parser.isSet(options.help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), tr("Usage: roster export [options]"));
        return writeToStdout(text.toUtf8()) ? Success : WriteFailed;
    }
    if (parser.isSet(options.version))
        return writeToStdout(QByteArrayLiteral("roster " ROSTER_VERSION "\n")) ? Success : WriteFailed;

    Request request;
    if (const std::optional<int> exitCode = readRequest(parser, options, request))
        return *exitCode;
    if (request.organization) {
        OrganizationExport::Request organization;
        organization.what = *request.organization;
        organization.output = request.output;
        organization.format = request.format;
        organization.csv = request.csv;
        organization.allowPartial = request.allowPartial;
        organization.includeArchived = request.includeArchived;
        organization.concurrency = request.concurrency;
        organization.demo = request.demo;
        organization.baseUrl = request.baseUrl;
        return OrganizationExport::run(organization);
    }
    return exportProject(request);
}
