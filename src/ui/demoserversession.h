// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class AdminApiServer;

// The built-in demo: an AdminApiServer on 127.0.0.1 inside the app, for trying Roster without
// an organization. Its key is the server's own demo key and is never stored.
class DemoServerSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoServerSession(QObject *parent = nullptr);
    ~DemoServerSession() override;

    // Listens on an ephemeral loopback port; false when that fails.
    bool start();
    bool isRunning() const;
    QUrl baseUrl() const;
    QString key() const;
    QString defaultProjectId() const;

private:
    std::unique_ptr<AdminApiServer> m_server;
};
