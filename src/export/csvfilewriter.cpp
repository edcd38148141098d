#include "csvfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool CsvFileWriter::write(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QString reason;
    const auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name was given."));

    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    if (target.isDir())
        return fail(tr("that is a folder, not a file."));
    const QFileInfo folderInfo(target.absolutePath());
    if (!folderInfo.exists())
        return fail(tr("the folder “%1” does not exist.").arg(folder));
    if (!folderInfo.isDir())
        return fail(tr("“%1” is a file, not a folder.").arg(folder));
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
        return fail(reasonFor(file, folder));
    if (file.write(data) != data.size()) {
        reason = reasonFor(file, folder);
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(reasonFor(file, folder));
    return true;
}

bool CsvFileWriter::writeDirectly(const QString &path, const QByteArray &data, QString *reason)
{
    QFile file(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size()) {
        *reason = reasonFor(file, folder);
        return false;
    }
    return true;
}

QString CsvFileWriter::reasonFor(const QFileDevice &file, const QString &folder)
{
    if (file.error() == QFileDevice::ResourceError)
        return tr("the disk is full.");
    if (file.error() == QFileDevice::OpenError && !QFileInfo(folder).isWritable())
        return tr("you may not write in the folder “%1”.").arg(folder);
    QString system = file.errorString().trimmed();
    if (system.endsWith(QLatin1Char('.')))
        system.chop(1);
    return system.isEmpty() ? tr("the system gave no reason.") : tr("%1.").arg(system);
}
