// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewriteerror.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

QString FileWriteError::message(const QString &path, const QString &reason)
{
    return tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString FileWriteError::problemWith(const QString &path)
{
    if (path.isEmpty())
        return tr("no file name was given.");
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (target.isDir())
        return tr("that is a folder, not a file.");
    const QFileInfo folderInfo(target.absolutePath());
    if (!folderInfo.exists())
        return tr("the folder “%1” does not exist.").arg(folder);
    if (!folderInfo.isDir())
        return tr("“%1” is a file, not a folder.").arg(folder);
    return {};
}

QString FileWriteError::reasonFor(const QFileDevice &file, const QString &folder)
{
    // QFileDevice words a write past a full disk or a size limit as "Unknown error"; the C
    // library's error number, read right after the failed call, says what it was.
    const int error = errno;
    if (file.error() == QFileDevice::ResourceError || error == ENOSPC || error == EFBIG || error == EDQUOT)
        return tr("the disk is full.");
    if (file.error() == QFileDevice::OpenError && !QFileInfo(folder).isWritable())
        return tr("you may not write in the folder “%1”.").arg(folder);
    QString system = file.errorString().trimmed();
    if (system.endsWith(QLatin1Char('.')))
        system.chop(1);
    return system.isEmpty() ? tr("the system gave no reason.") : tr("%1.").arg(system);
}

QString FileWriteError::reasonForErrno(int error, const QString &folder, const QString &fallback)
{
    switch (error) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        return tr("the disk is full.");
    case EACCES:
    case EPERM:
    case EROFS:
        return tr("you may not write in the folder “%1”.").arg(folder);
    case 0:
        return fallback.isEmpty() ? tr("the system gave no reason.") : tr("%1.").arg(fallback);
    default:
        return tr("%1.").arg(QString::fromLocal8Bit(std::strerror(error)));
    }
}
