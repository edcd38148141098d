// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "api/apiclient.h"
#include "connectiondialog.h"
#include "connectionsettings.h"
#include "demoserversession.h"
#include "exportcontroller.h"
#include "groupmembersdialog.h"
#include "listingtab.h"
#include "listingtableview.h"
#include "models/modelroles.h"
#include "models/projectgroupsmodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "access/organizationaccessloader.h"
#include "organizationview.h"
#include "reviewsview.h"
#include "snapshotlistmodel.h"
#include "store/snapshotstore.h"
#include "filteredtablepane.h"
#include "filterbar.h"
#include "projectpicker.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString GeometrySetting = QStringLiteral("window/geometry");
const QString LastProjectSetting = QStringLiteral("project/last");
const QString LastTabSetting = QStringLiteral("window/tab");
const QString LastModeSetting = QStringLiteral("window/mode");
// The snapshot store's file, when not the default one in the user's data folder.
const QString StorePathSetting = QStringLiteral("store/path");
QString headerSetting(const ListingTab *tab)
{
    return QStringLiteral("tables/%1/header").arg(tab->kind().settingsKey);
}
// How long a message about a copy or an export stays in the status bar.
constexpr int MessageMs = 15000;
} // namespace

static void initRosterResources()
{
    // The resources live in the static library: pull them in by name.
    Q_INIT_RESOURCE(roster);
}

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(new ApiClient, true, parent)
{
}

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : MainWindow(client, false, parent)
{
}

MainWindow::MainWindow(ApiClient *client, bool ownsClient, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_connection(new ConnectionSettings(this)),
      m_demo(new DemoServerSession(this)), m_exporter(new ExportController(this, this))
{
    initRosterResources();
    if (ownsClient) {
        m_client->setParent(this);
    } else {
        // Someone else configured the client: the settings dialog starts from its URL.
        m_connection->adoptBaseUrl(client->baseUrl());
        m_ready = true;
    }
    setWindowTitle(tr("Roster"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/roster.svg")));
    setUpWidgets();
    setUpMenus();
    restoreSettings();
    if (m_ready)
        m_picker->reload();
    // Keys go to the table first: arrows, Ctrl+C and typing-to-find work at once.
    m_users->view()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpWidgets()
{
    m_modes = new QTabWidget(this);
    auto *central = new QWidget(m_modes);
    m_picker = new ProjectPicker(m_client, central);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);

    m_users = new ListingTab(new ProjectUsersModel(m_client),
                             {tr("Users"), tr("user"), tr("users"), QStringLiteral("users")},
                             m_tabs);
    m_groups = new ListingTab(new ProjectGroupsModel(m_client),
                              {tr("Groups"), tr("group"), tr("groups"), QStringLiteral("groups")},
                              m_tabs);
    m_groups->view()->setToolTip(tr("Double-click a group, or press Enter, to see its members"));
    m_tabs->addTab(m_users, m_users->titleWithCount());
    m_tabs->addTab(m_groups, m_groups->titleWithCount());

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_picker);
    layout->addWidget(m_tabs, 1);
    m_organization = new OrganizationView(m_client, m_modes);
    m_modes->addTab(central, tr("Pro&ject"));
    m_modes->addTab(m_organization, tr("&Organization"));
    m_reviews = new ReviewsView(QSettings().value(StorePathSetting, SnapshotStore::defaultPath()).toString(), m_modes);
    m_modes->addTab(m_reviews, tr("&Reviews"));
    m_modes->setTabToolTip(2, tr("Dated snapshots of who had access, and what changed between two"));
    connect(m_organization, &OrganizationView::accessChanged, m_reviews, &ReviewsView::setLiveAccess);
    connect(m_reviews, &ReviewsView::statusChanged, this, &MainWindow::updateStatus);
    m_modes->setTabToolTip(0, tr("One project's users and groups"));
    m_modes->setTabToolTip(1, tr("Who has access to what, across every project"));
    setCentralWidget(m_modes);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));
    statusBar()->addPermanentWidget(m_status);

    connect(m_picker, &ProjectPicker::projectChosen, this, &MainWindow::onProjectChosen);
    for (ListingTab *tab : {m_users, m_groups}) {
        connect(tab, &ListingTab::titleChanged, this, [this, tab](const QString &title) {
            m_tabs->setTabText(m_tabs->indexOf(tab), title);
        });
        connect(tab, &ListingTab::statusChanged, this, &MainWindow::updateStatus);
        connect(tab, &ListingTab::connectionSettingsRequested, this, &MainWindow::openConnectionSettings);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    connect(m_modes, &QTabWidget::currentChanged, this, [this] {
        // The first visit reads the organization: the view has nothing to show before that.
        if (isOrganizationMode() && m_ready && !m_organization->access() && !m_organization->loader()->isBusy())
            m_organization->load();
        if (m_modes->currentWidget() == m_reviews && m_reviews->snapshots()->rowCount() == 0 && !m_reviews->isBusy())
            m_reviews->refresh();
        updateStatus();
    });
    connect(m_organization, &OrganizationView::statusChanged, this, &MainWindow::updateStatus);
    // Activated: a double click, or Enter on the current row.
    connect(m_groups->view(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openGroupMembers(index.row()); });
    connect(m_exporter, &ExportController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageMs); });
}

void MainWindow::setUpMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportSelection = file->addAction(tr("Export &selection…"), this, [this] {
        if (!isOrganizationMode()) {
            m_exporter->exportSelection(currentTab(), exportBaseName());
        } else if (FilteredTablePane *pane = currentPane()) {
            // The organization's tables hold every row once loaded.
            const bool selected = !pane->selectedRows().isEmpty();
            m_exporter->exportRows(exportSource(pane, selected), ExportController::selectionSummary(selected, true),
                                   exportBaseName());
        }
    });
    exportSelection->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addAction(tr("Export &all…"), this, [this] {
        if (!isOrganizationMode()) {
            m_exporter->exportAll(currentTab(), exportBaseName());
        } else if (FilteredTablePane *pane = currentPane()) {
            const QString plural = pane->plural();
            const auto summary = [plural](int rows, const QString &) {
                return tr("All %1 %2 shown will be exported.").arg(QLocale().toString(rows), plural);
            };
            m_exporter->exportRows(exportSource(pane, false), summary, exportBaseName());
        }
    });
    file->addSeparator();
    file->addAction(tr("&Connection settings…"), this, &MainWindow::openConnectionSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), this, [this] {
        if (!isOrganizationMode())
            m_exporter->copySelection(currentTab());
        else if (FilteredTablePane *pane = currentPane())
            m_exporter->copyRows(exportSource(pane, true));
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(tr("Copy the selected rows as tab-separated text with a header row"));
    QAction *selectAll = edit->addAction(tr("Select &all"), this, [this] {
        if (!isOrganizationMode())
            currentTab()->view()->selectAll();
        else if (FilteredTablePane *pane = currentPane())
            pane->view()->selectAll();
    });
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter…"), this, [this] {
        if (!isOrganizationMode())
            currentTab()->filterBar()->focusSearch();
        else if (FilteredTablePane *pane = currentPane())
            pane->filterBar()->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        if (m_modes->currentWidget() == m_reviews)
            m_reviews->refresh();
        else if (isOrganizationMode())
            m_organization->load();
        else
            currentTab()->reload();
    });
    reload->setShortcut(QKeySequence::Refresh);
    QAction *loadAll = view->addAction(tr("&Load all"), this, [this] {
        if (isOrganizationMode())
            m_organization->load();
        else
            currentTab()->loadAll();
    });
    loadAll->setShortcut(Qt::CTRL | Qt::Key_L);
    QMenu *sort = view->addMenu(tr("&Sort by"));
    connect(sort, &QMenu::aboutToShow, this, [this, sort] {
        if (!isOrganizationMode()) {
            currentTab()->view()->fillSortMenu(sort);
            return;
        }
        sort->clear();
        sort->addAction(tr("Click a column's title to sort the organization's tables"))->setEnabled(false);
    });
    view->addSeparator();
    QAction *users = view->addAction(tr("&Users"), this, [this] { showTab(Tab::Users); });
    users->setShortcut(Qt::ALT | Qt::Key_1);
    QAction *groups = view->addAction(tr("&Groups"), this, [this] { showTab(Tab::Groups); });
    groups->setShortcut(Qt::ALT | Qt::Key_2);
    QAction *organization = view->addAction(tr("&Organization"), this, [this] { showTab(Tab::Organization); });
    organization->setShortcut(Qt::ALT | Qt::Key_3);
    QAction *reviews = view->addAction(tr("&Reviews"), this, [this] { showTab(Tab::Reviews); });
    reviews->setShortcut(Qt::ALT | Qt::Key_4);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Roster"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometrySetting).toByteArray())) {
        // A first start: a size that fits the five user columns at the current font.
        const QFontMetrics metrics = fontMetrics();
        resize(metrics.averageCharWidth() * 150, metrics.height() * 40);
    }
    for (ListingTab *tab : {m_users, m_groups})
        tab->restoreHeaderState(settings.value(headerSetting(tab)).toByteArray());
    if (settings.value(LastTabSetting).toString() == QLatin1String("groups"))
        m_tabs->setCurrentWidget(m_groups);
    if (settings.value(LastModeSetting).toString() == QLatin1String("organization"))
        m_modes->setCurrentWidget(m_organization);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(GeometrySetting, saveGeometry());
    for (ListingTab *tab : {m_users, m_groups})
        settings.setValue(headerSetting(tab), tab->headerState());
    settings.setValue(LastTabSetting, m_tabs->currentWidget() == m_groups ? QStringLiteral("groups") : QStringLiteral("users"));
    settings.setValue(LastModeSetting, isOrganizationMode() ? QStringLiteral("organization") : QStringLiteral("project"));
    if (!m_projectId.isEmpty())
        settings.setValue(LastProjectSetting, m_projectId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::start()
{
    m_ready = false;
    connect(m_connection, &ConnectionSettings::loaded, this, [this] {
        if (m_demo->isRunning())
            return;
        applyConnection();
        if (m_connection->hasKey())
            becomeReady();
        else
            offerDemo();
    }, Qt::SingleShotConnection);
    m_connection->load();
}

bool MainWindow::startDemo()
{
    if (!m_demo->start()) {
        statusBar()->showMessage(tr("The demo server could not start on 127.0.0.1."));
        return false;
    }
    m_connection->useDemo(m_demo->baseUrl(), m_demo->key());
    applyConnection();
    if (m_pendingProject.isEmpty() && m_projectId.isEmpty())
        m_pendingProject = m_demo->defaultProjectId();
    setWindowTitle(tr("Roster — demo server"));
    becomeReady();
    return true;
}

void MainWindow::setBaseUrlOverride(const QUrl &url)
{
    m_baseUrlOverride = url;
}

void MainWindow::applyConnection()
{
    m_connection->applyTo(m_client);
    if (m_baseUrlOverride.isValid() && !m_connection->isDemo())
        m_client->setBaseUrl(m_baseUrlOverride);
}

void MainWindow::becomeReady()
{
    m_ready = true;
    m_picker->reload();
    QString project = m_pendingProject;
    m_pendingProject.clear();
    if (project.isEmpty())
        project = QSettings().value(LastProjectSetting).toString();
    if (!project.isEmpty())
        openProject(project);
}

void MainWindow::offerDemo()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("No admin key"),
                                tr("Roster needs an OpenAI admin key to list your organization's projects."),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Enter a key in the connection settings, or look around with the built-in demo "
                               "server and its made-up organization."));
    QPushButton *demo = box->addButton(tr("Use the &demo server"), QMessageBox::AcceptRole);
    QPushButton *key = box->addButton(tr("Enter a &key…"), QMessageBox::ActionRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, demo, key](QAbstractButton *button) {
        if (button == demo)
            startDemo();
        else if (button == key)
            openConnectionSettings();
    });
    box->open();
}

void MainWindow::openProject(const QString &projectId)
{
    if (!m_ready) {
        m_pendingProject = projectId;
        return;
    }
    m_picker->setCurrentProject(projectId);
}

void MainWindow::onProjectChosen(const QString &projectId)
{
    if (projectId.isEmpty() || projectId == m_projectId)
        return;
    m_projectId = projectId;
    auto *users = static_cast<ProjectUsersModel *>(m_users->model());
    auto *groups = static_cast<ProjectGroupsModel *>(m_groups->model());
    users->setProjectId(projectId);
    groups->setProjectId(projectId);
    m_users->ensureStarted();
    m_groups->ensureStarted();
    QSettings().setValue(LastProjectSetting, projectId);
    updateStatus();
}

void MainWindow::showTab(Tab tab)
{
    if (tab == Tab::Organization || tab == Tab::Reviews) {
        m_modes->setCurrentWidget(tab == Tab::Organization ? static_cast<QWidget *>(m_organization) : m_reviews);
        return;
    }
    m_modes->setCurrentIndex(0);
    m_tabs->setCurrentWidget(tab == Tab::Groups ? m_groups : m_users);
}

FilteredTablePane *MainWindow::currentPane() const
{
    return m_modes->currentWidget() == m_reviews ? m_reviews->changesPane() : m_organization->currentPane();
}

bool MainWindow::isOrganizationMode() const
{
    return m_modes->currentWidget() != m_modes->widget(0);
}

void MainWindow::setStorePathOverride(const QString &path)
{
    const int index = m_modes->indexOf(m_reviews);
    auto *reviews = new ReviewsView(path, m_modes);
    connect(m_organization, &OrganizationView::accessChanged, reviews, &ReviewsView::setLiveAccess);
    connect(reviews, &ReviewsView::statusChanged, this, &MainWindow::updateStatus);
    reviews->setLiveAccess(m_organization->access());
    m_modes->removeTab(index);
    delete m_reviews;
    m_reviews = reviews;
    m_modes->insertTab(index, m_reviews, tr("&Reviews"));
}

ListingTab *MainWindow::currentTab() const
{
    return m_tabs->currentWidget() == m_groups ? m_groups : m_users;
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    if (m_modes->currentWidget() == m_reviews)
        m_status->setText(m_reviews->statusText());
    else
        m_status->setText(isOrganizationMode() ? m_organization->statusText() : currentTab()->statusText());
}

ExportController::Source MainWindow::exportSource(FilteredTablePane *pane, bool selected) const
{
    ExportController::Source source;
    source.owner = pane;
    source.model = pane->proxy();
    source.rows = [pane = QPointer<FilteredTablePane>(pane), selected] {
        if (!pane)
            return QVector<int>();
        return selected ? pane->selectedRows() : pane->allRows();
    };
    source.columns = pane->visibleColumns();
    source.singular = pane->singular();
    source.plural = pane->plural();
    return source;
}

QString MainWindow::exportBaseName() const
{
    if (m_modes->currentWidget() == m_reviews)
        return QStringLiteral("access-changes");
    if (isOrganizationMode()) {
        const OrganizationView::Page page = m_organization->currentPage();
        return page == OrganizationView::Page::AccessList ? QStringLiteral("organization-access")
             : currentPane() == m_organization->personPane() ? QStringLiteral("person-access")
                                                                           : QStringLiteral("organization-people");
    }
    const QString project = m_projectId.isEmpty() ? QStringLiteral("roster") : m_projectId;
    return project + (currentTab() == m_groups ? QStringLiteral("-groups") : QStringLiteral("-users"));
}

ConnectionDialog *MainWindow::openConnectionSettings()
{
    if (m_connectionDialog) {
        m_connectionDialog->raise();
        m_connectionDialog->activateWindow();
        return m_connectionDialog;
    }
    auto *dialog = new ConnectionDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_connectionDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_connection->isDemo()) {
            m_connection->setBaseUrl(dialog->baseUrl());
            m_baseUrlOverride.clear();
            if (!dialog->newKey().isEmpty())
                m_connection->setKey(dialog->newKey());
        }
        applyConnection();
        if (!m_connection->hasKey())
            return;
        if (!m_ready) {
            becomeReady();
            return;
        }
        m_picker->reload();
        m_users->reload();
        m_groups->reload();
    });
    dialog->open();
    return dialog;
}

GroupMembersDialog *MainWindow::openGroupMembers(int groupsProxyRow)
{
    const QAbstractItemModel *groups = m_groups->proxy();
    if (groupsProxyRow < 0 || groupsProxyRow >= groups->rowCount())
        return nullptr;
    // Raw values: the displayed text is cut and cleaned, and the id goes to the network.
    const QString id = groups->index(groupsProxyRow, ProjectGroupsModel::IdColumn).data(ModelRoles::RawRole).toString();
    const QString name = groups->index(groupsProxyRow, ProjectGroupsModel::NameColumn).data(ModelRoles::RawRole).toString();
    auto *dialog = new GroupMembersDialog(m_client, id, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Roster"),
                                tr("<h3>Roster %1</h3><p>Browse who has access to an OpenAI project: its users "
                                   "and groups, from the OpenAI Admin API.</p><p>Built with Qt %2.</p>")
                                    .arg(QStringLiteral(ROSTER_VERSION), QString::fromLatin1(qVersion())),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(style()->pixelMetric(QStyle::PM_MessageBoxIconSize)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
