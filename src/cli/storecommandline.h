// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

#include <optional>

// What `roster snapshot`, `roster snapshots` and `roster diff` share: the store's --db option,
// the live load's options, and how they read and answer --help and bad usage.
class StoreCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommandLine)

public:
    struct Live
    {
        bool demo = false;
        QUrl baseUrl;
        bool includeArchived = false;
        int concurrency = 4;
    };

    // Names the application as the window does (so the default store is the window's too), sets the
    // version, installs the translations; returns the arguments without the command's own word.
    static QStringList setUpApplication(const QCoreApplication &app);

    StoreCommandLine(const QString &command, const QString &description, const QString &usage);
    QCommandLineParser &parser() { return m_parser; }
    void addLiveOptions();

    // Parses the arguments; an exit code when done (help, version, bad usage).
    std::optional<int> parse(const QStringList &arguments);
    int badUsage(const QString &message) const;
    QString dbPath() const;
    // The live load's options, checked; an exit code on bad usage.
    std::optional<int> readLive(Live *live) const;

private:
    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_db;
    QCommandLineOption m_demo;
    QCommandLineOption m_baseUrl;
    QCommandLineOption m_includeArchived;
    QCommandLineOption m_concurrency;
    bool m_live = false;
};
