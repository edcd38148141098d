// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfilewriter.h"

#include "filewriteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool CsvFileWriter::write(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QString reason;
    const auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = FileWriteError::message(path, why);
        return false;
    };
    const QString problem = FileWriteError::problemWith(path);
    if (!problem.isEmpty())
        return fail(problem);

    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    // A pipe or a device (/dev/stdout) cannot be replaced by renaming; write into it.
    if (target.exists() && !target.isFile()) {
        if (!writeDirectly(path, data, &reason))
            return fail(reason);
        return true;
    }

    // QSaveFile writes a temporary file beside the target and renames it over the target
    // only once every byte is on disk: any failure before that leaves the old file whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(FileWriteError::reasonFor(file, folder));
    if (file.write(data) != data.size()) {
        reason = FileWriteError::reasonFor(file, folder);
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(FileWriteError::reasonFor(file, folder));
    return true;
}

bool CsvFileWriter::writeDirectly(const QString &path, const QByteArray &data, QString *reason)
{
    QFile file(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size()) {
        *reason = FileWriteError::reasonFor(file, folder);
        return false;
    }
    return true;
}
