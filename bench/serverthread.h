// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoorganization.h"

#include <QThread>
#include <QUrl>

class AdminApiServer;
class BusyMeter;
class RequestLog;

// The local Admin API server on its own thread, as a remote server would be: its work to build
// pages does not land on the GUI thread whose stalls the benchmarks measure.
class ServerThread
{
public:
    // An organization of `projectCount` projects, the largest with `bigProjectUsers` users.
    explicit ServerThread(int bigProjectUsers, int projectCount = DemoOrganization::DefaultProjectCount);
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    void setLatencyMs(int ms);
    int requestCount();
    // The server's own time so far (BusyMeter), in milliseconds.
    double busyMs();

private:
    QThread m_thread;
    AdminApiServer *m_server = nullptr; // owned, lives in m_thread
    RequestLog *m_log = nullptr;        // owned, used on m_thread
    BusyMeter *m_busy = nullptr;        // owned, used on m_thread
    QUrl m_baseUrl;
};
