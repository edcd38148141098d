// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandconnection.h"

#include "commandoutput.h"

#include "demoserver/adminapiserver.h"

CommandConnection::CommandConnection() = default;
CommandConnection::~CommandConnection() = default;

std::optional<int> CommandConnection::open(bool demo, const QUrl &baseUrl)
{
    QString key;
    QUrl url = baseUrl;
    if (demo) {
        m_demoServer = std::make_unique<AdminApiServer>();
        if (!m_demoServer->start()) {
            CommandOutput::error(tr("could not start the demo server on 127.0.0.1."));
            return CommandOutput::ApiFailed;
        }
        url = m_demoServer->baseUrl();
        key = m_demoServer->adminKey();
    } else {
        key = qEnvironmentVariable(KeyVariable).trimmed();
        if (key.isEmpty()) {
            CommandOutput::error(tr("no admin key: set the environment variable %1 to an organization admin key "
                                    "(sk-admin-…), or try --demo.")
                                     .arg(QLatin1String(KeyVariable)));
            return CommandOutput::ApiFailed;
        }
    }
    m_client.setBaseUrl(url);
    m_client.setAdminKey(key);
    return std::nullopt;
}
