// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "demoserver/adminapiserver.h"

RequestLog::RequestLog(AdminApiServer &server)
    : m_server(&server)
{
    server.addHook(this);
}

RequestLog::~RequestLog()
{
    if (m_server)
        m_server->removeHook(this);
}

int RequestLog::count(const QString &pathContains) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const ServerRequest &r) { return r.path.contains(pathContains); }));
}

std::optional<ServerAnswer> RequestLog::requestArrived(const ServerRequest &request)
{
    m_requests.append(request);
    return std::nullopt;
}
