// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>
#include <optional>

class AdminApiServer;

// The API a headless command talks to: the built-in demo organization (served from inside the
// process on 127.0.0.1), or the base URL with the admin key from OPENAI_ADMIN_KEY.
class CommandConnection
{
    Q_DECLARE_TR_FUNCTIONS(CommandConnection)

public:
    static constexpr const char *KeyVariable = "OPENAI_ADMIN_KEY";

    CommandConnection();
    ~CommandConnection();

    // Sets the client up; on failure prints why and returns the exit code (3).
    std::optional<int> open(bool demo, const QUrl &baseUrl);
    ApiClient &client() { return m_client; }

private:
    ApiClient m_client;
    std::unique_ptr<AdminApiServer> m_demoServer;
};
