// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/csvoptions.h"
#include "export/exportformat.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Where an export goes and how it is written: the file (suggested, with Browse…), the format
// (CSV or XLSX; the file name's suffix follows it), and for CSV the formula guard (on by
// default) and the byte-order mark. An XLSX file needs neither: its cells are never run as
// formulas and it has no text encoding to mark.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &summary, const QString &suggestedPath, bool byteOrderMark, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString filePath() const;
    void setFilePath(const QString &path);
    CsvOptions options() const;
    void setOptions(const CsvOptions &options);
    ExportFormat format() const;
    // Also gives the file name the format's suffix.
    void setFormat(ExportFormat format);

    // Asks before replacing an existing file; an empty path keeps the dialog open.
    void accept() override;

private:
    void browse();
    void formatChosen();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};
