// SPDX-License-Identifier: GPL-3.0-or-later
// The Organization mode as a person uses it: loaded on the first visit, People with the access of
// the person selected, the access list, the matrix readable in light and dark palettes, a failed
// project named with a Retry that mends it, and Cancel leaving the tables as they were.
#include "appearancesupport.h"

#include "ui/accesscolors.h"
#include "access/accessmatrixmodel.h"
#include "access/organizationaccessloader.h"
#include "access/peoplemodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/exportdialog.h"
#include "ui/failedprojectspanel.h"
#include "ui/filteredtablepane.h"
#include "ui/mainwindow.h"
#include "ui/organizationview.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {
constexpr int Wait = 60000;
}

class TestOrganizationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstVisitLoadsEveryoneAndShowsAPersonsAccess();
    void matrixCellsAreColouredByRoleAndReadableInBothPalettes();
    void failedProjectIsListedAndItsRetryMendsIt();
    void cancelKeepsWhatTheTablesShowed();
    void accessListLooksAsQtPaintsIt();

private:
    std::unique_ptr<MainWindow> openOrganization();
    std::unique_ptr<LocalApi> m_api;
    QPalette m_startPalette;
};

void TestOrganizationView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RosterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_organizationview"));
    m_startPalette = QApplication::palette();
}

void TestOrganizationView::init()
{
    QSettings().clear();
    m_api = std::make_unique<LocalApi>(300);
    m_api->server->organization().setProjectCount(24);
}

void TestOrganizationView::cleanup()
{
    QApplication::setPalette(m_startPalette);
    m_api.reset();
}

std::unique_ptr<MainWindow> TestOrganizationView::openOrganization()
{
    auto window = std::make_unique<MainWindow>(m_api->client.get());
    window->resize(1200, 760);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->showTab(MainWindow::Tab::Organization);
    return window;
}

void TestOrganizationView::firstVisitLoadsEveryoneAndShowsAPersonsAccess()
{
    auto window = openOrganization();
    QVERIFY(window);
    OrganizationView *view = window->organizationView();
    QTRY_VERIFY_WITH_TIMEOUT(view->access() != nullptr, Wait);
    const auto access = view->access();
    QVERIFY(access->isComplete());
    QCOMPARE(view->peoplePane()->model()->rowCount(), int(access->people.size()));
    QVERIFY2(window->statusText().contains(QLatin1String("Every project was read")), qPrintable(window->statusText()));
    QVERIFY(!view->failures()->isVisible());

    // The person with the most projects: their access, project by project, with its path.
    int busiest = 0;
    for (int p = 0; p < access->people.size(); ++p) {
        if (access->summaries.at(p).projects > access->summaries.at(busiest).projects)
            busiest = p;
    }
    view->selectPerson(busiest);
    FilteredTablePane *person = view->personPane();
    QCOMPARE(person->model()->rowCount(), int(access->entriesOfPerson.at(busiest).size()));
    QVERIFY(person->model()->rowCount() >= access->summaries.at(busiest).projects);
    bool sawGroupPath = false;
    for (int row = 0; row < person->model()->rowCount(); ++row)
        sawGroupPath |= person->model()->index(row, 2).data().toString().startsWith(QLatin1String("Via group"));
    QVERIFY(sawGroupPath);
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("organization-people.png")));

    // Filtering the access list by a project's name leaves that project's rows alone.
    view->showPage(OrganizationView::Page::AccessList);
    FilteredTablePane *list = view->accessPane();
    QCOMPARE(list->model()->rowCount(), int(access->entries.size()));
    list->proxy()->setFilterText(QStringLiteral("Design system"));
    QVERIFY(list->proxy()->rowCount() > 0);
    QVERIFY(list->proxy()->rowCount() < list->model()->rowCount());
    for (int row = 0; row < list->proxy()->rowCount(); ++row) {
        const QString project = list->proxy()->index(row, 0).data().toString();
        const QString member = list->proxy()->index(row, 2).data().toString();
        QVERIFY(project.contains(QLatin1String("Design system"), Qt::CaseInsensitive)
                || member.contains(QLatin1String("Design system"), Qt::CaseInsensitive));
    }
    QVERIFY(list->countText().contains(QLatin1String("match the filter")));
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("organization-access-list.png")));

    // Ctrl+C copies the selected rows with the header, as every table does.
    list->view()->setFocus();
    list->view()->selectRow(0);
    list->view()->selectionModel()->select(list->proxy()->index(1, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(list->view(), Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().startsWith(QLatin1String("Project\tType\tMember")), qPrintable(lines.first()));
    QVERIFY(lines.at(1).startsWith(list->proxy()->index(0, 0).data().toString()));

    // Ctrl+E offers those rows in the same words as a project's tables, or, with none selected,
    // every row the filter leaves.
    const auto exportDialogSays = [&] {
        QTest::keyClick(list->view(), Qt::Key_E, Qt::ControlModifier);
        ExportDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window->findChild<ExportDialog *>()) != nullptr; }, Wait))
            return QString();
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts << label->text();
        saveScreenshot(dialog, QStringLiteral("organization-export.png"));
        dialog->reject();
        delete dialog;
        return texts.join(QLatin1Char('\n'));
    };
    QString says = exportDialogSays();
    QVERIFY2(says.contains(QLatin1String("The 2 access rows selected will be exported.")), qPrintable(says));
    list->view()->clearSelection();
    says = exportDialogSays();
    const QString shown = QLocale().toString(list->proxy()->rowCount());
    QVERIFY2(says.contains(QStringLiteral("No rows are selected, so the %1 access rows shown in the table will be exported.")
                               .arg(shown)),
             qPrintable(says));
    QVERIFY2(!says.contains(QLatin1String("More rows are on the server")), qPrintable(says));
}

void TestOrganizationView::matrixCellsAreColouredByRoleAndReadableInBothPalettes()
{
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : m_startPalette);
        auto window = openOrganization();
        QVERIFY(window);
        OrganizationView *view = window->organizationView();
        QTRY_VERIFY_WITH_TIMEOUT(view->access() != nullptr, Wait);
        view->showPage(OrganizationView::Page::Matrix);
        QTableView *matrix = view->matrixView();
        QTRY_VERIFY(matrix->isVisible());
        QCOMPARE(matrix->model()->columnCount(), int(view->access()->projects.size()));
        const QPalette palette = matrix->palette();
        // Every access colour keeps the palette's text readable on it.
        for (const QColor &fill : {AccessColors::owner(palette), AccessColors::member(palette),
                                   AccessColors::otherRole(palette), AccessColors::viaGroupOnly(palette)}) {
            QVERIFY2(contrast(palette.color(QPalette::Text), fill) >= 4.5, qPrintable(pair(palette.color(QPalette::Text), fill)));
            QVERIFY2(contrast(fill, palette.color(QPalette::Base)) >= 1.15, qPrintable(pair(fill, palette.color(QPalette::Base))));
        }
        // The pixels of an owner's cell are the owner colour: what is painted is what the legend says.
        const auto *model = static_cast<const AccessMatrixModel *>(matrix->model());
        QModelIndex owned;
        for (int row = 0; row < model->rowCount() && !owned.isValid(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->cell(row, column) == AccessMatrix::DirectOwner) {
                    owned = model->index(row, column);
                    break;
                }
            }
        }
        QVERIFY(owned.isValid());
        matrix->scrollTo(owned);
        QCoreApplication::sendPostedEvents();
        const QRect rect = matrix->visualRect(owned);
        const QImage shot = matrix->viewport()->grab().toImage();
        QCOMPARE(shot.pixelColor(rect.center()).rgb(), AccessColors::owner(palette).rgb());
        QVERIFY(model->data(owned, Qt::ToolTipRole).toString().contains(QLatin1String("Owner")));
        // Each project's name is written up its column's header: text-coloured pixels are there.
        QHeaderView *header = matrix->horizontalHeader();
        const QImage titles = header->grab().toImage();
        const QColor ink = header->palette().color(QPalette::ButtonText);
        const int x = header->sectionViewportPosition(owned.column());
        int inked = 0;
        for (int dx = 0; dx < header->sectionSize(owned.column()); ++dx) {
            for (int y = 0; y < titles.height(); ++y)
                inked += contrast(titles.pixelColor(x + dx, y), ink) < 2.0;
        }
        QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
        QVERIFY(saveScreenshot(window.get(), dark ? QStringLiteral("organization-matrix-dark.png")
                                                  : QStringLiteral("organization-matrix.png")));
        if (dark) {
            view->showPage(OrganizationView::Page::People);
            view->selectPerson(0);
            QVERIFY(saveScreenshot(window.get(), QStringLiteral("organization-people-dark.png")));
        }
    }
}

void TestOrganizationView::failedProjectIsListedAndItsRetryMendsIt()
{
    const QString broken = QStringLiteral("proj_design_system");
    m_api->faults->add(ServerFault::of(ServerFault::Kind::Forbidden, broken + QStringLiteral("/users"), 0, 1));
    auto window = openOrganization();
    QVERIFY(window);
    OrganizationView *view = window->organizationView();
    QTRY_VERIFY_WITH_TIMEOUT(view->access() != nullptr, Wait);
    FailedProjectsPanel *failures = view->failures();
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->count(), 1);
    QVERIFY(failures->list()->topLevelItem(0)->text(0).contains(broken));
    QVERIFY(failures->list()->topLevelItem(0)->text(1).contains(QLatin1String("403")));
    QVERIFY2(window->statusText().contains(QLatin1String("could not be read")), qPrintable(window->statusText()));
    for (const OrganizationAccess::Project &project : view->access()->projects)
        QVERIFY(project.id != broken);
    QVERIFY(saveScreenshot(window.get(), QStringLiteral("organization-failed-project.png")));

    auto *retry = qobject_cast<QPushButton *>(failures->list()->itemWidget(failures->list()->topLevelItem(0), 2));
    QVERIFY(retry);
    const auto before = view->access();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->access() != before && !view->loader()->isBusy(), Wait);
    QVERIFY(view->access()->isComplete());
    QVERIFY(!failures->isVisible());
    bool found = false;
    for (const OrganizationAccess::Project &project : view->access()->projects)
        found |= project.id == broken;
    QVERIFY(found);
}

void TestOrganizationView::cancelKeepsWhatTheTablesShowed()
{
    auto window = openOrganization();
    QVERIFY(window);
    OrganizationView *view = window->organizationView();
    QTRY_VERIFY_WITH_TIMEOUT(view->access() != nullptr, Wait);
    const auto first = view->access();
    const int people = view->peoplePane()->model()->rowCount();
    m_api->server->setLatencyMs(40);
    view->load();
    QTRY_VERIFY(view->loader()->projectsDone() >= 2);
    const auto buttons = view->findChildren<QPushButton *>();
    QPushButton *cancel = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == QLatin1String("Cancel") && button->isVisible())
            cancel = button;
    }
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!view->loader()->isBusy());
    QCOMPARE(view->access().get(), first.get());
    QCOMPARE(view->peoplePane()->model()->rowCount(), people);
    QVERIFY2(window->statusText().contains(QLatin1String("cancelled")), qPrintable(window->statusText()));
}


// The organization's tables lay out each cell's text once and draw their own grid; what they
// paint is what QStyledItemDelegate and QTableView's grid paint, pixel for pixel: an access list
// with selected rows, the focused cell and the ends of long cells cut short.
void TestOrganizationView::accessListLooksAsQtPaintsIt()
{
    auto window = openOrganization();
    QVERIFY(window);
    OrganizationView *view = window->organizationView();
    QTRY_VERIFY_WITH_TIMEOUT(view->access() != nullptr, Wait);
    view->showPage(OrganizationView::Page::AccessList);
    QTableView *table = view->accessPane()->view();
    QVERIFY(table->isVisible());
    QVERIFY(table->model()->rowCount() > 20);
    table->setColumnWidth(2, 60); // the member column's names cut short
    table->setFocus();
    table->selectRow(2);
    table->selectionModel()->select(table->model()->index(6, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(4, 1), QItemSelectionModel::NoUpdate);
    QCoreApplication::processEvents();

    const auto painted = [table] { return table->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); };
    QVERIFY(!table->showGrid());
    const QImage ours = painted();
    table->setItemDelegate(new QStyledItemDelegate(table));
    table->setShowGrid(true);
    const QImage qts = painted();
    QCOMPARE(ours.size(), qts.size());
    QVERIFY2(ours == qts, "the access list painted other pixels than QStyledItemDelegate and QTableView's grid");
    QVERIFY(ours != QImage(ours.size(), ours.format()));
}

QTEST_MAIN(TestOrganizationView)
#include "tst_organizationview.moc"
