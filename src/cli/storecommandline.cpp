// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommandline.h"

#include "commandoutput.h"

#include "i18n/translations.h"

#include "api/apiclient.h"
#include "store/snapshotstore.h"

StoreCommandLine::StoreCommandLine(const QString &command, const QString &description, const QString &usage)
    : m_command(command)
    , m_usage(usage)
    , m_help(m_parser.addHelpOption())
    , m_version(m_parser.addVersionOption())
    , m_db(QStringLiteral("db"), tr("The snapshot store (default %1).").arg(SnapshotStore::defaultPath()), tr("FILE"))
    , m_demo(QStringLiteral("demo"), tr("Read the built-in demo organization (served on 127.0.0.1 by this process)."))
    , m_baseUrl(QStringLiteral("base-url"),
                tr("The Admin API's base URL (default %1); the admin key comes from %2.")
                    .arg(QString::fromLatin1(ApiClient::DefaultBaseUrl), QStringLiteral("OPENAI_ADMIN_KEY")),
                tr("URL"))
    , m_includeArchived(QStringLiteral("include-archived"), tr("Read archived projects too."))
    , m_concurrency(QStringLiteral("concurrency"), tr("Listings read at once (default 4)."), tr("N"), QStringLiteral("4"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_db);
}

void StoreCommandLine::addLiveOptions()
{
    m_live = true;
    m_parser.addOptions({m_demo, m_baseUrl, m_includeArchived, m_concurrency});
}

int StoreCommandLine::badUsage(const QString &message) const
{
    CommandOutput::error(message + QLatin1Char(' ') + tr("(“roster %1 --help” lists the options)").arg(m_command));
    return CommandOutput::BadUsage;
}

std::optional<int> StoreCommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return badUsage(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        QString text = m_parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), m_usage);
        return CommandOutput::writeToStdout(text.toUtf8()) ? CommandOutput::Success : CommandOutput::WriteFailed;
    }
    if (m_parser.isSet(m_version))
        return CommandOutput::writeToStdout(QByteArrayLiteral("roster " ROSTER_VERSION "\n")) ? CommandOutput::Success
                                                                                               : CommandOutput::WriteFailed;
    if (m_parser.isSet(m_db) && m_parser.value(m_db).isEmpty())
        return badUsage(tr("--db needs a file name."));
    return std::nullopt;
}

QString StoreCommandLine::dbPath() const
{
    return m_parser.isSet(m_db) ? m_parser.value(m_db) : SnapshotStore::defaultPath();
}

std::optional<int> StoreCommandLine::readLive(Live *live) const
{
    live->demo = m_parser.isSet(m_demo);
    live->includeArchived = m_parser.isSet(m_includeArchived);
    bool ok = false;
    live->concurrency = m_parser.value(m_concurrency).toInt(&ok);
    if (!ok || live->concurrency < 1 || live->concurrency > 16)
        return badUsage(tr("--concurrency takes a number from 1 to 16, not “%1”.").arg(m_parser.value(m_concurrency)));
    if (live->demo && m_parser.isSet(m_baseUrl))
        return badUsage(tr("--demo and --base-url cannot be used together."));
    live->baseUrl = QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    if (m_parser.isSet(m_baseUrl)) {
        live->baseUrl = QUrl::fromUserInput(m_parser.value(m_baseUrl).trimmed());
        const QString problem = ApiClient::baseUrlProblem(live->baseUrl);
        if (!problem.isEmpty())
            return badUsage(tr("--base-url: %1").arg(problem));
    }
    return std::nullopt;
}

QStringList StoreCommandLine::setUpApplication(const QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    Translations::install();
    QStringList arguments = app.arguments();
    arguments.removeAt(1);
    return arguments;
}
