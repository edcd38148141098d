#pragma once

#include "demoorganization.h"
#include "serverfault.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

class QTcpSocket;

// A local HTTP server that speaks the five list operations of the OpenAI Admin API
// (shared/api/NOTES.md) over a DemoOrganization: the demo mode, every test and every
// benchmark talk to Roster's real network stack through it.
class AdminApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr const char *DemoKey = "sk-admin-roster-demo-key";

    struct LoggedRequest
    {
        QString path;
        QUrlQuery query;
        bool hadAuthorization = false;
        bool authorized = false;
        QByteArray userAgent;
        QByteArray accept;
        QByteArray authorizationScheme; // "Bearer", never the credential itself
    };

    explicit AdminApiServer(int bigProjectUsers = 10000, QObject *parent = nullptr);

    // Listens on 127.0.0.1 (an ephemeral port when 0). Returns false when the port is taken.
    bool start(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const { return m_port; }
    // What a client uses as its base URL: http://127.0.0.1:PORT/v1
    QUrl baseUrl() const;

    DemoOrganization &organization() { return m_organization; }
    QString adminKey() const { return m_adminKey; }
    void setAdminKey(const QString &key) { m_adminKey = key; }

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    void addFault(const ServerFault &fault) { m_faults.append(fault); }
    void clearFaults() { m_faults.clear(); m_randomFaults.clear(); }
    // For soaks: each request gets, with `probability`, one fault drawn from `kinds`.
    void setRandomFaults(quint32 seed, double probability, const QVector<ServerFault::Kind> &kinds);

    const QVector<LoggedRequest> &requests() const { return m_requests; }
    int requestCount(const QString &pathContains = {}) const;
    void clearRequests() { m_requests.clear(); }
    int faultsInjected() const { return m_faultsInjected; }
    // Time spent reading requests and building and writing answers, and waking late from the
    // added latency (not the latency itself): the server's own share of a listing's time,
    // which benchmarks subtract.
    qint64 busyNs() const { return m_busyNs; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Listing
    {
        int count = 0;
        bool cursorIds = true;     // envelope style A
        bool descending = false;
        QString idPrefix;
        std::function<QJsonObject(int)> item; // by index
        std::function<int(const QString &)> indexOf;
        int minLimit = 1;
        int maxLimit = 100;
        int defaultLimit = 20; // the spec's default when `limit` is not sent
    };

    ServerFault takeFault(const QString &path);
    Answer route(const QString &path, const QUrlQuery &query, const ServerFault &fault);
    Answer page(const Listing &listing, const QUrlQuery &query, const ServerFault &fault);
    static Answer error(int status, const QString &message, const QString &type,
                        const QString &param = {}, const QString &code = {});
    void send(QTcpSocket *socket, const Answer &answer, const ServerFault &fault);

    DemoOrganization m_organization;
    QString m_adminKey = QString::fromLatin1(DemoKey);
    quint16 m_port = 0;
    QHostAddress m_address;
    int m_latencyMs = 0;
    QVector<ServerFault> m_faults;
    QVector<ServerFault::Kind> m_randomFaults;
    double m_randomProbability = 0;
    QRandomGenerator m_random;
    QVector<LoggedRequest> m_requests;
    int m_faultsInjected = 0;
    qint64 m_busyNs = 0;
};
