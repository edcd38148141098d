#include "exportcommand.h"

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"
#include "export/csvfilewriter.h"
#include "export/tableexport.h"
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
    QString filterText;
    QStringList roles;
    bool excludeRoles = false;
    QString sortColumn;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString output;
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

// A usage error: one line saying what is wrong, one saying where help is.
int badUsage(const QString &message)
{
    printError(message);
    printError(ExportCommand::tr("run “roster export --help” for the options."));
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

} // namespace

int ExportCommand::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("export"))
        arguments.removeAt(1);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the users or groups of an OpenAI project as CSV (RFC 4180, UTF-8).\n"
                                        "The admin key comes from the environment variable %1.\n"
                                        "Exit codes: 0 done, 2 bad usage, 3 the API refused or failed, "
                                        "4 the file could not be written.").arg(QLatin1String(KeyVariable)));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption project(QStringLiteral("project"), tr("The project to export (proj_…)."), tr("ID"));
    const QCommandLineOption what(QStringLiteral("what"), tr("What to export: users (the default) or groups."),
                                  tr("users|groups"), QStringLiteral("users"));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    tr("Only rows where a text column contains TEXT (ignoring case)."), tr("TEXT"));
    const QCommandLineOption role(QStringLiteral("role"), tr("Only users with this role (owner, member, or other)."),
                                  tr("owner|member|other"));
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("Sort by a column, given by its title or API field name (name, email, role, "
                                     "added_at, id, group_name, group_type, created_at, group_id)."),
                                  tr("COLUMN[:asc|desc]"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to FILE (replaced only once complete) "
                                                                 "instead of standard output."), tr("FILE"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("Start with a UTF-8 byte-order mark (for Excel on Windows)."));
    const QCommandLineOption noGuard(QStringLiteral("no-formula-guard"),
                                     tr("Do not put ' before fields starting with = + - @ (spreadsheet formulas)."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), tr("The Admin API's address (default %1).")
                                                                     .arg(QLatin1String(ApiClient::DefaultBaseUrl)),
                                     tr("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Export from the built-in demo organization: "
                                                             "no key and no network needed."));
    parser.addOptions({project, what, filter, role, sort, output, bom, noGuard, baseUrl, demo});

    if (!parser.parse(arguments))
        return badUsage(parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), tr("Usage: roster export [options]"));
        return writeToStdout(text.toUtf8()) ? Success : WriteFailed;
    }
    if (parser.isSet(version))
        return writeToStdout(QByteArrayLiteral("roster " ROSTER_VERSION "\n")) ? Success : WriteFailed;
    if (!parser.positionalArguments().isEmpty())
        return badUsage(tr("unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    Request request;
    request.projectId = parser.value(project).trimmed();
    if (request.projectId.isEmpty())
        return badUsage(tr("--project ID is required (for example --project proj_abc123)."));
    const QString whatValue = parser.value(what).trimmed().toLower();
    if (whatValue != QLatin1String("users") && whatValue != QLatin1String("groups"))
        return badUsage(tr("--what takes users or groups, not “%1”.").arg(parser.value(what)));
    request.groups = whatValue == QLatin1String("groups");
    request.filterText = parser.value(filter);
    if (parser.isSet(role)) {
        const QString value = parser.value(role).trimmed().toLower();
        if (request.groups)
            return badUsage(tr("--role applies to users, not groups."));
        if (value == QLatin1String("other")) {
            request.roles = {QStringLiteral("owner"), QStringLiteral("member")};
            request.excludeRoles = true;
        } else if (value == QLatin1String("owner") || value == QLatin1String("member")) {
            request.roles = {value};
        } else {
            return badUsage(tr("--role takes owner, member or other, not “%1”.").arg(parser.value(role)));
        }
    }
    if (parser.isSet(sort)) {
        const auto spec = parseSort(parser.value(sort));
        if (!spec || spec->first.isEmpty())
            return badUsage(tr("--sort takes COLUMN, COLUMN:asc or COLUMN:desc, not “%1”.").arg(parser.value(sort)));
        request.sortColumn = spec->first;
        request.sortOrder = spec->second;
    }
    request.output = parser.value(output);
    if (parser.isSet(output) && request.output.isEmpty())
        return badUsage(tr("--output needs a file name (or - for standard output)."));
    request.csv.byteOrderMark = parser.isSet(bom);
    request.csv.formulaGuard = !parser.isSet(noGuard);
    request.demo = parser.isSet(demo);
    if (request.demo && parser.isSet(baseUrl))
        return badUsage(tr("--demo and --base-url cannot be used together."));
    if (parser.isSet(baseUrl)) {
        request.baseUrl = QUrl::fromUserInput(parser.value(baseUrl).trimmed());
        const QString problem = ApiClient::baseUrlProblem(request.baseUrl);
        if (!problem.isEmpty())
            return badUsage(tr("--base-url: %1").arg(problem));
    }

    ApiClient client;

    // The model is made first so that a bad --sort column is a usage error before any key is needed.
    std::unique_ptr<PagedTableModel> model;
    if (request.groups)
        model = std::make_unique<ProjectGroupsModel>(&client);
    else
        model = std::make_unique<ProjectUsersModel>(&client);
    int sortColumn = -1;
    if (!request.sortColumn.isEmpty()) {
        sortColumn = model->columnForField(request.sortColumn);
        if (sortColumn < 0)
            return badUsage(tr("--sort: there is no column “%1”; use one of %2 (or a column title).")
                                .arg(request.sortColumn, columnChoices(*model)));
    }

    // The demo organization is served from inside this process, on 127.0.0.1.
    std::unique_ptr<AdminApiServer> demoServer;
    QString key;
    if (request.demo) {
        demoServer = std::make_unique<AdminApiServer>();
        if (!demoServer->start()) {
            printError(tr("could not start the demo server on 127.0.0.1."));
            return ApiFailed;
        }
        request.baseUrl = demoServer->baseUrl();
        key = demoServer->adminKey();
    } else {
        key = qEnvironmentVariable(KeyVariable).trimmed();
        if (key.isEmpty()) {
            printError(tr("no admin key: set the environment variable %1 to an organization admin key "
                          "(sk-admin-…), or try --demo.").arg(QLatin1String(KeyVariable)));
            return ApiFailed;
        }
    }

    client.setBaseUrl(request.baseUrl);
    client.setAdminKey(key);
    model->setQuery(request.groups ? ListingQuery::projectGroups(request.projectId)
                                   : ListingQuery::projectUsers(request.projectId));

    const ApiError error = loadEverything(*model, request.projectId, request.groups ? tr("groups") : tr("users"));
    if (error.isError()) {
        printError(client.redacted(error.toString()));
        return ApiFailed;
    }
    if (model->skippedRows() > 0)
        printError(tr("warning: %n row(s) could not be read and were left out.", nullptr, model->skippedRows()));

    // Filtered and sorted once everything is in: the same proxy the window's table sits on.
    TableFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setFilterText(request.filterText);
    proxy.setCategoryFilter(request.roles, request.excludeRoles);
    if (sortColumn >= 0)
        proxy.sort(sortColumn, request.sortOrder);

    const QByteArray csv = TableExport::allOf(&proxy).toCsv(request.csv);
    if (request.output.isEmpty() || request.output == QLatin1String("-")) {
        if (!writeToStdout(csv)) {
            printError(tr("could not write to standard output."));
            return WriteFailed;
        }
        return Success;
    }
    QString writeError;
    if (!CsvFileWriter::write(request.output, csv, &writeError)) {
        printError(writeError);
        return WriteFailed;
    }
    if (isatty(fileno(stderr)))
        printError(tr("wrote %n row(s) to %1.", nullptr, proxy.rowCount()).arg(request.output));
    return Success;
}
