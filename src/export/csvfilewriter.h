// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a finished export to disk atomically (QSaveFile): a failure leaves any existing
// file as it was, and says why in words a person understands.
class CsvFileWriter
{
public:
    // On failure `errorMessage` (when given) names the file and the reason:
    // "Could not write “/x/users.csv”: the folder “/x” does not exist."
    static bool write(const QString &path, const QByteArray &data, QString *errorMessage);

private:
    static bool writeDirectly(const QString &path, const QByteArray &data, QString *reason);
};
