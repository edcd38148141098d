// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverthread.h"

#include "busymeter.h"
#include "demoserver/adminapiserver.h"
#include "requestlog.h"

ServerThread::ServerThread(int bigProjectUsers, int projectCount)
    : m_server(new AdminApiServer(bigProjectUsers))
{
    m_server->organization().setProjectCount(projectCount);
    m_server->moveToThread(&m_thread);
    m_thread.start();
    bool started = false;
    QMetaObject::invokeMethod(
        m_server, [&] {
            m_log = new RequestLog(*m_server);
            m_busy = new BusyMeter(*m_server);
            started = m_server->start();
            m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        qFatal("roster-bench: cannot listen on 127.0.0.1");
}

ServerThread::~ServerThread()
{
    QMetaObject::invokeMethod(m_server, [this] {
        delete m_log;
        delete m_busy;
        delete m_server;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerThread::setLatencyMs(int ms)
{
    QMetaObject::invokeMethod(m_server, [this, ms] { m_server->setLatencyMs(ms); }, Qt::BlockingQueuedConnection);
}

int ServerThread::requestCount()
{
    int count = 0;
    QMetaObject::invokeMethod(m_server, [&] { count = m_log->count(); }, Qt::BlockingQueuedConnection);
    return count;
}

double ServerThread::busyMs()
{
    qint64 ns = 0;
    QMetaObject::invokeMethod(m_server, [&] { ns = m_busy->busyNs(); }, Qt::BlockingQueuedConnection);
    return ns / 1e6;
}
