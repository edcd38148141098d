// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// What went wrong with one API call, in a form a person can read.
// Every failure in the API layer becomes one of these: HTTP errors, bodies that
// cannot be read, dropped connections, refused configurations.
class ApiError
{
public:
    enum class Kind {
        None,
        Http,        // the server answered with a status >= 400
        Network,     // connection refused, dropped, DNS, TLS
        Timeout,     // no complete answer within the transfer timeout
        BadResponse, // a 2xx whose body is not the list envelope
        Looping,     // the server repeated a cursor
        Refused,     // Roster refused to send the request (insecure URL, redirect)
        Cancelled,
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString message, bool retryable = false);

    // Builds the error for an HTTP status and the body that came with it.
    // Uses the OpenAI error envelope when present, otherwise summarises the body.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, const QString &subject = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    bool isRetryable() const { return m_retryable; }
    // The explanation for a person; the server's own words where it sent some.
    QString message() const { return m_message; }
    QString serverType() const { return m_serverType; }
    QString serverCode() const { return m_serverCode; }
    // One line for a status bar or standard error: "HTTP 401: The admin key was rejected."
    QString toString() const;
    // True for errors that new credentials might fix (401, 403).
    bool isAuthenticationProblem() const { return m_httpStatus == 401 || m_httpStatus == 403; }
    // Seconds the server asked us to wait (Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_message;
    QString m_serverType;
    QString m_serverCode;
    bool m_retryable = false;
    int m_retryAfterSeconds = -1;
};

Q_DECLARE_METATYPE(ApiError)
