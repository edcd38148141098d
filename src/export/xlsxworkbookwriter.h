// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chunkpipeline.h"
#include "tablefilewriter.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// An Excel workbook of one or more sheets, one table each, through libxlsxwriter in its
// constant-memory mode (rows stream to disk; memory does not grow with the table):
//   XlsxWorkbookWriter book(path);
//   book.addSheet("Summary", summary) && book.addSheet("Access", access) && book.commit();
// Each sheet has its header row bold and frozen and an autofilter over its columns. Text cells
// are string cells holding the exact text (a string cell is never run as a formula, so no guard);
// times are date cells with a date-time format, in UTC. The workbook is written to a temporary
// file in the target's folder and renamed over the target only once complete. Rows are made
// ready for libxlsxwriter (UTF-8, escapes, serial dates) on WorkerPool, a few chunks ahead,
// and handed to it in order on the caller's thread: libxlsxwriter itself is single-threaded.
class XlsxWorkbookWriter : public TableFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    // Excel's limit for a cell's text. Longer text is cut to it (never between the two halves of
    // a surrogate pair) and warnings() says how many cells were cut; a CSV keeps such text whole.
    static constexpr int MaxCellChars = 32767;
    // Excel's rows per sheet, the header row included.
    static constexpr int MaxRows = 1048576;
    // Excel's limit for a sheet's name.
    static constexpr int MaxSheetNameChars = 31;

    explicit XlsxWorkbookWriter(const QString &path);
    ~XlsxWorkbookWriter() override;

    // A sheet named `name` (characters Excel refuses in a sheet name become _; cut to 31).
    bool beginTable(const QString &name, const QVector<ExportTable::Column> &columns) override;
    bool appendRows(const ExportTable &rows) override;
    bool commit() override;
    void cancel() override;

    // A whole table as one sheet.
    bool addSheet(const QString &name, const ExportTable &table);
    int truncatedCells() const { return m_truncatedCells; }

    // What a string cell holds for `text`: cut to MaxCellChars, and a literal "_x0041_"
    // escaped as "_x005F_x0041_" so that a reader does not take it for an escaped character.
    static QByteArray cellText(const QString &text, bool *truncated);
    // Unix seconds as an Excel serial date (days since 1899-12-30); negative before 1900-03-01,
    // where Excel's calendar is not the real one.
    static double excelSerial(qint64 secondsSinceEpoch);

private:
    // A chunk's cells as libxlsxwriter takes them, row by row.
    struct PreparedRows
    {
        enum class Kind : quint8 { Empty, Text, Date };
        struct Cell
        {
            Kind kind = Kind::Empty;
            qsizetype textAt = 0; // a Text cell's NUL-terminated UTF-8 in `text`
            double serial = 0;    // a Date cell's serial date
        };
        QByteArray text;
        QVector<Cell> cells;
        int rows = 0;
        int columns = 0;
        int truncated = 0;
    };

    static PreparedRows prepare(const ExportTable &rows);
    bool write(const PreparedRows &rows);
    // Writes the chunks handed to the pool until `keep` are left; false, the rest dropped, at a failure.
    bool writePrepared(qsizetype keep);
    bool open();
    bool endSheet();
    bool rowFileIsWhole();
    bool failWith(int lxwError, const QString &what);

    QString m_path;
    QString m_finalPath; // m_path, or the file a link there points to
    QString m_folder;
    std::unique_ptr<QTemporaryFile> m_temporary;
    QByteArray m_temporaryDir; // for libxlsxwriter's row files, beside the target
    lxw_workbook *m_workbook = nullptr; // owned; freed by workbook_close
    lxw_worksheet *m_sheet = nullptr;   // owned by m_workbook
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    QVector<ExportTable::Column> m_columns;
    ChunkPipeline<PreparedRows> m_chunks;
    int m_nextRow = 0;
    int m_rowsAppended = 0; // m_nextRow and the rows still being prepared
    int m_truncatedCells = 0;
    bool m_failed = false;
};
