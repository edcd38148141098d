// SPDX-License-Identifier: GPL-3.0-or-later
#include "busymeter.h"

#include "demoserver/adminapiserver.h"

BusyMeter::BusyMeter(AdminApiServer &server)
    : m_server(&server)
{
    server.addHook(this);
}

BusyMeter::~BusyMeter()
{
    if (m_server)
        m_server->removeHook(this);
}
