// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchtable.h"

#include <QFile>
#include <QLocale>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>

void BenchTable::add(const QString &figure, const QString &value, const QString &target, Result result)
{
    m_rows.append({figure, value, target, result});
    // Printed as it comes too: a long run shows progress, and a crash keeps what was measured.
    QTextStream(stderr) << "  " << figure << ": " << value << "\n";
}

namespace {
// The figure's number: "3a sort ..." -> 3.
int number(const QString &figure)
{
    int n = 0;
    for (const QChar c : figure) {
        if (!c.isDigit())
            break;
        n = n * 10 + c.digitValue();
    }
    return n;
}
} // namespace

void BenchTable::print() const
{
    QTextStream out(stdout);
    out << "| figure | value | target | result |\n|---|---|---|---|\n";
    // Measured in the order that suits the process, printed in the order.
    QVector<Row> rows = m_rows;
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return number(a.figure) < number(b.figure);
    });
    for (const Row &row : rows) {
        const QString result = row.result == Result::Pass ? QStringLiteral("pass")
            : row.result == Result::Fail                  ? QStringLiteral("FAIL")
                                                          : QString();
        out << "| " << row.figure << " | " << row.value << " | " << row.target << " | " << result << " |\n";
    }
}

QString BenchTable::summary() const
{
    int judged = 0, met = 0;
    for (const Row &row : m_rows) {
        if (row.result == Result::Info)
            continue;
        ++judged;
        met += row.result == Result::Pass;
    }
    return QStringLiteral("%1 of %2 targets met").arg(met).arg(judged);
}

QString BenchTable::machine()
{
    QString model = QStringLiteral("unknown CPU");
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return QStringLiteral("%1 cores, %2, %3, Qt %4, locale %5")
        .arg(QThread::idealThreadCount())
        .arg(model, QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()), QLocale().name());
}
