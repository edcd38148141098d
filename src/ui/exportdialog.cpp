// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QComboBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

ExportDialog::ExportDialog(const QString &summary, const QString &suggestedPath, bool byteOrderMark, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(summary);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(suggestedPath));
    // Room for a whole path at the current font.
    m_ui->pathEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->pathEdit->setCursorPosition(m_ui->pathEdit->text().size());
    m_ui->bomCheck->setChecked(byteOrderMark);
    m_ui->formulaGuardCheck->setToolTip(
        tr("A field that begins with = + - @, a tab or a carriage return gets a leading ' so that a spreadsheet "
           "shows it as text instead of running it. Turn off for a plain data file."));
    m_ui->formatCombo->addItem(tr("CSV (comma-separated text)"), int(ExportFormat::Csv));
    m_ui->formatCombo->addItem(tr("XLSX (Excel workbook)"), int(ExportFormat::Xlsx));
    m_ui->formatCombo->setCurrentIndex(exportFormatOfFileName(suggestedPath) == ExportFormat::Xlsx ? 1 : 0);
    formatChosen();
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
}

void ExportDialog::setFilePath(const QString &path)
{
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
}

CsvOptions ExportDialog::options() const
{
    CsvOptions options;
    options.formulaGuard = m_ui->formulaGuardCheck->isChecked();
    options.byteOrderMark = m_ui->bomCheck->isChecked();
    return options;
}

void ExportDialog::setOptions(const CsvOptions &options)
{
    m_ui->formulaGuardCheck->setChecked(options.formulaGuard);
    m_ui->bomCheck->setChecked(options.byteOrderMark);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_ui->formatCombo->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

void ExportDialog::formatChosen()
{
    const ExportFormat chosen = format();
    const bool csv = chosen == ExportFormat::Csv;
    m_ui->formulaGuardCheck->setEnabled(csv);
    m_ui->bomCheck->setEnabled(csv);
    // The suffix follows the format: "users.csv" becomes "users.xlsx" and back.
    const QString path = filePath();
    const QFileInfo info(path);
    if (path.isEmpty() || exportFormatOfFileName(info.fileName()) == chosen)
        return;
    const QString suffix = QLatin1Char('.') + exportFormatName(chosen);
    const QString base = exportFormatOfFileName(info.fileName()) ? path.left(path.size() - info.suffix().size() - 1) : path;
    setFilePath(base + suffix);
}

void ExportDialog::accept()
{
    const QString path = filePath();
    if (path.isEmpty()) {
        m_ui->pathEdit->setFocus();
        return;
    }
    if (QFileInfo(path).isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” is a folder. Choose a file name.").arg(path));
        return;
    }
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, windowTitle(), tr("“%1” exists. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

void ExportDialog::browse()
{
    // accept() asks about replacing an existing file, once.
    const QString filter = format() == ExportFormat::Xlsx ? tr("Excel workbooks (*.xlsx);;All files (*)")
                                                          : tr("CSV files (*.csv);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), filePath(), filter, nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    setFilePath(path);
    if (const std::optional<ExportFormat> chosen = exportFormatOfFileName(QFileInfo(path).fileName()))
        setFormat(*chosen);
}
