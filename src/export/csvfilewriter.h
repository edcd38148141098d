#pragma once

#include <QByteArray>
#include <QString>

// Writes a finished export to disk atomically (QSaveFile): a failure leaves any existing
// file as it was, and says why in words a person understands.
class CsvFileWriter
{
public:
    static bool write(const QString &path, const QByteArray &data, QString *errorMessage);
};
