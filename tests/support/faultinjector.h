// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/serverhook.h"
#include "serverfault.h"

#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QVector>

class AdminApiServer;

// Makes an AdminApiServer misbehave as a real server or a proxy may: errors, broken bodies, dropped
// connections, looping cursors, slow answers. Faults apply to authorized GET requests only, the
// first matching fault first; a server with no faults (or no injector) is healthy.
class FaultInjector : public ServerHook
{
public:
    explicit FaultInjector(AdminApiServer &server);
    ~FaultInjector() override;
    FaultInjector(const FaultInjector &) = delete;
    FaultInjector &operator=(const FaultInjector &) = delete;

    void add(const ServerFault &fault) { m_faults.append(fault); }
    void clear();
    // For soaks: each request gets, with `probability`, one fault drawn from `kinds`.
    void setRandom(quint32 seed, double probability, const QVector<ServerFault::Kind> &kinds);
    int injected() const { return m_injected; }

    std::optional<ServerAnswer> requestArrived(const ServerRequest &request) override;
    void pageReady(const ServerRequest &request, ListingPage &page) override;
    void answerReady(const ServerRequest &request, ServerAnswer &answer) override;
    bool deliver(const ServerRequest &request, const ServerAnswer &answer, QTcpSocket *socket) override;

private:
    ServerFault take(const QString &path);
    static std::optional<ServerAnswer> answerFor(const ServerFault &fault);

    QPointer<AdminApiServer> m_server;
    QVector<ServerFault> m_faults;
    QVector<ServerFault::Kind> m_randomKinds;
    double m_randomProbability = 0;
    QRandomGenerator m_random{1};
    QHash<quint64, ServerFault> m_inFlight; // by request serial: the fault chosen when it arrived
    int m_injected = 0;
};
