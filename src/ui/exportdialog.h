#pragma once

#include "export/csvoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Where an export goes and how it is written: the file (suggested, with Browse…), the
// formula guard (on by default) and the byte-order mark.
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

    // Asks before replacing an existing file; an empty path keeps the dialog open.
    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::ExportDialog> m_ui;
};
