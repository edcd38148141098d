// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandoutput.h"

#include <cstdio>
#include <unistd.h>

namespace CommandOutput {

namespace {
bool g_progressShown = false;
}

void error(const QString &message)
{
    endProgress();
    const QByteArray line = QByteArrayLiteral("roster: ") + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr));
}

void progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    g_progressShown = true;
}

void endProgress()
{
    if (!g_progressShown)
        return;
    g_progressShown = false;
    std::fputs("\n", stderr);
}

bool writeToStdout(const QByteArray &data)
{
    return std::fwrite(data.constData(), 1, size_t(data.size()), stdout) == size_t(data.size())
        && std::fflush(stdout) == 0;
}

} // namespace CommandOutput
