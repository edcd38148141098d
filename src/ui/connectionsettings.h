// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class ApiClient;

// Where the admin key and the base URL come from, and where a new key goes.
// The key is never written to QSettings or any plain file: OPENAI_ADMIN_KEY wins and is
// only read; otherwise the system keychain (QtKeychain, asynchronously) keeps it, and
// where no keychain works it lives only as long as the session.
class ConnectionSettings : public QObject
{
    Q_OBJECT

public:
    enum class KeySource {
        None,        // no key yet
        Environment, // OPENAI_ADMIN_KEY
        Keychain,    // read from or stored in the system keychain
        Session,     // typed in this session; no keychain could keep it
        Demo,        // the built-in demo server's key
    };
    Q_ENUM(KeySource)

    static constexpr const char *EnvironmentVariable = "OPENAI_ADMIN_KEY";

    explicit ConnectionSettings(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // Remembered in QSettings (a URL is no secret).
    void setBaseUrl(const QUrl &url);
    // Takes `url` as the current one without remembering it (a client configured elsewhere).
    void adoptBaseUrl(const QUrl &url) { m_baseUrl = url; }
    KeySource keySource() const { return m_source; }
    bool hasKey() const { return !m_key.isEmpty(); }
    // For a test connection with the key already in use; never shown.
    QString key() const { return m_key; }
    static bool environmentHasKey();

    // Reads the key from the environment or, asynchronously, the keychain; then loaded().
    void load();
    // Uses `key` at once and tries to keep it in the keychain; then keyStored().
    void setKey(const QString &key);
    // The demo server's key and URL, for this session only.
    void useDemo(const QUrl &baseUrl, const QString &key);
    bool isDemo() const { return m_source == KeySource::Demo; }

    // One sentence for the connection dialog: where the key comes from and where it is kept.
    QString keyStorageText() const;

    // Sets the client's base URL and, when there is one, its key.
    void applyTo(ApiClient *client) const;

Q_SIGNALS:
    void loaded();
    void keyStored(bool persisted);
    void changed();

private:
    QUrl m_baseUrl;
    QString m_key;
    KeySource m_source = KeySource::None;
    QString m_keychainProblem;
};
