// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

// The words for a file that could not be written, shared by every writer: what a person reads
// is the file, then the reason ("Could not write “/x/users.csv”: the disk is full.").
class FileWriteError
{
    Q_DECLARE_TR_FUNCTIONS(FileWriteError)

public:
    static QString message(const QString &path, const QString &reason);
    // Why `path` cannot be a file to write before anything is tried (no name, a folder, a
    // missing folder, a file where the folder should be); empty when nothing is against it.
    static QString problemWith(const QString &path);
    // Why an open or write of `file` failed, in words. Call it right after the failed call: it
    // also reads errno.
    static QString reasonFor(const QFileDevice &file, const QString &folder);
    // The same for a C library error number (for writers that do not go through a QFile).
    static QString reasonForErrno(int error, const QString &folder, const QString &fallback);
};
