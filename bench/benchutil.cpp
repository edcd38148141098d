// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchutil.h"

#include "api/apiclient.h"
#include "demoserver/adminapiserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <malloc.h>

namespace BenchUtil {

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString ms(double milliseconds)
{
    if (milliseconds >= 1000)
        return QStringLiteral("%1 s").arg(milliseconds / 1000, 0, 'f', 3);
    return QStringLiteral("%1 ms").arg(milliseconds, 0, 'f', milliseconds < 10 ? 2 : 1);
}

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

void trimHeap()
{
    malloc_trim(0);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    // The thread sleeps until an event comes, as the app's event loop does. processEvents() with
    // a time limit ignores WaitForMoreEvents and keeps polling: the bench's GUI thread then took a
    // whole core whenever it waited, away from the threads being measured. The timer wakes the
    // loop to look at `done` and the deadline when no event would.
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake;
    wake.start(5);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

void pointAtDemo(ApiClient &client, const QUrl &baseUrl)
{
    client.setBaseUrl(baseUrl);
    client.setAdminKey(QString::fromLatin1(AdminApiServer::DemoKey));
}

} // namespace BenchUtil
