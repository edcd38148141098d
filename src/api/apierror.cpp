// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// A readable line from a body that is not OpenAI's error shape: a proxy's HTML page,
// problem+json, or plain text. Never more than a sentence.
QString summariseBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject obj = doc.object();
        for (const char *key : {"detail", "title", "message", "error"}) {
            const QJsonValue v = obj.value(QLatin1String(key));
            if (v.isString() && !v.toString().trimmed().isEmpty())
                return v.toString().trimmed().left(300);
        }
        return {};
    }
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(text);
    if (m.hasMatch())
        return m.captured(1).simplified().left(300);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    return text.simplified().left(300);
}

QString defaultMessage(int status, const QString &subject)
{
    switch (status) {
    case 400: return QObject::tr("The request was refused as invalid.");
    case 401: return QObject::tr("The admin key was rejected. Check the key in the connection settings.");
    case 403: return QObject::tr("This key lacks admin rights. An admin key starts with sk-admin-.");
    case 404: return subject.isEmpty() ? QObject::tr("Not found.")
                                       : QObject::tr("No %1 was found.").arg(subject);
    case 429: return QObject::tr("Too many requests: the API is rate limiting this key.");
    default: break;
    }
    if (status >= 500)
        return QObject::tr("The server had a problem (HTTP %1). Try again later.").arg(status);
    return QObject::tr("The server answered with HTTP %1.").arg(status);
}

} // namespace

ApiError::ApiError(Kind kind, int httpStatus, QString message, bool retryable)
    : m_kind(kind), m_httpStatus(httpStatus), m_message(std::move(message)), m_retryable(retryable)
{
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, const QString &subject)
{
    const bool retryable = httpStatus == 429 || httpStatus >= 500;
    ApiError error(Kind::Http, httpStatus, {}, retryable);

    const QJsonValue envelope = QJsonDocument::fromJson(body).object().value(QLatin1String("error"));
    QString serverMessage;
    if (envelope.isObject()) {
        const QJsonObject e = envelope.toObject();
        serverMessage = e.value(QLatin1String("message")).toString().trimmed();
        error.m_serverType = e.value(QLatin1String("type")).toString();
        error.m_serverCode = e.value(QLatin1String("code")).toString();
    } else if (envelope.isString()) {
        serverMessage = envelope.toString().trimmed();
    } else {
        serverMessage = summariseBody(body);
    }

    // A message is for a status bar or a dialog: a hostile or broken server cannot make it a book.
    constexpr int MaxServerMessage = 1000;
    if (serverMessage.size() > MaxServerMessage)
        serverMessage = serverMessage.left(MaxServerMessage) + QChar(0x2026);

    const QString ours = defaultMessage(httpStatus, subject);
    // 401/403/404 get our explanation first: the server's words are often terse
    // ("Incorrect API key provided") and our sentence says what to do about it.
    if (serverMessage.isEmpty())
        error.m_message = ours;
    else if (httpStatus == 401 || httpStatus == 403 || httpStatus == 404)
        error.m_message = ours + QLatin1Char(' ') + QObject::tr("The server said: %1").arg(serverMessage);
    else
        error.m_message = serverMessage;
    return error;
}

QString ApiError::toString() const
{
    if (m_httpStatus > 0)
        return QObject::tr("HTTP %1: %2").arg(m_httpStatus).arg(m_message);
    return m_message;
}
