// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/serverhook.h"

#include <QPointer>

class AdminApiServer;

// The server's own share of a listing's time: reading requests, building and writing answers, and
// waking late from the added latency (not the latency itself). Benchmarks subtract it.
class BusyMeter : public ServerHook
{
public:
    explicit BusyMeter(AdminApiServer &server);
    ~BusyMeter() override;
    BusyMeter(const BusyMeter &) = delete;
    BusyMeter &operator=(const BusyMeter &) = delete;

    qint64 busyNs() const { return m_busyNs; }

    void busy(qint64 ns) override { m_busyNs += ns; }

private:
    QPointer<AdminApiServer> m_server;
    qint64 m_busyNs = 0;
};
