// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class PagedTableModel;

// `roster export`: the window's export without a window, for scripts. Lists a whole project
// through the same models, proxy and CSV writer the window uses, and writes the CSV to a
// file or standard output.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    enum ExitCode {
        Success = 0,
        BadUsage = 2,   // unknown option, missing --project, a bad value
        ApiFailed = 3,  // no key, or the API refused or failed
        WriteFailed = 4 // the file (or standard output) could not be written
    };

    // argv[1] is "export". Creates its own QCoreApplication: no display is needed.
    static int run(int argc, char *argv[]);
};
