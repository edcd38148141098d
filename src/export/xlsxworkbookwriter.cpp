// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxworkbookwriter.h"

#include "filewriteerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr qint64 SecondsPerDay = 86400;
// 1970-01-01 as an Excel serial (days since 1899-12-30).
constexpr double UnixEpochSerial = 25569.0;
// 1900-03-01: before it Excel counts a 29 February 1900 that never was.
constexpr qint64 FirstTrueSerialSecond = -2203891200;

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// "_x" + four hex digits + "_" at `i`: how OOXML writes a character XML cannot hold.
bool isEscapeAt(QStringView text, qsizetype i)
{
    return i + 6 < text.size() && text[i] == u'_' && text[i + 1] == u'x' && isHex(text[i + 2].unicode())
        && isHex(text[i + 3].unicode()) && isHex(text[i + 4].unicode()) && isHex(text[i + 5].unicode())
        && text[i + 6] == u'_';
}

QString sheetNameFor(const QString &name)
{
    QString safe = name.isEmpty() ? QStringLiteral("Sheet") : name;
    for (QChar &c : safe) {
        if (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    if (safe.startsWith(QLatin1Char('\'')))
        safe[0] = QLatin1Char('_');
    safe.truncate(XlsxWorkbookWriter::MaxSheetNameChars);
    if (safe.size() > 0 && safe.back().isHighSurrogate())
        safe.chop(1);
    if (safe.endsWith(QLatin1Char('\'')))
        safe.back() = QLatin1Char('_');
    return safe;
}

// Flushes a finished file to disk before it replaces another, as QSaveFile does.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    errno = error;
    return synced;
}
} // namespace

XlsxWorkbookWriter::XlsxWorkbookWriter(const QString &path)
    : m_path(path), m_folder(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
{
}

XlsxWorkbookWriter::~XlsxWorkbookWriter()
{
    cancel();
}

QByteArray XlsxWorkbookWriter::cellText(const QString &text, bool *truncated)
{
    QStringView view(text);
    *truncated = view.size() > MaxCellChars;
    if (*truncated) {
        view = view.left(MaxCellChars);
        if (view.back().isHighSurrogate())
            view.chop(1);
    }
    const bool unwritable = std::any_of(view.begin(), view.end(), [](QChar c) {
        return c.unicode() == 0 || c.unicode() >= 0xFFFE || c.isSurrogate();
    });
    if (!unwritable && !view.contains(u"_x"))
        return view.toUtf8();
    QString escaped;
    escaped.reserve(view.size() + 24);
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar c = view[i];
        if (isEscapeAt(view, i))
            escaped += QLatin1String("_x005F");
        if (c.isHighSurrogate() && i + 1 < view.size() && view[i + 1].isLowSurrogate()) {
            escaped += c;
            escaped += view[++i];
        } else if (c.isSurrogate()) {
            // Never valid text: U+FFFD, as the CSV writer does.
            escaped += QChar(QChar::ReplacementCharacter);
        } else if (c.unicode() == 0 || c.unicode() >= 0xFFFE) {
            // XML cannot hold U+0000, U+FFFE and U+FFFF at all (and libxlsxwriter takes C
            // strings, which end at a zero): OOXML's escape instead.
            escaped += QLatin1String("_x") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                + QLatin1Char('_');
        } else {
            escaped += c;
        }
    }
    // The escapes make the stored text longer, never the text a reader gets back.
    return escaped.toUtf8();
}

double XlsxWorkbookWriter::excelSerial(qint64 seconds)
{
    return UnixEpochSerial + double(seconds) / SecondsPerDay;
}

bool XlsxWorkbookWriter::open()
{
    const QString problem = FileWriteError::problemWith(m_path);
    if (!problem.isEmpty())
        return fail(FileWriteError::message(m_path, problem));
    // A link is followed, as QSaveFile follows it for a CSV: the file it points to is replaced,
    // and the link stays. Anything but a file (a device, a pipe) cannot be replaced by a workbook.
    const QFileInfo named(m_path);
    m_finalPath = named.isSymLink() && named.exists() ? named.canonicalFilePath() : m_path;
    if (named.exists() && !named.isFile())
        return fail(FileWriteError::message(m_path, tr("it is not a regular file, so a workbook cannot take its place.")));
    // A temporary file beside the target: same file system, so the final rename is atomic.
    const QFileInfo target(m_finalPath);
    m_folder = QDir::toNativeSeparators(target.absolutePath());
    m_temporary = std::make_unique<QTemporaryFile>(target.absolutePath() + QLatin1String("/.")
                                                   + target.fileName() + QLatin1String(".XXXXXX"));
    if (!m_temporary->open())
        return fail(FileWriteError::message(m_path, FileWriteError::reasonFor(*m_temporary, m_folder)));
    m_temporary->close();
    m_temporaryDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_temporaryDir.data();
    options.use_zip64 = LXW_TRUE; // a table past 4 GB of XML still makes a readable file
    m_workbook = workbook_new_opt(QFile::encodeName(m_temporary->fileName()).constData(), &options);
    if (!m_workbook)
        return fail(FileWriteError::message(m_path, FileWriteError::reasonForErrno(errno, m_folder, QString())));
    m_headerFormat = workbook_add_format(m_workbook);
    format_set_bold(m_headerFormat);
    m_dateFormat = workbook_add_format(m_workbook);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd hh:mm:ss");
    return true;
}

bool XlsxWorkbookWriter::failWith(int lxwError, const QString &what)
{
    m_failed = true;
    const int error = errno;
    const QString library = QString::fromLatin1(lxw_strerror(lxw_error(lxwError)));
    return fail(FileWriteError::message(
        m_path, what.isEmpty() ? FileWriteError::reasonForErrno(error, m_folder, library) : what));
}

bool XlsxWorkbookWriter::beginTable(const QString &name, const QVector<ExportTable::Column> &columns)
{
    if (m_failed)
        return false;
    if (!m_workbook && !open())
        return false;
    if (!endSheet())
        return false;
    beginCountingRows();
    const QByteArray sheetName = sheetNameFor(name).toUtf8();
    if (const lxw_error error = workbook_validate_sheet_name(m_workbook, sheetName.constData()); error != LXW_NO_ERROR)
        return failWith(error, tr("a sheet cannot be named “%1” (%2).").arg(name, QString::fromLatin1(lxw_strerror(error))));
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.constData());
    if (!m_sheet)
        return failWith(LXW_ERROR_MEMORY_MALLOC_FAILED, tr("the sheet “%1” could not be added.").arg(name));
    m_columns = columns;
    m_nextRow = 0;
    m_rowsAppended = 1;
    for (int column = 0; column < columns.size(); ++column) {
        const bool isTime = columns.at(column).kind == ExportTable::ColumnKind::DateTime;
        // Wide enough for a date-time, or for a name or an email address at a glance.
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), isTime ? 20 : 28, nullptr);
        bool truncated = false;
        const QByteArray title = cellText(columns.at(column).title, &truncated);
        if (const lxw_error error = worksheet_write_string(m_sheet, 0, lxw_col_t(column), title.constData(), m_headerFormat))
            return failWith(error, QString());
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_nextRow = 1;
    return true;
}

bool XlsxWorkbookWriter::appendRows(const ExportTable &rows)
{
    if (m_failed)
        return false;
    if (!m_sheet)
        return fail(FileWriteError::message(m_path, tr("no sheet was begun.")));
    if (m_rowsAppended + rows.rowCount() > MaxRows) {
        m_failed = true;
        return fail(FileWriteError::message(m_path, tr("a sheet holds at most %1 rows; this table has more.")
                                                        .arg(QLocale().toString(MaxRows - 1))));
    }
    m_rowsAppended += int(rows.rowCount());
    m_chunks.prepare([rows] { return prepare(rows); });
    return writePrepared(m_chunks.Ahead);
}

XlsxWorkbookWriter::PreparedRows XlsxWorkbookWriter::prepare(const ExportTable &rows)
{
    PreparedRows prepared;
    prepared.rows = int(rows.rowCount());
    prepared.columns = rows.columnCount();
    prepared.cells.resize(qsizetype(prepared.rows) * prepared.columns);
    PreparedRows::Cell *cell = prepared.cells.data();
    const auto addText = [&prepared, &cell](const QByteArray &utf8) {
        cell->kind = PreparedRows::Kind::Text;
        cell->textAt = prepared.text.size();
        prepared.text.append(utf8.constData(), utf8.size() + 1); // with its NUL
    };
    for (qsizetype row = 0; row < rows.rowCount(); ++row) {
        rows.prefetch(row);
        for (int column = 0; column < prepared.columns; ++column, ++cell) {
            if (rows.columns().at(column).kind == ExportTable::ColumnKind::DateTime) {
                const qint64 seconds = rows.time(row, column);
                if (seconds == ExportTable::NoTime)
                    continue;
                if (seconds < FirstTrueSerialSecond) {
                    // Excel has no true date before 1900-03-01: the exact time as text instead.
                    addText(ExportTable::isoUtc(seconds).toUtf8());
                } else {
                    cell->kind = PreparedRows::Kind::Date;
                    cell->serial = excelSerial(seconds);
                }
            } else {
                const QString &text = rows.text(row, column);
                if (text.isEmpty())
                    continue;
                bool truncated = false;
                addText(cellText(text, &truncated));
                prepared.truncated += truncated;
            }
        }
    }
    return prepared;
}

bool XlsxWorkbookWriter::write(const PreparedRows &rows)
{
    m_truncatedCells += rows.truncated;
    const PreparedRows::Cell *cell = rows.cells.constData();
    for (int row = 0; row < rows.rows; ++row, ++m_nextRow) {
        for (int column = 0; column < rows.columns; ++column, ++cell) {
            lxw_error error = LXW_NO_ERROR;
            if (cell->kind == PreparedRows::Kind::Text)
                error = worksheet_write_string(m_sheet, lxw_row_t(m_nextRow), lxw_col_t(column),
                                               rows.text.constData() + cell->textAt, nullptr);
            else if (cell->kind == PreparedRows::Kind::Date)
                error = worksheet_write_number(m_sheet, lxw_row_t(m_nextRow), lxw_col_t(column), cell->serial, m_dateFormat);
            if (error != LXW_NO_ERROR)
                return failWith(error, QString());
        }
    }
    if (!rowFileIsWhole())
        return false;
    countRowsWritten(rows.rows);
    return true;
}

bool XlsxWorkbookWriter::writePrepared(qsizetype keep)
{
    return m_chunks.writeAllBut(keep, [this](PreparedRows &&rows) { return !m_failed && write(rows); });
}

bool XlsxWorkbookWriter::rowFileIsWhole()
{
    // In constant-memory mode libxlsxwriter streams rows to a temporary file and does not check
    // those writes: a full disk would give a workbook with rows silently missing. Ask the stream.
    FILE *rows = m_sheet ? m_sheet->optimize_tmpfile : nullptr;
    if (!rows)
        return true;
    errno = 0;
    if (std::fflush(rows) == 0 && !std::ferror(rows))
        return true;
    return failWith(LXW_ERROR_CREATING_TMPFILE, QString());
}

bool XlsxWorkbookWriter::endSheet()
{
    if (!m_sheet)
        return true;
    if (!writePrepared(0))
        return false;
    const bool whole = rowFileIsWhole();
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_nextRow - 1), lxw_col_t(m_columns.size() - 1));
    m_sheet = nullptr;
    return whole;
}

bool XlsxWorkbookWriter::addSheet(const QString &name, const ExportTable &table)
{
    return beginTable(name, table.columns()) && appendRows(table);
}

bool XlsxWorkbookWriter::commit()
{
    if (m_failed) {
        cancel();
        return false;
    }
    if (!m_workbook) {
        return fail(FileWriteError::message(m_path, tr("the workbook has no sheet.")));
    }
    if (!endSheet()) {
        cancel();
        return false;
    }
    errno = 0;
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (error != LXW_NO_ERROR) {
        failWith(error, QString());
        cancel();
        return false;
    }
    if (m_truncatedCells > 0)
        warn(m_truncatedCells == 1
                 ? tr("1 cell was longer than Excel's %1 characters and was cut to that length.").arg(QLocale().toString(MaxCellChars))
                 : tr("%1 cells were longer than Excel's %2 characters and were cut to that length.")
                       .arg(QLocale().toString(m_truncatedCells), QLocale().toString(MaxCellChars)));
    const QString temporary = m_temporary->fileName();
    // Readable as the file it replaces was, or as a new file would be.
    const QFileInfo target(m_finalPath);
    QFile::setPermissions(temporary, target.exists() ? target.permissions()
                                                     : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!syncToDisk(temporary)
        || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(m_finalPath).constData()) != 0) {
        const int why = errno;
        fail(FileWriteError::message(m_path, FileWriteError::reasonForErrno(why, m_folder, QString())));
        cancel();
        return false;
    }
    m_temporary->setAutoRemove(false);
    m_temporary.reset();
    return true;
}

void XlsxWorkbookWriter::cancel()
{
    m_chunks.drop();
    if (m_workbook) {
        // libxlsxwriter frees a workbook only by closing it: it writes into the temporary file,
        // which is then removed. The target is never touched.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    m_sheet = nullptr;
    m_temporary.reset(); // removes the temporary file
}
