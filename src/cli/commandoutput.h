// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// What every headless command shares: its exit codes and how it speaks on stdout and stderr.
namespace CommandOutput {

enum ExitCode {
    Success = 0,
    Changes = 1,        // roster diff: changes were found and written
    BadUsage = 2,       // unknown option, a missing or bad value
    ApiFailed = 3,      // no key, the API refused or failed, or a project could not be read
    WriteFailed = 4,    // the file, standard output or the store could not be written
    PartialWritten = 5, // --allow-partial: written without the projects that failed
};

// "roster: <message>" on stderr.
void error(const QString &message);
// Progress on stderr, only where a person watches (a terminal): rewritten in place.
void progress(const QString &line);
void endProgress();
bool stderrIsTerminal();
bool writeToStdout(const QByteArray &data);

} // namespace CommandOutput
