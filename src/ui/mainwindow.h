// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class ApiClient;
class ConnectionDialog;
class ConnectionSettings;
class DemoServerSession;
class FilteredTablePane;
class GroupMembersDialog;
class ListingTab;
class OrganizationView;
class ReviewsView;
class ProjectPicker;
class QLabel;
class QTabWidget;

// Roster's window, in two modes: a Project (the picker on top, a Users and a Groups tab for the
// chosen project) and the Organization (every project at once: people, the access list and the
// access matrix). Also the menus, the status bar, and what is remembered between runs (geometry,
// last project and mode, column layouts). Window actions (copy, export, reload, load all) go to
// the current tab.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Users, Groups, Organization, Reviews };

    // Owns its ApiClient; call start() or startDemo() to connect.
    explicit MainWindow(QWidget *parent = nullptr);
    // Uses `client` as it is configured (tests point it at a local server); ready at once.
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the key (environment, keychain), then opens the last project; with no key,
    // offers the demo server.
    void start();
    // Starts the in-process demo server and connects to it; false when it cannot listen.
    bool startDemo();
    // For --base-url: used for this run, not remembered.
    void setBaseUrlOverride(const QUrl &url);

    void openProject(const QString &projectId);
    QString projectId() const { return m_projectId; }
    void showTab(Tab tab);

    ApiClient *client() const { return m_client; }
    ProjectPicker *projectPicker() const { return m_picker; }
    ListingTab *usersTab() const { return m_users; }
    ListingTab *groupsTab() const { return m_groups; }
    // The project tab shown (Users or Groups); the window actions go to it in Project mode.
    ListingTab *currentTab() const;
    OrganizationView *organizationView() const { return m_organization; }
    ReviewsView *reviewsView() const { return m_reviews; }
    // For --db: the snapshot store this run uses, not remembered.
    void setStorePathOverride(const QString &path);
    // The Project / Organization switch, and the Users / Groups tabs of the project.
    QTabWidget *modeTabs() const { return m_modes; }
    QTabWidget *projectTabs() const { return m_tabs; }
    // Organization or Reviews: the window actions go to currentPane() instead of a project tab.
    bool isOrganizationMode() const;
    FilteredTablePane *currentPane() const;
    ExportController *exporter() const { return m_exporter; }
    QString statusText() const;

    ConnectionDialog *openConnectionSettings();
    GroupMembersDialog *openGroupMembers(int groupsProxyRow);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(ApiClient *client, bool ownsClient, QWidget *parent);
    void setUpWidgets();
    void setUpMenus();
    void restoreSettings();
    void saveSettings();
    void becomeReady();
    void offerDemo();
    void onProjectChosen(const QString &projectId);
    void applyConnection();
    void updateStatus();
    QString exportBaseName() const;
    // The selected rows of `pane`, or all it shows.
    ExportController::Source exportSource(FilteredTablePane *pane, bool selected) const;
    void showAbout();

    ApiClient *m_client;                 // owned (child) when the window made it
    ConnectionSettings *m_connection;    // owned (child)
    DemoServerSession *m_demo;           // owned (child)
    ExportController *m_exporter;        // owned (child)
    ProjectPicker *m_picker = nullptr;   // owned by the layout
    QTabWidget *m_modes = nullptr;       // owned by the layout: Project and Organization
    QTabWidget *m_tabs = nullptr;        // owned by m_modes
    OrganizationView *m_organization = nullptr; // owned by m_modes
    ReviewsView *m_reviews = nullptr;           // owned by m_modes
    ListingTab *m_users = nullptr;       // owned by m_tabs
    ListingTab *m_groups = nullptr;      // owned by m_tabs
    QLabel *m_status = nullptr;          // owned by the status bar
    QPointer<ConnectionDialog> m_connectionDialog;
    QUrl m_baseUrlOverride;
    QString m_projectId;
    QString m_pendingProject;
    bool m_ready = false;
};
