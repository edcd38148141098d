// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "api/apiclient.h"
#include "api/listingquery.h"
#include "api/pagefetch.h"
#include "connectionsettings.h"
#include "ui_connectiondialog.h"

#include <QLocale>
#include <QPushButton>

ConnectionDialog::ConnectionDialog(ConnectionSettings *settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>()), m_settings(settings),
      m_testClient(new ApiClient(this))
{
    m_ui->setupUi(this);
    m_ui->baseUrlEdit->setText(settings->baseUrl().toString());
    m_ui->keyNote->setText(settings->keyStorageText());
    m_ui->keyNote->setForegroundRole(QPalette::PlaceholderText);

    switch (settings->keySource()) {
    case ConnectionSettings::KeySource::Environment:
        // The environment's key is used but never shown or copied into the field.
        m_ui->keyEdit->setEnabled(false);
        m_ui->keyEdit->setPlaceholderText(tr("Set by %1").arg(QString::fromLatin1(ConnectionSettings::EnvironmentVariable)));
        m_ui->showKeyButton->setEnabled(false);
        break;
    case ConnectionSettings::KeySource::Demo:
        m_ui->keyEdit->setEnabled(false);
        m_ui->keyEdit->setPlaceholderText(tr("The demo server's built-in key"));
        m_ui->showKeyButton->setEnabled(false);
        m_ui->baseUrlEdit->setEnabled(false);
        break;
    case ConnectionSettings::KeySource::Keychain:
    case ConnectionSettings::KeySource::Session:
        m_ui->keyEdit->setPlaceholderText(tr("A key is set; type a new one to replace it"));
        break;
    case ConnectionSettings::KeySource::None:
        m_ui->keyEdit->setPlaceholderText(tr("sk-admin-…"));
        break;
    }

    // Wide enough for a key and a URL at the current font; a wrapped label would otherwise
    // settle on a narrow column.
    m_ui->keyNote->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->testResult->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    resize(sizeHint());

    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

ConnectionDialog::~ConnectionDialog() = default;

QUrl ConnectionDialog::baseUrl() const
{
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    return text.isEmpty() ? QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl)) : QUrl::fromUserInput(text);
}

QString ConnectionDialog::newKey() const
{
    return m_ui->keyEdit->isEnabled() ? m_ui->keyEdit->text().trimmed() : QString();
}

QString ConnectionDialog::testResult() const
{
    return m_ui->testResult->text();
}

void ConnectionDialog::accept()
{
    const QString problem = ApiClient::baseUrlProblem(baseUrl());
    if (!problem.isEmpty()) {
        m_ui->testResult->setText(problem);
        m_ui->baseUrlEdit->setFocus();
        return;
    }
    QDialog::accept();
}

QString ConnectionDialog::keyToUse() const
{
    const QString typed = newKey();
    return typed.isEmpty() ? m_settings->key() : typed;
}

void ConnectionDialog::testConnection()
{
    const QString problem = ApiClient::baseUrlProblem(baseUrl());
    if (!problem.isEmpty()) {
        m_ui->testResult->setText(problem);
        return;
    }
    if (keyToUse().isEmpty()) {
        m_ui->testResult->setText(tr("Enter an admin key first."));
        return;
    }
    if (m_test)
        m_test->cancel();
    m_testClient->setBaseUrl(baseUrl());
    m_testClient->setAdminKey(keyToUse());
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setText(tr("Listing projects…"));
    m_test = m_testClient->fetchPage(ListingQuery::projects(), {}, this);
    connect(m_test, &PageFetch::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_test, &PageFetch::retrying, this, [this](int attempt) {
        m_ui->testResult->setText(tr("Listing projects… (attempt %1)").arg(attempt));
    });
}

void ConnectionDialog::onTestFinished()
{
    m_ui->testButton->setEnabled(true);
    if (!m_test)
        return;
    if (m_test->succeeded()) {
        const int count = int(m_test->page().items.size());
        const QString projects = QLocale().toString(count);
        m_ui->testResult->setText(m_test->page().hasMore
                                      ? tr("Connected: %1 projects on the first page, and more.").arg(projects)
                                      : tr("Connected: %1 projects.").arg(projects));
    } else {
        m_ui->testResult->setText(tr("Failed: %1").arg(m_test->error().toString()));
    }
    m_test->deleteLater();
}
