// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class ApiError;
class QLabel;
class QPushButton;

// A strip over a table that says what went wrong (the server's message and the HTTP status),
// with Retry and, when new credentials might help (401, 403), a way to the connection settings.
// The rows already loaded stay visible below it.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    QString message() const;
    bool offersSettings() const;

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_icon;              // owned by the layout
    QLabel *m_text;              // owned by the layout
    QPushButton *m_retry;        // owned by the layout
    QPushButton *m_settings;     // owned by the layout
    bool m_applyingPalette = false;
};
