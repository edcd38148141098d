// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtablewriter.h"

#include "filewriteerror.h"
#include "isotimeformatter.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

CsvTableWriter::CsvTableWriter(const QString &path, const CsvOptions &options)
    : m_path(path), m_folder(QDir::toNativeSeparators(QFileInfo(path).absolutePath())), m_file(path), m_options(options)
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
    CsvWriter header(m_options);
    for (const ExportTable::Column &column : columns)
        header.writeField(column.title);
    header.endRecord();
    return write(header.data());
}

bool CsvTableWriter::appendRows(const ExportTable &rows)
{
    if (!m_file.isOpen())
        return fail(FileWriteError::message(m_path, tr("the file is not open.")));
    // Formatting costs more than writing: the pool's threads format the next chunks while this
    // thread writes the ones done.
    QByteArray buffer = m_writtenBuffers.isEmpty() ? QByteArray() : m_writtenBuffers.takeLast();
    // Chunks follow the header: the byte-order mark, if any, was written once, before it.
    CsvOptions options = m_options;
    options.byteOrderMark = false;
    m_chunks.prepare([rows, options, buffer = std::move(buffer)]() mutable {
        FormattedRows chunk{CsvWriter(options), rows.rowCount()};
        chunk.csv.reuseBuffer(std::move(buffer));
        format(rows, chunk.csv);
        return chunk;
    });
    return m_chunks.writeAllBut(m_chunks.Ahead, [this](FormattedRows &&chunk) { return writeChunk(std::move(chunk)); });
}

void CsvTableWriter::format(const ExportTable &rows, CsvWriter &csv)
{
    IsoTimeFormatter iso;
    const int columns = rows.columnCount();
    const qsizetype count = rows.rowCount();
    for (qsizetype row = 0; row < count; ++row) {
        rows.prefetch(row);
        for (int column = 0; column < columns; ++column) {
            if (rows.columns().at(column).kind == ExportTable::ColumnKind::DateTime)
                csv.writeField(iso.format(rows.time(row, column)));
            else
                csv.writeField(rows.text(row, column));
        }
        csv.endRecord();
    }
}

bool CsvTableWriter::writeChunk(FormattedRows &&chunk)
{
    const bool written = write(chunk.csv.data());
    m_writtenBuffers.append(chunk.csv.takeData());
    if (written)
        countRowsWritten(chunk.rows);
    return written;
}

bool CsvTableWriter::write(QByteArrayView data)
{
    m_bytesWritten += data.size();
    if (m_file.write(data.data(), data.size()) == data.size()) {
        startWriteBack();
        return true;
    }
    const QString reason = FileWriteError::reasonFor(m_file, m_folder);
    m_file.cancelWriting();
    return fail(FileWriteError::message(m_path, reason));
}

void CsvTableWriter::startWriteBack()
{
#ifdef Q_OS_LINUX
    // The disk starts on the rows written so far while the next are formatted: commit() then
    // waits for the last chunks only, not for the whole file.
    if (m_bytesWritten - m_writeBackFrom < WriteBackBytes || !m_file.flush())
        return;
    const qint64 end = m_file.pos();
    // A file that cannot be written back so (a pipe) is not asked again.
    m_writeBackFrom = ::sync_file_range(m_file.handle(), m_writeBackFrom, end - m_writeBackFrom, SYNC_FILE_RANGE_WRITE) == 0
        ? end
        : std::numeric_limits<qint64>::max();
#endif
}

bool CsvTableWriter::commit()
{
    if (!m_file.isOpen())
        return fail(FileWriteError::message(m_path, tr("the file is not open.")));
    if (!m_chunks.writeAllBut(0, [this](FormattedRows &&chunk) { return writeChunk(std::move(chunk)); }))
        return false;
    if (!m_file.commit())
        return fail(FileWriteError::message(m_path, FileWriteError::reasonFor(m_file, m_folder)));
    return true;
}

void CsvTableWriter::cancel()
{
    m_chunks.drop();
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // with writing cancelled, this only removes the temporary file
    }
}
