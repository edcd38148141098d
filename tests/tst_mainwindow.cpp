// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a person uses it, offscreen, against the local Admin API server.
#include "testsupport.h"

#include "export/csvoptions.h"
#include "models/modelroles.h"
#include "models/pagedtablemodel.h"
#include "models/projectgroupsmodel.h"
#include "models/projectsmodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/connectiondialog.h"
#include "ui/connectionsettings.h"
#include "ui/errorbanner.h"
#include "ui/exportcontroller.h"
#include "ui/exportdialog.h"
#include "ui/filterbar.h"
#include "ui/groupmembersdialog.h"
#include "ui/listingtab.h"
#include "ui/listingtableview.h"
#include "ui/mainwindow.h"
#include "ui/projectpicker.h"
#include "xlsxreader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QCollator>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

#ifdef ROSTER_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
const QString DemoProject = QStringLiteral("proj_roster_demo");     // 2 400 users, 40 groups
const QString SmallProject = QStringLiteral("proj_design_system");  // 12 users, 3 groups
constexpr int Wait = 10000;

void clickHeader(ListingTableView *view, int logical)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

QStringList columnTexts(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data(role).toString();
    return texts;
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    return widget->grab().save(testArtifactPath(name));
}

// Whether a label of `widget` says `text`.
bool says(const QWidget *widget, const QString &text)
{
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&text](const QLabel *label) { return label->text().contains(text); });
}

// Saves the export `dialog` offers to `path` as a person does, and returns the file's lines
// (the empty piece after the last CRLF included); none when nothing was written.
QList<QByteArray> saveExport(MainWindow *window, ExportDialog *dialog, const QString &path)
{
    dialog->setFilePath(path);
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QFile file(path);
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, Wait) || !finished.at(0).at(0).toBool()
        || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoModeStartsOnTheDemoServerAndShowsRows();
    void projectShowsRowsWithCountsInTitleAndStatus();
    void switchingProjectShowsOnlyTheNewProjectsRows();
    void pickerTakesAPastedIdAndShowsArchivedOnRequest();
    void projectsOfOneNameAreToldApartByTheirIds();
    void filterShowsMatchingRowsAndSaysTheyAreOnlyTheLoadedOnes();
    void filterThatMatchesNothingSaysSo();
    void emptyProjectSaysSoInTheTableArea();
    void headerClickSortsAndSaysItIsOverLoadedRows();
    void loadAllShowsProgressAndCancelStops();
    void serverErrorShowsBannerAndRetryRecovers();
    void forbiddenOffersConnectionSettings();
    void unreadableRowsAreCountedInTheStatus();
    void settingsDialogNeverShowsOrStoresEnvironmentKey();
    void testConnectionReportsProjects();
    void typedKeyGoesToKeychainOrStaysForTheSessionAndSaysSo();
    void copyShortcutPutsTsvWithHeaderOnClipboard();
    void reloadShortcutListsAgain();
    void findShortcutFocusesFilterAndEscapeClears();
    void exportSelectionShortcutOffersTheSelectedRows();
    void rowsPickedForExportStayPickedWhenTheyMove();
    void exportDialogWritesXlsxWhenChosen();
    void exportAllLoadsEverythingAndWritesMatchingRows();
    void exportAllOfASortedTableOffersEveryRow();
    void columnLayoutIsRemembered();
    void firstStartWithoutKeyOffersTheDemoServer();
    void doubleClickOnGroupOpensItsMembers();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &projectId);
    std::unique_ptr<LocalApi> m_api;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RosterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qunsetenv("OPENAI_ADMIN_KEY");
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_api = std::make_unique<LocalApi>();
}

void TestMainWindow::cleanup()
{
    m_api.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &projectId)
{
    auto window = std::make_unique<MainWindow>(m_api->client.get());
    window->resize(1100, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!projectId.isEmpty())
        window->openProject(projectId);
    return window;
}

void TestMainWindow::demoModeStartsOnTheDemoServerAndShowsRows()
{
    MainWindow window;
    window.resize(1100, 700);
    QVERIFY(window.startDemo());
    window.show();
    QCOMPARE(window.projectId(), DemoProject);
    QTRY_VERIFY_WITH_TIMEOUT(window.usersTab()->proxy()->rowCount() > 0, Wait);
    QVERIFY(window.client()->baseUrl().host() == QLatin1String("127.0.0.1"));
    // The demo key is never remembered.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QLatin1String(AdminApiServer::DemoKey)));
}

void TestMainWindow::projectShowsRowsWithCountsInTitleAndStatus()
{
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() >= 100 && !users->model()->isLoading(), Wait);
    auto *tabs = window->projectTabs();
    const QString rows = QLocale().toString(users->model()->rowCount());
    QCOMPARE(tabs->tabText(0), QStringLiteral("Users %1+").arg(rows));
    QVERIFY2(window->statusText().contains(QStringLiteral("users loaded · more available")), qPrintable(window->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(window->groupsTab()->model()->rowCount() > 0, Wait);
    // The picker shows the project's name once the project list has it.
    QTRY_VERIFY_WITH_TIMEOUT(window->projectPicker()->model()->rowOf(DemoProject) >= 0, Wait);
    const int projectRow = window->projectPicker()->model()->rowOf(DemoProject);
    QTRY_COMPARE(window->projectPicker()->comboBox()->currentText(),
                 window->projectPicker()->model()->record(projectRow).name + QStringLiteral(" · ") + DemoProject);
    users->view()->selectRow(2);
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("mainwindow.png")));

    // A small project loads completely: the title shows the exact count.
    window->openProject(SmallProject);
    QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(0), QStringLiteral("Users 12"), Wait);
    QVERIFY2(window->statusText().contains(QStringLiteral("12 users · all loaded")), qPrintable(window->statusText()));
}

void TestMainWindow::switchingProjectShowsOnlyTheNewProjectsRows()
{
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    PagedTableModel *users = window->usersTab()->model();
    QTRY_VERIFY_WITH_TIMEOUT(users->rowCount() > 0, Wait);
    const QStringList before = columnTexts(users, ProjectUsersModel::IdColumn);

    window->openProject(SmallProject);
    QTRY_VERIFY_WITH_TIMEOUT(users->isComplete(), Wait);
    QCOMPARE(users->rowCount(), 12);
    for (const QString &id : columnTexts(users, ProjectUsersModel::IdColumn))
        QVERIFY2(!before.contains(id), qPrintable(id));
    QCOMPARE(QSettings().value(QStringLiteral("project/last")).toString(), SmallProject);
}

void TestMainWindow::pickerTakesAPastedIdAndShowsArchivedOnRequest()
{
    auto window = openWindow({});
    QVERIFY(window);
    ProjectPicker *picker = window->projectPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowCount() > 0, Wait);
    QCOMPARE(picker->model()->rowOf(QStringLiteral("proj_legacy_pilot")), -1);

    QLineEdit *edit = picker->comboBox()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, SmallProject);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(window->projectId(), SmallProject);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->model()->isComplete(), Wait);
    QCOMPARE(window->usersTab()->model()->rowCount(), 12);

    for (QCheckBox *box : picker->findChildren<QCheckBox *>())
        box->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowOf(QStringLiteral("proj_legacy_pilot")) >= 0, Wait);
}

void TestMainWindow::projectsOfOneNameAreToldApartByTheirIds()
{
    DemoOrganization::ProjectSpec twin;
    twin.name = QStringLiteral("Twins");
    twin.userCount = 3;
    twin.id = QStringLiteral("proj_twin_one");
    m_api->server->organization().addProject(twin);
    twin.id = QStringLiteral("proj_twin_two");
    twin.userCount = 5;
    m_api->server->organization().addProject(twin);
    auto window = openWindow({});
    QVERIFY(window);
    ProjectPicker *picker = window->projectPicker();
    QTRY_VERIFY_WITH_TIMEOUT(picker->model()->rowOf(QStringLiteral("proj_twin_two")) >= 0, Wait);
    QComboBox *combo = picker->comboBox();
    QCOMPARE(combo->itemText(picker->model()->rowOf(QStringLiteral("proj_twin_one"))), QStringLiteral("Twins · proj_twin_one"));
    QCOMPARE(combo->itemText(picker->model()->rowOf(QStringLiteral("proj_twin_two"))), QStringLiteral("Twins · proj_twin_two"));

    // Typing part of the id offers that project alone.
    QLineEdit *edit = combo->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("twin_tw"));
    QTRY_COMPARE(combo->completer()->completionCount(), 1);
    QCOMPARE(combo->completer()->currentCompletion(), QStringLiteral("Twins · proj_twin_two"));
    edit->setText(QStringLiteral("Twins · proj_twin_two"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(window->projectId(), QStringLiteral("proj_twin_two"));
    QTRY_COMPARE_WITH_TIMEOUT(window->usersTab()->model()->rowCount(), 5, Wait);
}

void TestMainWindow::filterShowsMatchingRowsAndSaysTheyAreOnlyTheLoadedOnes()
{
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    // A surname from the first rows, typed as a person would.
    // A surname from the loaded rows (plain ASCII, as QTest types it), typed as a person would.
    QString needle;
    for (int row = 0; needle.isEmpty() && row < users->model()->rowCount(); ++row) {
        const QString name = users->model()->index(row, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString();
        const QString surname = name.section(QLatin1Char(' '), -1).toLower();
        bool ascii = surname.size() > 2;
        for (QChar c : surname)
            ascii &= c.unicode() < 128 && c.isLetter();
        if (ascii)
            needle = surname;
    }
    QVERIFY(!needle.isEmpty());
    QTest::keyClicks(users->filterBar()->searchField(), needle);
    QTRY_VERIFY_WITH_TIMEOUT(users->proxy()->filterText() == needle, Wait);
    QVERIFY(users->proxy()->rowCount() > 0);
    QVERIFY(users->proxy()->rowCount() < users->model()->rowCount());
    for (int row = 0; row < users->proxy()->rowCount(); ++row) {
        const QString text = users->proxy()->index(row, ProjectUsersModel::NameColumn).data().toString() + QLatin1Char(' ')
                             + users->proxy()->index(row, ProjectUsersModel::EmailColumn).data().toString()
                             + QLatin1Char(' ') + users->proxy()->index(row, ProjectUsersModel::IdColumn).data().toString();
        QVERIFY2(text.contains(needle, Qt::CaseInsensitive), qPrintable(text));
    }
    const QString loaded = QLocale().toString(users->model()->rowCount());
    QVERIFY2(users->partialNote().startsWith(QStringLiteral("Filtered over %1 loaded users; more on the server.").arg(loaded)),
             qPrintable(users->partialNote()));
    bool noteShown = false;
    for (QLabel *label : users->findChildren<QLabel *>())
        noteShown |= label->isVisible() && label->text().contains(QStringLiteral("loaded users; more on the server"));
    QVERIFY(noteShown);
    QVERIFY2(window->statusText().contains(QStringLiteral("of %1 users shown").arg(loaded)), qPrintable(window->statusText()));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("filtered.png")));
}

void TestMainWindow::filterThatMatchesNothingSaysSo()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    users->filterBar()->setFilterText(QStringLiteral("xyzzy"));
    QCOMPARE(users->proxy()->rowCount(), 0);
    QCOMPARE(users->emptyText(), QStringLiteral("No users match “xyzzy”."));
    // Complete listing: no note about partial data.
    QVERIFY(users->partialNote().isEmpty());
    users->filterBar()->setFilterText({});
    QCOMPARE(users->proxy()->rowCount(), 12);
    QVERIFY(users->emptyText().isEmpty());
}

void TestMainWindow::emptyProjectSaysSoInTheTableArea()
{
    auto window = openWindow(QStringLiteral("proj_empty_sandbox"));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->model()->isComplete(), Wait);
    QCOMPARE(window->usersTab()->emptyText(), QStringLiteral("This project has no users."));
    bool shown = false;
    for (QLabel *label : window->usersTab()->view()->viewport()->findChildren<QLabel *>())
        shown |= label->isVisible() && label->text() == QStringLiteral("This project has no users.");
    QVERIFY(shown);
}

void TestMainWindow::headerClickSortsAndSaysItIsOverLoadedRows()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);

    clickHeader(users->view(), ProjectUsersModel::EmailColumn);
    QStringList emails = columnTexts(users->proxy(), ProjectUsersModel::EmailColumn, ModelRoles::RawRole);
    emails.removeAll(QString()); // nulls sort last
    QStringList sorted = emails;
    // Natural order, as people read it: user2 before user10.
    QCollator natural(QLocale(QLocale::English));
    natural.setNumericMode(true);
    natural.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return natural.compare(a, b) < 0; });
    QCOMPARE(emails, sorted);
    clickHeader(users->view(), ProjectUsersModel::EmailColumn);
    QCOMPARE(users->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(users->proxy()->index(0, ProjectUsersModel::EmailColumn).data(ModelRoles::RawRole).toString(), sorted.last());

    // Over a partly loaded listing the sort says what it covers.
    window->openProject(DemoProject);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    QVERIFY2(users->partialNote().startsWith(QStringLiteral("Sorted over %1 loaded users; more on the server.")
                                                 .arg(QLocale().toString(users->model()->rowCount()))),
             qPrintable(users->partialNote()));
}

void TestMainWindow::loadAllShowsProgressAndCancelStops()
{
    m_api->server->setLatencyMs(20);
    auto window = openWindow(QStringLiteral("proj_company_wide")); // 10 000 users
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    auto buttonNamed = [users](const QString &text) -> QPushButton * {
        for (QPushButton *button : users->filterBar()->findChildren<QPushButton *>()) {
            if (button->text().remove(QLatin1Char('&')) == text)
                return button;
        }
        return nullptr;
    };
    QPushButton *loadAll = buttonNamed(QStringLiteral("Load all"));
    QPushButton *cancel = buttonNamed(QStringLiteral("Cancel"));
    QVERIFY(loadAll && cancel);
    QVERIFY(loadAll->isVisible() && !cancel->isVisible());
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier); // View > Load all
    QVERIFY(cancel->isVisible() && !loadAll->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() >= 300, Wait);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!users->model()->isLoading(), Wait);
    QVERIFY(users->model()->rowCount() < 10000);
    QVERIFY(loadAll->isVisible());
    QVERIFY2(window->statusText().contains(QStringLiteral("more available")), qPrintable(window->statusText()));
}

void TestMainWindow::serverErrorShowsBannerAndRetryRecovers()
{
    // The first page comes; every later one fails until the fault is cleared.
    m_api->faults->add(ServerFault::of(ServerFault::Kind::ServerError, QStringLiteral("/users"), 1, -1));
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    const int loaded = users->model()->rowCount();
    users->loadAll();
    ErrorBanner *banner = users->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Wait);
    QVERIFY2(banner->message().contains(QStringLiteral("500")), qPrintable(banner->message()));
    QVERIFY(!banner->offersSettings());
    // The rows already loaded stay.
    QCOMPARE(users->proxy()->rowCount(), loaded);
    QVERIFY2(window->statusText().contains(QStringLiteral("stopped by an error")), qPrintable(window->statusText()));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("errorbanner.png")));

    m_api->faults->clear();
    QPushButton *retry = nullptr;
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Retry")))
            retry = button;
    }
    QVERIFY(retry);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > loaded, Wait);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::forbiddenOffersConnectionSettings()
{
    m_api->faults->add(ServerFault::of(ServerFault::Kind::Forbidden, QStringLiteral("/users"), 0, 1));
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ErrorBanner *banner = window->usersTab()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Wait);
    QVERIFY2(banner->message().contains(QStringLiteral("403")), qPrintable(banner->message()));
    QVERIFY(banner->offersSettings());
    for (QPushButton *button : banner->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("settings")))
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<ConnectionDialog *>() && window->findChild<ConnectionDialog *>()->isVisible(), Wait);
}

void TestMainWindow::unreadableRowsAreCountedInTheStatus()
{
    m_api->faults->add(ServerFault::of(ServerFault::Kind::MalformedRows, QStringLiteral("/users"), 0, 1));
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->model()->isComplete(), Wait);
    QCOMPARE(window->usersTab()->model()->rowCount(), 10);
    QVERIFY2(window->statusText().endsWith(QStringLiteral("10 users · all loaded · 2 rows could not be read")),
             qPrintable(window->statusText()));
}

void TestMainWindow::settingsDialogNeverShowsOrStoresEnvironmentKey()
{
    // The server accepts this key, so the window still works after the dialog applies it.
    const QByteArray key = AdminApiServer::DemoKey;
    qputenv("OPENAI_ADMIN_KEY", key);
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ConnectionDialog *dialog = window->openConnectionSettings();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(keyEdit);
    QVERIFY(keyEdit->text().isEmpty());
    QVERIFY(!keyEdit->isEnabled());
    QVERIFY(keyEdit->placeholderText().contains(QStringLiteral("OPENAI_ADMIN_KEY")));
    QVERIFY(!dialog->findChild<QToolButton *>(QStringLiteral("showKeyButton"))->isEnabled());
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains(QString::fromLatin1(key)) && !edit->placeholderText().contains(QString::fromLatin1(key)));
    for (QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QString::fromLatin1(key)));
    QVERIFY(says(dialog, QStringLiteral("environment variable OPENAI_ADMIN_KEY")));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("settingsdialog.png")));

    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window->findChild<ConnectionDialog *>());
    window->close(); // writes every setting the window keeps
    QSettings settings;
    settings.sync();
    QVERIFY(!settings.allKeys().isEmpty());
    for (const QString &name : settings.allKeys()) {
        QVERIFY2(!settings.value(name).toString().contains(QString::fromLatin1(key)), qPrintable(name));
        QVERIFY2(!settings.value(name).toByteArray().contains(key), qPrintable(name));
    }
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(key));
    // The key from the environment is the one in use.
    window->openProject(DemoProject);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->model()->rowCount() > 0, Wait);
    qunsetenv("OPENAI_ADMIN_KEY");
}

void TestMainWindow::testConnectionReportsProjects()
{
    auto window = openWindow({});
    QVERIFY(window);
    ConnectionDialog *dialog = window->openConnectionSettings();
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, QString::fromLatin1(AdminApiServer::DemoKey));
    dialog->findChild<QToolButton *>(QStringLiteral("showKeyButton"))->click();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().startsWith(QStringLiteral("Connected")), Wait);

    // A wrong key is reported with the server's status.
    keyEdit->setText(QStringLiteral("sk-admin-wrong"));
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().startsWith(QStringLiteral("Failed")), Wait);
    QVERIFY2(dialog->testResult().contains(QStringLiteral("401")), qPrintable(dialog->testResult()));
    QVERIFY(!dialog->testResult().contains(QStringLiteral("sk-admin-wrong")));
    dialog->reject();
}

void TestMainWindow::typedKeyGoesToKeychainOrStaysForTheSessionAndSaysSo()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ConnectionDialog *dialog = window->openConnectionSettings();
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QTest::keyClicks(keyEdit, QString::fromLatin1(AdminApiServer::DemoKey));
    auto *settings = window->findChild<ConnectionSettings *>();
    QVERIFY(settings);
    QSignalSpy stored(settings, &ConnectionSettings::keyStored);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, Wait);
    const bool persisted = stored.at(0).at(0).toBool();
    // Headless there is no keychain: the key lives for the session, and the dialog says so.
    dialog = window->openConnectionSettings();
    keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(keyEdit->text().isEmpty());
    QVERIFY(keyEdit->placeholderText().contains(QStringLiteral("A key is set")));
    const QString expected = persisted ? QStringLiteral("kept in the system keychain") : QStringLiteral("kept for this session only");
    QVERIFY2(says(dialog, expected), qPrintable(expected));
    dialog->reject();
    window->close();
#ifdef ROSTER_HAVE_KEYCHAIN
    if (persisted) {
        // A desktop with a keychain: leave no test entry behind (service "Roster-test" in test mode).
        auto *forget = new QKeychain::DeletePasswordJob(QStringLiteral("Roster-test"));
        forget->setKey(QStringLiteral("openai-admin-key"));
        QSignalSpy done(forget, &QKeychain::Job::finished);
        forget->start();
        QVERIFY(done.wait(Wait));
    }
#endif
    QSettings qsettings;
    for (const QString &name : qsettings.allKeys())
        QVERIFY2(!qsettings.value(name).toString().contains(QLatin1String(AdminApiServer::DemoKey)), qPrintable(name));
    // The new key is in use.
    window->usersTab()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->model()->isComplete(), Wait);
}

void TestMainWindow::copyShortcutPutsTsvWithHeaderOnClipboard()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    users->view()->setFocus();
    users->view()->selectionModel()->select(users->proxy()->index(1, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    users->view()->selectionModel()->select(users->proxy()->index(4, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(users->view(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Name\tEmail\tRole\tAdded\tUser ID"));
    QVERIFY(lines.at(1).endsWith(users->proxy()->index(1, ProjectUsersModel::IdColumn).data().toString()));
    QVERIFY(lines.at(2).endsWith(users->proxy()->index(4, ProjectUsersModel::IdColumn).data().toString()));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Copied 2 users")),
             qPrintable(window->statusBar()->currentMessage()));

    // Ctrl+A selects every row, as Edit > Select all says.
    QTest::keyClick(users->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(users->view()->selectedRows().size(), 12);
}

void TestMainWindow::reloadShortcutListsAgain()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    const int before = m_api->log->count(QStringLiteral("/users"));
    QTest::keyClick(window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(m_api->log->count(QStringLiteral("/users")) > before, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    QCOMPARE(users->model()->rowCount(), 12);
}

void TestMainWindow::findShortcutFocusesFilterAndEscapeClears()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    window->activateWindow();
    users->view()->setFocus();
    QTest::keyClick(users->view(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = users->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    QTRY_COMPARE(users->proxy()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(users->proxy()->rowCount(), 12);
}

void TestMainWindow::exportAllLoadsEverythingAndWritesMatchingRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = openWindow(QStringLiteral("proj_research_研究")); // 260 users: three pages
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    auto *role = users->filterBar()->findChildren<QComboBox *>().first();
    role->setCurrentIndex(1); // Owner
    QVERIFY(!users->model()->isComplete());

    window->exporter()->exportAll(users, QStringLiteral("proj_research-users"));
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr, Wait);
    QVERIFY(users->model()->isComplete());
    QCOMPARE(users->model()->rowCount(), 260);
    const QString suggested = dialog->filePath();
    QVERIFY2(suggested.endsWith(QStringLiteral("proj_research-users-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
             qPrintable(suggested));
    QVERIFY(dialog->options().formulaGuard);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("exportdialog.png")));
    const QString path = dir.filePath(QStringLiteral("owners.csv"));
    dialog->setFilePath(path);
    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
    QVERIFY(finished.at(0).at(0).toBool());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const int owners = users->proxy()->rowCount();
    QVERIFY(owners > 0 && owners < 260);
    QCOMPARE(lines.size(), owners + 2); // header, rows, and the empty piece after the last CRLF
    for (int i = 1; i <= owners; ++i)
        QVERIFY2(lines.at(i).contains(",owner,"), lines.at(i).constData());
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Exported %1 users to").arg(owners)),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(QSettings().value(QStringLiteral("export/folder")).toString(), dir.path());
}

// Into a table sorted by name, the listing's last page is placed on a worker and shows a moment
// after the listing ends: "Export all" waits for it, and offers and writes every row.
void TestMainWindow::exportAllOfASortedTableOffersEveryRow()
{
    auto window = openWindow(QStringLiteral("proj_research_研究")); // 260 users: three pages
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0 && !users->model()->isLoading(), Wait);
    clickHeader(users->view(), ProjectUsersModel::NameColumn);
    QVERIFY(!users->model()->isComplete());

    window->exporter()->exportAll(users, QStringLiteral("proj_research-users"));
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr, Wait);
    QVERIFY(says(dialog, QStringLiteral("All 260 users will be exported.")));
    QTemporaryDir dir;
    const QList<QByteArray> lines = saveExport(window.get(), dialog, dir.filePath(QStringLiteral("all.csv")));
    QCOMPARE(lines.size(), 260 + 2);
    // The file follows the sort.
    const QStringList ids = columnTexts(users->proxy(), ProjectUsersModel::IdColumn);
    QVERIFY2(lines.at(1).contains(ids.first().toUtf8()), lines.at(1).constData());
    QVERIFY2(lines.at(260).contains(ids.last().toUtf8()), lines.at(260).constData());
}

void TestMainWindow::doubleClickOnGroupOpensItsMembers()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    window->showTab(MainWindow::Tab::Groups);
    ListingTab *groups = window->groupsTab();
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->isComplete() && groups->proxy()->rowCount() > 0, Wait);
    const QRect cell = groups->view()->visualRect(groups->proxy()->index(0, 0));
    // A press first, as a real double click has: the view opens the row it was pressed on.
    QTest::mouseClick(groups->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(groups->view()->viewport(), Qt::LeftButton, {}, cell.center());
    GroupMembersDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<GroupMembersDialog *>()) != nullptr, Wait);
    QCOMPARE(dialog->groupId(), groups->proxy()->index(0, ProjectGroupsModel::IdColumn).data().toString());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->listing()->model()->rowCount() > 0, Wait);
    QVERIFY(m_api->log->count(QStringLiteral("/organization/groups/") + dialog->groupId() + QStringLiteral("/users")) > 0);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("groupmembers.png")));
}

void TestMainWindow::exportSelectionShortcutOffersTheSelectedRows()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    // Sorted by email, descending: the file follows the view's order.
    clickHeader(users->view(), ProjectUsersModel::EmailColumn);
    clickHeader(users->view(), ProjectUsersModel::EmailColumn);
    users->view()->selectionModel()->select(users->proxy()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    users->view()->selectionModel()->select(users->proxy()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // Hide the Added column: the file has only what the view shows.
    users->view()->horizontalHeader()->setSectionHidden(ProjectUsersModel::AddedColumn, true);
    users->view()->setFocus();
    QTest::keyClick(users->view(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr, Wait);
    QVERIFY(says(dialog, QStringLiteral("The 2 users selected will be exported.")));
    QVERIFY(dialog->filePath().contains(QStringLiteral("proj_design_system-users-")));

    QTemporaryDir dir;
    const QList<QByteArray> lines = saveExport(window.get(), dialog, dir.filePath(QStringLiteral("two.csv")));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("Name,Email,Role,User ID\r"));
    QVERIFY(lines.at(1).contains(users->proxy()->index(0, ProjectUsersModel::IdColumn).data().toString().toUtf8()));
    QVERIFY(lines.at(2).contains(users->proxy()->index(2, ProjectUsersModel::IdColumn).data().toString().toUtf8()));
}

// The dialog stays open as long as a person likes, and rows move meanwhile: a page arriving into
// a sorted table, a sort worked out in the background. The file holds the people picked, in the
// order the table shows when it is written.
void TestMainWindow::rowsPickedForExportStayPickedWhenTheyMove()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    TableFilterProxyModel *proxy = users->proxy();
    clickHeader(users->view(), ProjectUsersModel::EmailColumn);
    const auto idAt = [proxy](int row) { return proxy->index(row, ProjectUsersModel::IdColumn).data().toString(); };
    const int rows = proxy->rowCount();
    QVERIFY(rows >= 6);
    const QStringList picked{idAt(0), idAt(2)};
    users->view()->selectionModel()->select(proxy->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    users->view()->selectionModel()->select(proxy->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    users->view()->setFocus();
    QTest::keyClick(users->view(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr, Wait);

    proxy->sort(ProjectUsersModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(idAt(rows - 1), picked.at(0));
    QVERIFY(idAt(0) != picked.at(0) && idAt(2) != picked.at(1)); // other people where the picked ones were

    QTemporaryDir dir;
    const QList<QByteArray> lines = saveExport(window.get(), dialog, dir.filePath(QStringLiteral("picked.csv")));
    QCOMPARE(lines.size(), 4);
    // Email descending now: the second one picked comes first.
    QVERIFY2(lines.at(1).contains(picked.at(1).toUtf8()), lines.at(1).constData());
    QVERIFY2(lines.at(2).contains(picked.at(0).toUtf8()), lines.at(2).constData());
}

void TestMainWindow::exportDialogWritesXlsxWhenChosen()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    window->exporter()->exportAll(users, QStringLiteral("proj_design_system-users"));
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr, Wait);
    // The dialog deletes itself on closing, and the next one may take its address: it is told
    // apart from the next through a guarded pointer.
    const QPointer<ExportDialog> first(dialog);
    QTemporaryDir dir;
    dialog->setFilePath(dir.filePath(QStringLiteral("members.csv")));
    auto *format = dialog->findChild<QComboBox *>();
    QVERIFY(format);
    auto *guard = dialog->findChild<QCheckBox *>(QStringLiteral("formulaGuardCheck"));
    auto *bom = dialog->findChild<QCheckBox *>(QStringLiteral("bomCheck"));
    QVERIFY(guard->isEnabled() && bom->isEnabled());

    // Choosing XLSX: the suffix follows, and the CSV-only options are off.
    format->setCurrentIndex(format->findData(int(ExportFormat::Xlsx)));
    QCOMPARE(dialog->format(), ExportFormat::Xlsx);
    QCOMPARE(dialog->filePath(), dir.filePath(QStringLiteral("members.xlsx")));
    QVERIFY(!guard->isEnabled());
    QVERIFY(!bom->isEnabled());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("exportdialog-xlsx.png")));

    QSignalSpy finished(window->exporter(), &ExportController::exportFinished);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toString(), dir.filePath(QStringLiteral("members.xlsx")));
    QCOMPARE(finished.at(0).at(2).toInt(), users->proxy()->rowCount());
    XlsxReader reader;
    QVERIFY2(reader.read(dir.filePath(QStringLiteral("members.xlsx"))), qPrintable(reader.error));
    QCOMPARE(reader.sheets.value(0).name, QStringLiteral("Users"));
    QCOMPARE(reader.sheets.value(0).rows.size(), users->proxy()->rowCount() + 1);
    QCOMPARE(reader.sheets.value(0).text(1, ProjectUsersModel::IdColumn),
             users->proxy()->index(0, ProjectUsersModel::IdColumn).data(ModelRoles::RawRole).toString());
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("members.xlsx")),
             qPrintable(window->statusBar()->currentMessage()));

    // The next export offers the format chosen last.
    window->exporter()->exportAll(users, QStringLiteral("proj_design_system-users"));
    ExportDialog *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((again = window->findChild<ExportDialog *>()) != nullptr && again != first, Wait);
    QCOMPARE(again->format(), ExportFormat::Xlsx);
    QVERIFY(again->filePath().endsWith(QStringLiteral(".xlsx")));
    again->reject();
}

void TestMainWindow::columnLayoutIsRemembered()
{
    {
        auto window = openWindow(SmallProject);
        QVERIFY(window);
        QHeaderView *header = window->usersTab()->view()->horizontalHeader();
        header->setSectionHidden(ProjectUsersModel::IdColumn, true);
        header->moveSection(header->visualIndex(ProjectUsersModel::EmailColumn), 0);
        window->close();
    }
    auto window = openWindow({});
    QVERIFY(window);
    QHeaderView *header = window->usersTab()->view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(ProjectUsersModel::IdColumn));
    QCOMPARE(header->logicalIndex(0), int(ProjectUsersModel::EmailColumn));
    // And the last project opens again.
    QCOMPARE(QSettings().value(QStringLiteral("project/last")).toString(), SmallProject);
}

void TestMainWindow::firstStartWithoutKeyOffersTheDemoServer()
{
    MainWindow window;
    window.resize(1100, 700);
    window.start(); // no OPENAI_ADMIN_KEY, and no keychain entry (or no keychain) here
    window.show();
    QMessageBox *offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((offer = window.findChild<QMessageBox *>()) != nullptr, Wait);
    QPushButton *demo = nullptr;
    for (QAbstractButton *button : offer->buttons()) {
        if (button->text().contains(QStringLiteral("demo server")))
            demo = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(demo);
    demo->click();
    QTRY_COMPARE_WITH_TIMEOUT(window.projectId(), DemoProject, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(window.usersTab()->model()->rowCount() > 0, Wait);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
