// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "adminapilistings.h"
#include "demoorganization.h"
#include "listingpage.h"
#include "serveranswer.h"
#include "serverhook.h"
#include "serverrequest.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QUrl>
#include <QVector>

#include <functional>

class QTcpSocket;

// A local HTTP server that speaks the eleven list operations of the OpenAI Admin API over a
// DemoOrganization: the demo mode, every test and every benchmark talk to Roster's real network
// stack through it. It serves the organization faithfully and nothing else; tests watch it or make
// it misbehave through ServerHook.
//
// Paths are declared with QHttpServer::route(). Every handler (and the missing-path handler) takes
// a QHttpServerResponder only for its socket and hands the request to serve(), so every request
// passes the hooks, and answers are written on the socket by the server (or a hook) itself: a hook
// may delay one, write half of one, or none at all, which QHttpServerResponse cannot express.
class AdminApiServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DemoKey = "sk-admin-roster-demo-key";

    explicit AdminApiServer(int bigProjectUsers = 10000, QObject *parent = nullptr);
    ~AdminApiServer() override;

    // Listens on 127.0.0.1 (an ephemeral port when 0). Returns false when the port is taken.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    // What a client uses as its base URL: http://127.0.0.1:PORT/v1
    QUrl baseUrl() const;

    DemoOrganization &organization() { return m_organization; }
    QString adminKey() const { return m_adminKey; }
    void setAdminKey(const QString &key) { m_adminKey = key; }
    // Every answer waits this long, as a remote server would.
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    // Hooks are not owned; one must be removed before it is destroyed. Called in the order added.
    void addHook(ServerHook *hook);
    void removeHook(ServerHook *hook);

private:
    using Handler = std::function<ServerAnswer(const ServerRequest &)>;

    void addRoutes();
    void serve(const QHttpServerRequest &request, QTcpSocket *socket, const Handler &handler);
    ServerRequest describe(const QHttpServerRequest &request) const;
    ServerAnswer answerFor(const ServerRequest &request, const Handler &handler);
    void send(const ServerRequest &request, const ServerAnswer &answer, QTcpSocket *socket);
    void reportBusy(qint64 ns);
    // The error, or the page of the listing the request asks for.
    ServerAnswer page(const ServerRequest &request, const AdminApiListings::Result &listing);

    QHttpServer m_http;
    DemoOrganization m_organization;
    AdminApiListings m_listings{m_organization};
    QString m_adminKey = QString::fromLatin1(DemoKey);
    quint16 m_port = 0;
    QHostAddress m_address;
    int m_latencyMs = 0;
    quint64 m_serial = 0;
    QVector<ServerHook *> m_hooks; // not owned
};
