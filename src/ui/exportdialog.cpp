#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to CSV"), filePath(),
                                                      tr("CSV files (*.csv);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setFilePath(path);
}
