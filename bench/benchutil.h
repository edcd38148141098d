// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaMethod>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>

class ApiClient;
class QUrl;

namespace BenchUtil {

double median(QVector<double> values);
// "123.4 ms" / "1.23 s"
QString ms(double milliseconds);
// Resident memory of this process in bytes (VmRSS of /proc/self/status).
qint64 residentBytes();
// Gives freed heap back to the system, so resident memory counts what is held.
void trimHeap();
// Runs the event loop until `done` returns true or `timeoutMs` passes; returns `done()`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
// Points `client` at the local demo server at `baseUrl`, with the demo key.
void pointAtDemo(ApiClient &client, const QUrl &baseUrl);

} // namespace BenchUtil
