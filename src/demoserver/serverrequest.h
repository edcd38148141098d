// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QString>
#include <QUrlQuery>

// What AdminApiServer saw of one request, kept as values so that it outlives the request (an
// answer may be sent later). The credential itself is never kept: only whether one came, its
// scheme, and whether it was the server's key.
struct ServerRequest
{
    quint64 serial = 0; // 1, 2, 3... in the order the requests arrived
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
    QString path;
    QUrlQuery query;
    bool hadAuthorization = false;
    bool authorized = false;
    QByteArray authorizationScheme; // "Bearer", never the credential itself
    QByteArray userAgent;
    QByteArray accept;

    bool isAuthorizedGet() const { return authorized && method == QHttpServerRequest::Method::Get; }
};
