// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverhook.h"

ServerHook::~ServerHook() = default;

std::optional<ServerAnswer> ServerHook::requestArrived(const ServerRequest &)
{
    return std::nullopt;
}

void ServerHook::pageReady(const ServerRequest &, ListingPage &)
{
}

void ServerHook::answerReady(const ServerRequest &, ServerAnswer &)
{
}

bool ServerHook::deliver(const ServerRequest &, const ServerAnswer &, QTcpSocket *)
{
    return false;
}

void ServerHook::busy(qint64)
{
}
