// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtablewriter.h"

#include "filewriteerror.h"
#include "isotimeformatter.h"

#include <QDir>
#include <QFileInfo>

CsvTableWriter::CsvTableWriter(const QString &path, const CsvOptions &options)
    : m_path(path), m_folder(QDir::toNativeSeparators(QFileInfo(path).absolutePath())), m_file(path), m_csv(options)
{
}

bool CsvTableWriter::beginTable(const QString &, const QVector<ExportTable::Column> &columns)
{
    if (m_begun)
        return fail(FileWriteError::message(m_path, tr("a CSV file holds one table.")));
    m_begun = true;
    const QString problem = FileWriteError::problemWith(m_path);
    if (!problem.isEmpty())
        return fail(FileWriteError::message(m_path, problem));
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(FileWriteError::message(m_path, FileWriteError::reasonFor(m_file, m_folder)));
    for (const ExportTable::Column &column : columns)
        m_csv.writeField(column.title);
    m_csv.endRecord();
    return flush();
}

bool CsvTableWriter::appendRows(const ExportTable &rows)
{
    if (!m_file.isOpen())
        return fail(FileWriteError::message(m_path, tr("the file is not open.")));
    IsoTimeFormatter iso;
    const int columns = rows.columnCount();
    // Room for the chunk at the size the rows so far had, so the buffer grows once.
    if (m_rowsWritten > 0)
        m_csv.reserve(rows.rowCount() * (m_bytesWritten / m_rowsWritten + 8));
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        for (int column = 0; column < columns; ++column) {
            if (rows.columns().at(column).kind == ExportTable::ColumnKind::DateTime)
                m_csv.writeField(iso.format(rows.time(row, column)));
            else
                m_csv.writeField(rows.text(row, column));
        }
        m_csv.endRecord();
    }
    m_rowsWritten += rows.rowCount();
    return flush();
}

bool CsvTableWriter::flush()
{
    const QByteArray data = m_csv.takeData();
    m_bytesWritten += data.size();
    if (m_file.write(data) == data.size())
        return true;
    const QString reason = FileWriteError::reasonFor(m_file, m_folder);
    m_file.cancelWriting();
    return fail(FileWriteError::message(m_path, reason));
}

bool CsvTableWriter::commit()
{
    if (!m_file.isOpen())
        return fail(FileWriteError::message(m_path, tr("the file is not open.")));
    if (!m_file.commit())
        return fail(FileWriteError::message(m_path, FileWriteError::reasonFor(m_file, m_folder)));
    return true;
}

void CsvTableWriter::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled, this only removes the temporary file
    }
}
