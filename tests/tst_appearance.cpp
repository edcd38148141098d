// SPDX-License-Identifier: GPL-3.0-or-later
// The window as people see it in a light theme, a dark theme and in German, on the local demo
// server; each is saved as a screenshot in the test artefacts for a person to look at.
#include "appearancesupport.h"

#include "export/csvoptions.h"
#include "export/tableexport.h"
#include "i18n/translations.h"
#include "models/modelroles.h"
#include "models/pagedtablemodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/listingtab.h"
#include "ui/listingtableview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <memory>

namespace {
const QString DemoProject = QStringLiteral("proj_roster_demo"); // 2 400 users, 40 groups
constexpr int Wait = 20000;

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lightThemeIsReadable();
    void darkThemeIsReadableIncludingTheErrorBanner();
    void germanWindowSpeaksGermanWithGermanDatesAndNumbers();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &projectId);
    void checkReadable(MainWindow *window);
    std::unique_ptr<LocalApi> m_api;
    QPalette m_startPalette;
    QStyle *m_startStyle = nullptr;
};

void TestAppearance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RosterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_appearance"));
    qunsetenv("OPENAI_ADMIN_KEY");
    // Fusion draws with the palette alone, as a desktop theme would.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_startPalette = QApplication::palette();
}

void TestAppearance::init()
{
    QSettings().clear();
    m_api = std::make_unique<LocalApi>();
}

void TestAppearance::cleanup()
{
    m_api.reset();
    QApplication::setPalette(m_startPalette);
    Translations::remove();
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<MainWindow> TestAppearance::openWindow(const QString &projectId)
{
    auto window = std::make_unique<MainWindow>(m_api->client.get());
    window->resize(1100, 640);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->openProject(projectId);
    return window;
}

// The texts a person reads stand out from what they are drawn on.
void TestAppearance::checkReadable(MainWindow *window)
{
    ListingTableView *view = window->usersTab()->view();
    const QPalette p = view->palette();
    for (const auto &[text, background] : {std::pair{p.color(QPalette::Text), p.color(QPalette::Base)},
                                           std::pair{p.color(QPalette::Text), p.color(QPalette::AlternateBase)},
                                           std::pair{p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)},
                                           std::pair{p.color(QPalette::WindowText), p.color(QPalette::Window)},
                                           std::pair{p.color(QPalette::ButtonText), p.color(QPalette::Button)}})
        QVERIFY2(contrast(text, background) >= 3.0, qPrintable(pair(text, background)));
    // The hint over an empty table and the notes are placeholder-coloured: still legible.
    QVERIFY2(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3.0,
             qPrintable(pair(p.color(QPalette::PlaceholderText), p.color(QPalette::Base))));
}

void TestAppearance::lightThemeIsReadable()
{
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(window->usersTab()->proxy()->rowCount() >= 100, Wait);
    QVERIFY(window->palette().color(QPalette::Window).lightness() > 128);
    checkReadable(window.get());
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("appearance-light.png")));
}

void TestAppearance::darkThemeIsReadableIncludingTheErrorBanner()
{
    QApplication::setPalette(darkPalette());
    // The groups fail once with 403: the banner shows over the groups table.
    m_api->faults->add(ServerFault::of(ServerFault::Kind::Forbidden, QStringLiteral("/groups"), 0, 1));
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->proxy()->rowCount() >= 100, Wait);
    QVERIFY(window->palette().color(QPalette::Window).lightness() < 128);
    checkReadable(window.get());
    users->view()->selectRow(2);
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("appearance-dark.png")));

    window->showTab(MainWindow::Tab::Groups);
    ErrorBanner *banner = window->groupsTab()->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Wait);
    // A dark tint, told apart from the window, with its text readable on it.
    const QColor background = banner->palette().color(QPalette::Window);
    const QColor text = banner->palette().color(QPalette::WindowText);
    QVERIFY2(background.lightness() < 128, qPrintable(background.name()));
    QVERIFY2(background != window->palette().color(QPalette::Window), qPrintable(background.name()));
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(pair(text, background)));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("appearance-dark-error.png")));
}

void TestAppearance::germanWindowSpeaksGermanWithGermanDatesAndNumbers()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QVERIFY(Translations::install(german));
    auto window = openWindow(DemoProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    users->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);

    QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    auto *tabs = window->projectTabs();
    QCOMPARE(tabs->tabText(0), QStringLiteral("Benutzer 2.400"));
    QVERIFY2(window->statusText().contains(QStringLiteral("2.400 Benutzer · alle geladen")), qPrintable(window->statusText()));
    QCOMPARE(users->proxy()->headerData(ProjectUsersModel::AddedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Hinzugefügt"));

    // The table shows the date as Germans write it; the file keeps ISO 8601.
    const qint64 added = users->proxy()->index(0, ProjectUsersModel::AddedColumn).data(ModelRoles::RawRole).toLongLong();
    const QDateTime when = QDateTime::fromSecsSinceEpoch(added);
    const QString shown = users->proxy()->index(0, ProjectUsersModel::AddedColumn).data().toString();
    QCOMPARE(shown, german.toString(when, QLocale::ShortFormat));
    QVERIFY2(shown.startsWith(when.toString(QStringLiteral("dd.MM."))), qPrintable(shown));
    const QByteArray csv = TableExport::allOf(users->proxy()).toCsv({});
    QVERIFY(csv.contains(QDateTime::fromSecsSinceEpoch(added, Qt::UTC).toString(Qt::ISODate).toUtf8()));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("appearance-de.png")));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
