// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterbar.h"

#include <QWidget>

class ApiError;
class ErrorBanner;
class ListingTableView;
class PagedTableModel;
class QLabel;
class QProgressBar;
class TableFilterProxyModel;

// One listing in the window (a project's users, its groups, a group's members): the filter
// bar, the error banner, the honest note about partial data, a busy line and the table,
// with an empty-state text over the table area. Status text and the tab title flow up by signals.
class ListingTab : public QWidget
{
    Q_OBJECT

public:
    // How the tab talks about its rows.
    struct Kind
    {
        QString title;    // "Users"
        QString singular; // "user"
        QString plural;   // "users"
        QString settingsKey;
    };

    // Takes ownership of `model`.
    ListingTab(PagedTableModel *model, const Kind &kind, QWidget *parent = nullptr);

    PagedTableModel *model() const { return m_model; }
    TableFilterProxyModel *proxy() const { return m_proxy; }
    ListingTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorBanner *errorBanner() const { return m_banner; }
    const Kind &kind() const { return m_kind; }

    // "Users 240+" while more are on the server, "Users 1,312" when all are loaded.
    QString titleWithCount() const;
    QString statusText() const;
    // The note shown while a sort or filter covers only part of the listing ("" when none).
    QString partialNote() const;
    // The text over the empty table ("" when rows are shown).
    QString emptyText() const;

    // Asks the model for its first page when nothing is loaded yet (a hidden view does not ask).
    void ensureStarted();
    void reload();
    void loadAll();
    void cancelLoadAll();

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void statusChanged(const QString &text);
    void titleChanged(const QString &title);
    void connectionSettingsRequested();

private:
    void applyCategory();
    // Sizes the columns to the first rows, once, unless a remembered layout was restored.
    void fitColumnsOnce();
    void refresh();

    PagedTableModel *m_model;         // owned (child)
    TableFilterProxyModel *m_proxy;   // owned (child)
    Kind m_kind;
    FilterBar *m_filterBar;           // owned by the layout
    ErrorBanner *m_banner;            // owned by the layout
    QLabel *m_note;                   // owned by the layout
    QProgressBar *m_busy;             // owned by the layout
    ListingTableView *m_view;         // owned by the layout
    QLabel *m_empty;                  // owned by the view's viewport
    bool m_columnsFitted = false;
};
