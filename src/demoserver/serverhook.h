// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listingpage.h"
#include "serveranswer.h"
#include "serverrequest.h"

#include <optional>

class QTcpSocket;

// An observer a test or a benchmark attaches to AdminApiServer (addHook) to watch it or make it
// misbehave; the server itself only serves its organization faithfully. For each request the
// server calls, on its own thread and in this order: requestArrived, pageReady (listings only),
// answerReady, deliver; busy whenever it has done some of its own work. Each default does nothing.
class ServerHook
{
public:
    virtual ~ServerHook();

    // Every request, whatever its method, path or key, before the server reads it. An answer
    // returned here is sent instead of the server's own (it still passes answerReady and deliver).
    virtual std::optional<ServerAnswer> requestArrived(const ServerRequest &request);
    // A listing's page before it is encoded: its rows, cursor and has_more may be changed.
    virtual void pageReady(const ServerRequest &request, ListingPage &page);
    // The answer about to be sent: it may be changed, and its delayMs raised.
    virtual void answerReady(const ServerRequest &request, ServerAnswer &answer);
    // The answer is due. Return true to take the delivery over: write part of it, close the socket,
    // or leave it open and never answer. The server then writes nothing.
    virtual bool deliver(const ServerRequest &request, const ServerAnswer &answer, QTcpSocket *socket);
    // The server spent `ns` nanoseconds of its own: reading, building, writing, waking late.
    virtual void busy(qint64 ns);
};
