// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

class ApiClient;
class ConnectionSettings;
class PageFetch;

namespace Ui {
class ConnectionDialog;
}

// The connection settings: the admin key (masked, shown on request; never filled in with a key
// already stored or taken from the environment), the base URL, and "Test connection", which
// lists one page of projects in the background and says what came back.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(ConnectionSettings *settings, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QUrl baseUrl() const;
    // The key typed here, or empty when the key in use stays.
    QString newKey() const;
    QString testResult() const;

    // Checks the entries before closing: an unusable base URL keeps the dialog open.
    void accept() override;

private:
    void testConnection();
    void onTestFinished();
    QString keyToUse() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ConnectionSettings *m_settings; // not owned
    ApiClient *m_testClient;        // owned (child)
    QPointer<PageFetch> m_test;
};
