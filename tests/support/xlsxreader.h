// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An XLSX reader for tests, independent of the writer: `unzip -p` takes each part out of the
// file and QXmlStreamReader reads it, following the Office Open XML spreadsheet format (ECMA-376
// part 1, §18): the workbook's sheets and their relationships, shared and inline strings (with
// their _xHHHH_ escapes), number formats, the frozen pane and the autofilter.

#include <QDateTime>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QVector>
#include <QXmlStreamReader>

#include <algorithm>

struct XlsxReader
{
    struct Cell
    {
        QString type;       // the c element's t: "s", "inlineStr", "str", "b", "n" (empty is "n")
        QString text;       // a string cell's text, decoded
        QString value;      // the v element as written
        QString formatCode; // the cell's number format ("General" when it has none)
        bool isString() const { return type == QLatin1String("s") || type == QLatin1String("inlineStr") || type == QLatin1String("str"); }
        // A date cell's value, days since 1899-12-30 (Excel's 1900 date system), as a UTC time to the second.
        QDateTime time() const
        {
            return QDateTime(QDate(1899, 12, 30), QTime(0, 0), Qt::UTC).addSecs(qRound64(value.toDouble() * 86400));
        }
    };
    struct Sheet
    {
        QString name;
        QVector<QVector<Cell>> rows; // by row and column index, gaps filled with empty cells
        QString paneState;           // "frozen" for a frozen pane
        int frozenRows = 0;          // the pane's ySplit
        QString autoFilter;          // the autoFilter's ref, "A1:E101"
        QString text(int row, int column) const
        {
            return row < rows.size() && column < rows[row].size() ? rows[row][column].text : QString();
        }
        // A row as text (a number as written), as wide as the widest row: an empty cell is not
        // in the file at all.
        QStringList rowTexts(int row) const
        {
            qsizetype width = 0;
            for (const QVector<Cell> &r : rows)
                width = std::max(width, r.size());
            QStringList texts;
            for (qsizetype column = 0; column < width; ++column) {
                const Cell cell = row < rows.size() ? rows[row].value(column) : Cell();
                texts << (cell.isString() ? cell.text : cell.value);
            }
            return texts;
        }
    };

    QString error;
    QVector<Sheet> sheets;

    // The sheet named `name`; an empty one when there is none.
    Sheet sheet(const QString &name) const
    {
        for (const Sheet &sheet : sheets) {
            if (sheet.name == name)
                return sheet;
        }
        return {};
    }

    bool read(const QString &path)
    {
        m_path = path;
        QByteArray workbook, relations;
        if (!part(QStringLiteral("xl/workbook.xml"), workbook) || !part(QStringLiteral("xl/_rels/workbook.xml.rels"), relations))
            return false;
        QByteArray strings;
        if (part(QStringLiteral("xl/sharedStrings.xml"), strings, true))
            readSharedStrings(strings);
        QByteArray styles;
        if (part(QStringLiteral("xl/styles.xml"), styles, true))
            readStyles(styles);
        const QHash<QString, QString> targets = readRelations(relations);
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                Sheet sheet;
                sheet.name = xml.attributes().value(QLatin1String("name")).toString();
                QString id;
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                }
                QByteArray data;
                QString target = targets.value(id);
                if (target.startsWith(QLatin1Char('/')))
                    target = target.mid(1);
                else
                    target = QStringLiteral("xl/") + target;
                if (!part(target, data))
                    return false;
                readSheet(data, sheet);
                sheets.append(sheet);
            }
        }
        if (xml.hasError())
            error = QStringLiteral("workbook.xml: ") + xml.errorString();
        return error.isEmpty();
    }

    // OOXML's ST_Xstring escapes: _xHHHH_ is the character HHHH.
    static QString decode(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
                bool ok = false;
                const uint code = text.mid(i + 2, 4).toUInt(&ok, 16);
                if (ok) {
                    out += QChar(char16_t(code));
                    i += 6;
                    continue;
                }
            }
            out += text[i];
        }
        return out;
    }

    // "C12" -> column 2, row 11.
    static void position(QStringView reference, int &row, int &column)
    {
        column = 0;
        qsizetype i = 0;
        for (; i < reference.size() && reference[i].isLetter(); ++i)
            column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        column -= 1;
        row = reference.mid(i).toInt() - 1;
    }

private:
    bool part(const QString &name, QByteArray &data, bool optional = false)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        if (!unzip.waitForFinished(60000) || unzip.exitStatus() != QProcess::NormalExit) {
            error = QStringLiteral("unzip did not run: ") + unzip.errorString();
            return false;
        }
        data = unzip.readAllStandardOutput();
        if (unzip.exitCode() != 0 || data.isEmpty()) {
            if (!optional)
                error = QStringLiteral("no part %1 in %2 (unzip: %3)").arg(name, m_path, QString::fromUtf8(unzip.readAllStandardError()));
            return false;
        }
        return true;
    }

    static QHash<QString, QString> readRelations(const QByteArray &data)
    {
        QHash<QString, QString> targets;
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
        }
        return targets;
    }

    // The text of every t element inside the current element (a si or an is, plain or rich).
    static QString stringItem(QXmlStreamReader &xml)
    {
        QString text;
        const QString end = xml.name().toString();
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("t"))
                text += xml.readElementText();
            else if (xml.isEndElement() && xml.name() == end)
                break;
        }
        return decode(text);
    }

    void readSharedStrings(const QByteArray &data)
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
                m_shared.append(stringItem(xml));
        }
    }

    void readStyles(const QByteArray &data)
    {
        // Built-in number formats 14 to 22 are dates and times.
        QHash<int, QString> formats{{0, QStringLiteral("General")}, {14, QStringLiteral("m/d/yyyy")},
                                    {22, QStringLiteral("m/d/yyyy h:mm")}};
        QXmlStreamReader xml(data);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
                m_cellFormats.append(formats.value(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                                   QStringLiteral("General")));
        }
    }

    void readSheet(const QByteArray &data, Sheet &sheet)
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("pane")) {
                sheet.paneState = xml.attributes().value(QLatin1String("state")).toString();
                sheet.frozenRows = xml.attributes().value(QLatin1String("ySplit")).toInt();
            } else if (xml.name() == QLatin1String("autoFilter")) {
                sheet.autoFilter = xml.attributes().value(QLatin1String("ref")).toString();
            } else if (xml.name() == QLatin1String("c")) {
                int row = 0, column = 0;
                position(xml.attributes().value(QLatin1String("r")), row, column);
                Cell cell;
                cell.type = xml.attributes().value(QLatin1String("t")).toString();
                const int style = xml.attributes().value(QLatin1String("s")).toInt();
                cell.formatCode = m_cellFormats.value(style, QStringLiteral("General"));
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                        cell.value = xml.readElementText();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                        cell.text = stringItem(xml);
                    else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                        break;
                }
                if (cell.type == QLatin1String("s"))
                    cell.text = m_shared.value(cell.value.toInt());
                else if (cell.type == QLatin1String("str"))
                    cell.text = decode(cell.value);
                if (sheet.rows.size() <= row)
                    sheet.rows.resize(row + 1);
                if (sheet.rows[row].size() <= column)
                    sheet.rows[row].resize(column + 1);
                sheet.rows[row][column] = cell;
            }
        }
        if (xml.hasError())
            error = sheet.name + QStringLiteral(": ") + xml.errorString();
    }

    QString m_path;
    QStringList m_shared;
    QStringList m_cellFormats;
};
