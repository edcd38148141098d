// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserversession.h"

#include "demoserver/adminapiserver.h"

DemoServerSession::DemoServerSession(QObject *parent)
    : QObject(parent)
{
}

DemoServerSession::~DemoServerSession() = default;

bool DemoServerSession::start()
{
    if (m_server)
        return true;
    auto server = std::make_unique<AdminApiServer>();
    if (!server->start())
        return false;
    m_server = std::move(server);
    return true;
}

bool DemoServerSession::isRunning() const
{
    return bool(m_server);
}

QUrl DemoServerSession::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

QString DemoServerSession::key() const
{
    return m_server ? m_server->adminKey() : QString();
}

QString DemoServerSession::defaultProjectId() const
{
    return m_server ? m_server->organization().defaultProjectId() : QString();
}
