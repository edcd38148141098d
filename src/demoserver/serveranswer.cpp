// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveranswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    default: return "Status";
    }
}

} // namespace

ServerAnswer ServerAnswer::error(int status, const QString &message, const QString &type, const QString &param,
                                 const QString &code)
{
    const QJsonObject e{{QStringLiteral("message"), message},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                        {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}};
    ServerAnswer a;
    a.status = status;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact);
    return a;
}

QByteArray ServerAnswer::head() const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    return head + "\r\n";
}
