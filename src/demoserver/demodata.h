// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The deterministic ingredients of the demo organization: hashes, word lists and times. Nothing
// here is random from one run to the next.
namespace DemoData {

constexpr qint64 Epoch2020 = 1577836800; // 2020-01-01T00:00:00Z: people join the organization in 2020
constexpr qint64 Epoch2021 = 1609459200; // 2021-01-01T00:00:00Z: projects and memberships from 2021
constexpr qint64 FiveYears = 5LL * 365 * 24 * 3600;
constexpr qint64 Day = 86400;

// A small integer hash (lowbias32): spreads indices into unrelated-looking choices.
quint32 mix(quint32 x);
// FNV-1a over the UTF-16 text. Not qHash: Qt 6 mixes a per-process random seed into it.
quint32 saltOf(const QString &text);
// Times rising with the index, spread over five years from 2021.
qint64 timeFor(int index, int count, quint32 salt);

QString firstName(quint32 h);
QString lastName(quint32 h);
QString domain(quint32 h);
QString groupWord(quint32 h);
QString projectName(quint32 h);
QString serviceAccountName(quint32 h);
QString apiKeyName(quint32 h);
// A custom role's name, as an organization might make one.
QString customRoleName(quint32 h);

} // namespace DemoData
