// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An HTTP answer AdminApiServer is about to write: status, headers, body, and how long to wait first.
struct ServerAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // waited before sending, on top of the server's latency

    // The OpenAI error body: {"error": {"message", "type", "param", "code"}}.
    static ServerAnswer error(int status, const QString &message, const QString &type = QStringLiteral("invalid_request_error"),
                              const QString &param = {}, const QString &code = {});
    // The status line and headers as written on the wire, with Content-Length for the whole body.
    QByteArray head() const;
};
