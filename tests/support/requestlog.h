// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/serverhook.h"

#include <QPointer>
#include <QVector>

class AdminApiServer;

// Every request an AdminApiServer received, in order, as the server saw it (never the key itself).
class RequestLog : public ServerHook
{
public:
    explicit RequestLog(AdminApiServer &server);
    ~RequestLog() override;
    RequestLog(const RequestLog &) = delete;
    RequestLog &operator=(const RequestLog &) = delete;

    const QVector<ServerRequest> &requests() const { return m_requests; }
    // Requests whose path contains `pathContains` ("" counts them all).
    int count(const QString &pathContains = {}) const;
    void clear() { m_requests.clear(); }

    std::optional<ServerAnswer> requestArrived(const ServerRequest &request) override;

private:
    QPointer<AdminApiServer> m_server;
    QVector<ServerRequest> m_requests;
};
