// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// A misbehaviour FaultInjector makes the demo server show, for tests and soaks.
// Started without faults, the server serves a healthy organization.
struct ServerFault
{
    enum class Kind {
        None,
        RateLimit,         // 429 with Retry-After
        ServerError,       // 500 with the OpenAI error body
        BadGatewayHtml,    // 502 with a proxy's HTML page
        NotJson,           // 200 whose body is not JSON
        NotANumber,        // 200 whose first row has a bare NaN (as Python's json writes): its envelope reads, the body is not JSON
        TruncatedBody,     // 200 whose body stops half way, then the connection closes
        DropConnection,    // the connection closes before any answer
        Unauthorized,      // 401
        Forbidden,         // 403: a key without admin rights
        Archived,          // 400: the project is archived
        NotFound,          // 404
        EmptyPageWithMore, // 200, no rows, has_more true
        RepeatedCursor,    // the page names as its cursor the one it was asked with
        RepeatedRows,      // the page starts with the last rows of the previous page
        MalformedRows,     // two rows of the page have the wrong shape
        RedirectElsewhere, // 302 to `redirectTo`
        NoAnswer,          // the request is never answered
    };

    Kind kind = Kind::None;
    QString pathContains;      // applies to requests whose path contains this ("" = all)
    int skip = 0;              // let this many matching requests through first
    int times = 1;             // then apply to this many (-1 = every one after)
    int retryAfterSeconds = 1; // for RateLimit; -1 sends no Retry-After
    int latencyMs = 0;         // extra delay before this answer
    QUrl redirectTo;           // for RedirectElsewhere

    static ServerFault of(Kind kind, QString pathContains = {}, int skip = 0, int times = 1)
    {
        ServerFault f;
        f.kind = kind;
        f.pathContains = std::move(pathContains);
        f.skip = skip;
        f.times = times;
        return f;
    }
};
