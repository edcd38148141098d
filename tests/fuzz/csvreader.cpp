#include "csvreader.h"

std::optional<QVector<QStringList>> readRfc4180(const QByteArray &csv)
{
    QVector<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = csv.size();
    if (n == 0)
        return records;
    for (;;) {
        // One field, at position i.
        field.clear();
        if (i < n && csv.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (csv.at(i) == '"') {
                    if (i + 1 < n && csv.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += csv.at(i++);
            }
        } else {
            while (i < n && csv.at(i) != ',' && csv.at(i) != '\r' && csv.at(i) != '\n') {
                if (csv.at(i) == '"')
                    return std::nullopt; // a quote inside an unquoted field
                field += csv.at(i++);
            }
        }
        record.append(QString::fromUtf8(field));
        if (i < n && csv.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 1 < n && csv.at(i) == '\r' && csv.at(i + 1) == '\n') {
            i += 2;
            records.append(record);
            record.clear();
            if (i == n)
                return records;
            continue;
        }
        return std::nullopt; // a bare CR or LF, or text after a closing quote, or no final CRLF
    }
}
