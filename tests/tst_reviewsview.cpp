// SPDX-License-Identifier: GPL-3.0-or-later
// The Reviews mode as a reviewer uses it: a snapshot taken after the organization loads, a second
// one after a scripted change, the two compared (exactly that change, with its summary line), a
// snapshot compared with what is live, rename and delete, in light and dark palettes.
#include "appearancesupport.h"

#include "access/organizationaccessloader.h"
#include "models/columntablemodel.h"
#include "models/modelroles.h"
#include "store/snapshotstore.h"
#include "ui/filteredtablepane.h"
#include "ui/mainwindow.h"
#include "ui/organizationview.h"
#include "ui/reviewsview.h"
#include "ui/snapshotlistmodel.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int Wait = 60000;
}

class TestReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoSnapshotsAroundAChangeShowExactlyThatChange();
    void aSnapshotComparesWithWhatIsLive();
    void renameAndDeleteKeepTheOthers();
    void aStoreThatIsNotOursIsRefusedAndLeftAsItWas();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool loadOrganization(MainWindow *window);
    bool runAndWait(ReviewsView *reviews, const std::function<void()> &operation);
    void selectSnapshots(ReviewsView *reviews, const QVector<int> &rows);
    std::unique_ptr<LocalApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPalette m_startPalette;
};

void TestReviewsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RosterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_reviewsview"));
    m_startPalette = QApplication::palette();
}

void TestReviewsView::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_api = std::make_unique<LocalApi>(300);
    m_api->server->organization().setProjectCount(16);
}

void TestReviewsView::cleanup()
{
    QApplication::setPalette(m_startPalette);
    m_api.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestReviewsView::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_api->client.get());
    window->setStorePathOverride(m_dir->filePath(QStringLiteral("reviews.sqlite")));
    window->resize(1200, 760);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

bool TestReviewsView::loadOrganization(MainWindow *window)
{
    OrganizationView *organization = window->organizationView();
    const auto before = organization->access();
    organization->load();
    return QTest::qWaitFor([&] { return organization->access() != before && !organization->loader()->isBusy(); }, Wait);
}

bool TestReviewsView::runAndWait(ReviewsView *reviews, const std::function<void()> &operation)
{
    QSignalSpy finished(reviews, &ReviewsView::operationFinished);
    operation();
    if (!finished.wait(Wait))
        return false;
    return finished.last().at(0).toBool();
}

void TestReviewsView::selectSnapshots(ReviewsView *reviews, const QVector<int> &rows)
{
    QItemSelectionModel *selection = reviews->snapshotView()->selectionModel();
    selection->clearSelection();
    for (const int row : rows)
        selection->select(reviews->snapshots()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TestReviewsView::twoSnapshotsAroundAChangeShowExactlyThatChange()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(loadOrganization(window.get()));
    window->showTab(MainWindow::Tab::Reviews);
    ReviewsView *reviews = window->reviewsView();
    QTRY_VERIFY(!reviews->isBusy()); // the first visit reads the list
    QVERIFY(runAndWait(reviews, [&] { reviews->takeSnapshot(QStringLiteral("Q3 review"), QStringLiteral("Looked at by Ana")); }));
    QCOMPARE(reviews->snapshots()->rowCount(), 1);
    QCOMPARE(reviews->snapshots()->snapshot(0).label, QStringLiteral("Q3 review"));
    QVERIFY(reviews->snapshots()->snapshot(0).complete);

    // One person's role changes in one project.
    DemoOrganization &org = m_api->server->organization();
    const QString projectId = QStringLiteral("proj_design_system");
    const QJsonObject user = org.projectUsers(projectId).value(0);
    const QString userId = user.value(QLatin1String("id")).toString();
    const QString newRole = user.value(QLatin1String("role")).toString() == QLatin1String("owner") ? QStringLiteral("member")
                                                                                                   : QStringLiteral("owner");
    QVERIFY(org.setProjectMemberRole(projectId, userId, newRole));
    QVERIFY(loadOrganization(window.get()));
    QVERIFY(runAndWait(reviews, [&] { reviews->takeSnapshot(QStringLiteral("Q4 review"), {}); }));
    QCOMPARE(reviews->snapshots()->rowCount(), 2);
    QCOMPARE(reviews->snapshots()->snapshot(0).label, QStringLiteral("Q4 review")); // newest first

    selectSnapshots(reviews, {0, 1});
    QVERIFY(runAndWait(reviews, [&] { reviews->compare(reviews->snapshots()->snapshot(1).id, reviews->snapshots()->snapshot(0).id); }));
    const ColumnTableModel *changes = reviews->changesPane()->model();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, 0).data(ModelRoles::RawRole).toString(), QStringLiteral("role_changed"));
    bool foundUser = false;
    for (int column = 0; column < changes->columnCount(); ++column)
        foundUser |= changes->index(0, column).data(ModelRoles::RawRole).toString() == userId;
    QVERIFY(foundUser);
    QVERIFY2(reviews->summaryText().contains(QStringLiteral("Q3 review → Q4 review")), qPrintable(reviews->summaryText()));
    QVERIFY2(reviews->summaryText().contains(QLatin1String("1 role change")), qPrintable(reviews->summaryText()));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("reviews.png")));
    QApplication::setPalette(darkPalette());
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("reviews-dark.png")));
}

void TestReviewsView::aSnapshotComparesWithWhatIsLive()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(loadOrganization(window.get()));
    ReviewsView *reviews = window->reviewsView();
    QVERIFY(runAndWait(reviews, [&] { reviews->takeSnapshot(QStringLiteral("baseline"), {}); }));
    DemoOrganization &org = m_api->server->organization();
    const QString projectId = QStringLiteral("proj_design_system");
    const QString removed = org.projectUsers(projectId).value(0).value(QLatin1String("id")).toString();
    QVERIFY(org.removeProjectMember(projectId, removed));
    QVERIFY(loadOrganization(window.get()));
    QVERIFY(runAndWait(reviews, [&] { reviews->compare(reviews->snapshots()->snapshot(0).id, -1); }));
    const ColumnTableModel *changes = reviews->changesPane()->model();
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->index(0, 0).data(ModelRoles::RawRole).toString(), QStringLiteral("removed"));
    QVERIFY2(reviews->summaryText().contains(QStringLiteral("baseline → live")), qPrintable(reviews->summaryText()));
}

void TestReviewsView::renameAndDeleteKeepTheOthers()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(loadOrganization(window.get()));
    ReviewsView *reviews = window->reviewsView();
    for (const QString &label : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")})
        QVERIFY(runAndWait(reviews, [&] { reviews->takeSnapshot(label, {}); }));
    QCOMPARE(reviews->snapshots()->rowCount(), 3);
    const qint64 middle = reviews->snapshots()->snapshot(1).id;
    QVERIFY(runAndWait(reviews, [&] { reviews->renameSnapshot(middle, QStringLiteral("two, renamed")); }));
    QCOMPARE(reviews->snapshots()->snapshot(1).label, QStringLiteral("two, renamed"));
    QVERIFY(runAndWait(reviews, [&] { reviews->deleteSnapshot(reviews->snapshots()->snapshot(0).id); }));
    QCOMPARE(reviews->snapshots()->rowCount(), 2);
    QCOMPARE(reviews->snapshots()->snapshot(0).label, QStringLiteral("two, renamed"));
    QCOMPARE(reviews->snapshots()->snapshot(1).label, QStringLiteral("one"));
    // A fresh window over the same file sees the same list.
    auto again = openWindow();
    QVERIFY(runAndWait(again->reviewsView(), [&] { again->reviewsView()->refresh(); }));
    QCOMPARE(again->reviewsView()->snapshots()->rowCount(), 2);
}

void TestReviewsView::aStoreThatIsNotOursIsRefusedAndLeftAsItWas()
{
    const QString path = m_dir->filePath(QStringLiteral("reviews.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\r\nAda,ada@example.com\r\n");
    }
    auto window = openWindow();
    QVERIFY(window);
    ReviewsView *reviews = window->reviewsView();
    QVERIFY(!runAndWait(reviews, [&] { reviews->refresh(); }));
    QVERIFY2(reviews->statusText().contains(QLatin1String("not a Roster")), qPrintable(reviews->statusText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("name,email\r\nAda,ada@example.com\r\n"));
}

QTEST_MAIN(TestReviewsView)
#include "tst_reviewsview.moc"
