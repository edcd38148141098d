// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include "api/apiclient.h"

#include <QSettings>
#include <QStandardPaths>

#ifdef ROSTER_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
// Tests (QStandardPaths test mode) never touch the real entry.
QString keychainService()
{
    return QStandardPaths::isTestModeEnabled() ? QStringLiteral("Roster-test") : QStringLiteral("Roster");
}
const QString KeychainEntry = QStringLiteral("openai-admin-key");
const QString BaseUrlSetting = QStringLiteral("connection/baseUrl");
} // namespace

ConnectionSettings::ConnectionSettings(QObject *parent)
    : QObject(parent)
{
    const QUrl stored = QSettings().value(BaseUrlSetting).toUrl();
    m_baseUrl = stored.isValid() && !stored.isEmpty() ? stored : QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    // The environment wins over anything stored, and is known at once.
    if (environmentHasKey()) {
        m_key = qEnvironmentVariable(EnvironmentVariable).trimmed();
        m_source = KeySource::Environment;
    }
}

void ConnectionSettings::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    if (!isDemo())
        QSettings().setValue(BaseUrlSetting, url.toString());
    Q_EMIT changed();
}

bool ConnectionSettings::environmentHasKey()
{
    return !qEnvironmentVariable(EnvironmentVariable).trimmed().isEmpty();
}

void ConnectionSettings::load()
{
    if (m_source == KeySource::Environment || m_source == KeySource::Demo) {
        Q_EMIT loaded();
        return;
    }
#ifdef ROSTER_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(KeychainEntry);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError && !job->textData().isEmpty() && m_source == KeySource::None) {
            m_key = job->textData();
            m_source = KeySource::Keychain;
        } else if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            m_keychainProblem = job->errorString();
        }
        Q_EMIT loaded();
    });
    job->start();
#else
    m_keychainProblem = tr("Roster was built without keychain support.");
    Q_EMIT loaded();
#endif
}

void ConnectionSettings::setKey(const QString &key)
{
    if (m_source == KeySource::Environment || key.trimmed().isEmpty())
        return;
    m_key = key.trimmed();
    m_source = KeySource::Session;
    Q_EMIT changed();
#ifdef ROSTER_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setAutoDelete(true);
    job->setKey(KeychainEntry);
    job->setTextData(m_key);
    connect(job, &QKeychain::Job::finished, this, [this, job, stored = m_key] {
        const bool persisted = job->error() == QKeychain::NoError;
        if (persisted && m_key == stored && m_source == KeySource::Session)
            m_source = KeySource::Keychain;
        if (!persisted)
            m_keychainProblem = job->errorString();
        Q_EMIT keyStored(persisted);
        Q_EMIT changed();
    });
    job->start();
#else
    m_keychainProblem = tr("Roster was built without keychain support.");
    Q_EMIT keyStored(false);
#endif
}

void ConnectionSettings::useDemo(const QUrl &baseUrl, const QString &key)
{
    m_baseUrl = baseUrl;
    m_key = key;
    m_source = KeySource::Demo;
    Q_EMIT changed();
}

QString ConnectionSettings::keyStorageText() const
{
    switch (m_source) {
    case KeySource::Environment:
        return tr("The key comes from the environment variable %1. It is used as it is and never stored.")
            .arg(QString::fromLatin1(EnvironmentVariable));
    case KeySource::Keychain:
        return tr("The key is kept in the system keychain.");
    case KeySource::Session:
        return m_keychainProblem.isEmpty()
                   ? tr("The key is being stored in the system keychain…")
                   : tr("No system keychain is available, so the key is kept for this session only (%1).")
                         .arg(m_keychainProblem);
    case KeySource::Demo:
        return tr("Connected to the built-in demo server; its key is built in and never stored.");
    case KeySource::None:
        break;
    }
    return tr("No key yet. A key entered here is kept in the system keychain where one is available, "
              "otherwise only for this session.");
}

void ConnectionSettings::applyTo(ApiClient *client) const
{
    client->setBaseUrl(m_baseUrl);
    if (!m_key.isEmpty())
        client->setAdminKey(m_key);
}
