// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one of Roster's command-line programs as a script would, and keeps what it said.

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

struct CommandRun
{
    int exitCode = -1;
    bool crashed = false; // crashed, or killed after the time limit
    QByteArray out;
    QByteArray err;
};

// `program ARGUMENTS` with OPENAI_ADMIN_KEY set to `adminKey`, in `locale` (English unless told).
// The event loop keeps turning meanwhile, so a server in this process can answer the command.
inline CommandRun runCommand(const QString &program, const QStringList &arguments, const QString &adminKey,
                             const QString &locale = QStringLiteral("C.UTF-8"), int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_ADMIN_KEY"), adminKey);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    loop.exec();
    CommandRun run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
