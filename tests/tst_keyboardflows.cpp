// SPDX-License-Identifier: GPL-3.0-or-later
// The window's main flows by keyboard alone, and what a screen reader is told, offscreen,
// against the local Admin API server.
#include "testsupport.h"

#include "models/modelroles.h"
#include "models/pagedtablemodel.h"
#include "models/projectgroupsmodel.h"
#include "models/projectusersmodel.h"
#include "models/tablefilterproxymodel.h"
#include "ui/exportdialog.h"
#include "ui/filterbar.h"
#include "ui/groupmembersdialog.h"
#include "ui/listingtab.h"
#include "ui/listingtableview.h"
#include "ui/mainwindow.h"
#include "ui/projectpicker.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

namespace {
const QString SmallProject = QStringLiteral("proj_design_system"); // 12 users, 3 groups
constexpr int Wait = 10000;

// Presses a key where the keyboard focus is, as a person at the keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// The control a focused widget belongs to (an editable combo's line edit is the combo).
bool isControl(const QWidget *focused, const QWidget *control)
{
    return focused && (focused == control || control->isAncestorOf(focused));
}
} // namespace

class TestKeyboardFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tabVisitsEveryControlInTheOrderTheyAreLaidOut();
    void projectIsPickedByTypingItsId();
    void tabsSwitchAndTheFilterWorksFromTheKeyboard();
    void sortingFromTheViewMenu();
    void exportDialogOpensAndCancelsFromTheKeyboard();
    void enterOnAGroupOpensItsMembersAndEscapeClosesThem();
    void screenReaderHearsTheColumnTitleWithEachCell();
    void controlsHaveAccessibleNames();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &projectId);
    std::unique_ptr<LocalApi> m_api;
};

void TestKeyboardFlows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RosterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_keyboardflows"));
    qunsetenv("OPENAI_ADMIN_KEY");
}

void TestKeyboardFlows::init()
{
    QSettings().clear();
    m_api = std::make_unique<LocalApi>();
}

void TestKeyboardFlows::cleanup()
{
    m_api.reset();
}

std::unique_ptr<MainWindow> TestKeyboardFlows::openWindow(const QString &projectId)
{
    auto window = std::make_unique<MainWindow>(m_api->client.get());
    window->resize(1100, 700);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    if (!projectId.isEmpty())
        window->openProject(projectId);
    return window;
}

void TestKeyboardFlows::tabVisitsEveryControlInTheOrderTheyAreLaidOut()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    FilterBar *filter = users->filterBar();
    const auto combos = filter->findChildren<QComboBox *>();
    QCOMPARE(combos.size(), 2); // the role, then how the text is matched
    const QList<const QWidget *> expected{
        window->projectPicker()->comboBox(),
        window->projectPicker()->findChild<QCheckBox *>(),
        window->projectTabs()->tabBar(),
        filter->searchField(),
        combos.at(0),
        combos.at(1),
        users->view(),
        window->modeTabs()->tabBar(), // Project or Organization, first in the window
    };
    window->projectPicker()->comboBox()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(isControl(QApplication::focusWidget(), expected.first()));
    // Around once and back to the start: every control is reached, none traps the focus.
    for (int step = 1; step <= expected.size(); ++step) {
        press(Qt::Key_Tab);
        const QWidget *want = expected.at(step % expected.size());
        QVERIFY2(isControl(QApplication::focusWidget(), want),
                 qPrintable(QStringLiteral("step %1: focus on %2, expected %3")
                                .arg(step)
                                .arg(QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()),
                                     QString::fromLatin1(want->metaObject()->className()))));
    }
    // Shift+Tab goes back the same way.
    press(Qt::Key_Backtab);
    QVERIFY(isControl(QApplication::focusWidget(), expected.last()));
}

void TestKeyboardFlows::projectIsPickedByTypingItsId()
{
    auto window = openWindow(QString());
    QVERIFY(window);
    window->usersTab()->view()->setFocus();
    // Alt+P, the label's mnemonic, goes to the project field.
    press(Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(isControl(QApplication::focusWidget(), window->projectPicker()->comboBox()));
    QTest::keyClicks(QApplication::focusWidget(), SmallProject);
    press(Qt::Key_Return);
    QTRY_COMPARE(window->projectId(), SmallProject);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    QCOMPARE(users->proxy()->rowCount(), 12);
    QVERIFY2(window->statusText().contains(QStringLiteral("12 users")), qPrintable(window->statusText()));
}

void TestKeyboardFlows::tabsSwitchAndTheFilterWorksFromTheKeyboard()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    users->view()->setFocus();

    press(Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(window->currentTab(), window->groupsTab());
    ListingTab *groups = window->groupsTab();
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->isComplete(), Wait);
    QCOMPARE(groups->proxy()->rowCount(), 3);

    // Ctrl+F, a name to look for: only the matching group stays.
    const QString wanted = groups->proxy()->index(1, ProjectGroupsModel::NameColumn).data().toString();
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(QApplication::focusWidget() == groups->filterBar()->searchField());
    QTest::keyClicks(QApplication::focusWidget(), wanted);
    QTRY_COMPARE(groups->proxy()->rowCount(), 1);
    QCOMPARE(groups->proxy()->index(0, ProjectGroupsModel::NameColumn).data().toString(), wanted);
    // Escape empties the filter; Tab on to the table, where the arrows move the current row.
    press(Qt::Key_Escape);
    QTRY_COMPARE(groups->proxy()->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() == groups->view());
    // Arriving in the table makes its first row current; Down moves on.
    QCOMPARE(groups->view()->currentIndex().row(), 0);
    press(Qt::Key_Down);
    QCOMPARE(groups->view()->currentIndex().row(), 1);

    // Alt+1 goes back to the users, untouched.
    press(Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(window->currentTab(), users);
    QCOMPARE(users->proxy()->rowCount(), 12);
}

// Opens View > Sort by with Alt+V, S and picks `column` with the arrow keys and Enter.
static void sortFromViewMenu(const QString &column)
{
    press(Qt::Key_V, Qt::AltModifier);
    QMenu *view = nullptr;
    QTRY_VERIFY((view = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QTest::keyClick(view, Qt::Key_S);
    QMenu *sort = nullptr;
    QTRY_VERIFY((sort = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr && sort != view);
    for (int i = 0; i < 10 && !(sort->activeAction() && sort->activeAction()->text() == column); ++i)
        QTest::keyClick(sort, Qt::Key_Down);
    QVERIFY(sort->activeAction());
    QCOMPARE(sort->activeAction()->text(), column);
    QTest::keyClick(sort, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestKeyboardFlows::sortingFromTheViewMenu()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    users->view()->setFocus();
    const QHeaderView *header = users->view()->horizontalHeader();
    QSignalSpy sorts(users->proxy(), &QAbstractItemModel::layoutChanged);

    sortFromViewMenu(QStringLiteral("Email"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(sorts.count(), 1); // sorted once: over 100 000 names a sort takes a tenth of a second
    QCOMPARE(header->sortIndicatorSection(), int(ProjectUsersModel::EmailColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    const QString first = users->proxy()->index(0, ProjectUsersModel::EmailColumn).data().toString();
    const QString last = users->proxy()->index(11, ProjectUsersModel::EmailColumn).data().toString();
    QVERIFY2(first < last, qPrintable(first + QLatin1String(" / ") + last));

    // The same column again: the other way round.
    sortFromViewMenu(QStringLiteral("Email"));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(users->proxy()->index(0, ProjectUsersModel::EmailColumn).data().toString(), last);

    sortFromViewMenu(QStringLiteral("Server order (no sorting)"));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(header->sortIndicatorSection() < 0 || header->sortIndicatorSection() >= header->count());
    QCOMPARE(users->proxy()->index(0, 0).data(ModelRoles::RawRole), users->model()->index(0, 0).data(ModelRoles::RawRole));
}

void TestKeyboardFlows::exportDialogOpensAndCancelsFromTheKeyboard()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    users->view()->setFocus();
    press(Qt::Key_Down);
    press(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(users->view()->selectionModel()->selectedRows().size(), 2);

    press(Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ExportDialog *>()) != nullptr && dialog->isVisible(), Wait);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The file name has the focus, ready to be typed over.
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    const QString path = dialog->filePath();
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
    // Back to the window, its focus still in the table with the selection kept (the offscreen
    // platform has no window manager to make the window active again: ask for its focus child).
    QTRY_COMPARE(window->focusWidget(), users->view());
    QCOMPARE(users->view()->selectionModel()->selectedRows().size(), 2);
}

void TestKeyboardFlows::enterOnAGroupOpensItsMembersAndEscapeClosesThem()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    window->showTab(MainWindow::Tab::Groups);
    ListingTab *groups = window->groupsTab();
    QTRY_VERIFY_WITH_TIMEOUT(groups->model()->isComplete() && groups->proxy()->rowCount() > 0, Wait);
    groups->view()->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(groups->view()->currentIndex().row(), 1);
    press(Qt::Key_Return);
    GroupMembersDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<GroupMembersDialog *>()) != nullptr, Wait);
    QCOMPARE(dialog->groupId(), groups->proxy()->index(1, ProjectGroupsModel::IdColumn).data().toString());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->listing()->model()->rowCount() > 0, Wait);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QPointer<GroupMembersDialog> alive(dialog);
    // The dialog opens in its filter; with the filter empty, Escape closes the dialog.
    QTRY_VERIFY(QApplication::focusWidget() == dialog->listing()->filterBar()->searchField());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

void TestKeyboardFlows::screenReaderHearsTheColumnTitleWithEachCell()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    QAccessible::setActive(true);
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(users->view());
    QVERIFY(table);
    QCOMPARE(table->role(), QAccessible::Table);
    QCOMPARE(table->text(QAccessible::Name), QStringLiteral("Users"));
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    QCOMPARE(cells->rowCount(), 12);
    for (int column : {int(ProjectUsersModel::EmailColumn), int(ProjectUsersModel::RoleColumn)}) {
        QAccessibleInterface *cell = cells->cellAt(0, column);
        QVERIFY(cell);
        const QString shown = users->proxy()->index(0, column).data().toString();
        QCOMPARE(cell->text(QAccessible::Name), shown);
        const QList<QAccessibleInterface *> headers = cell->tableCellInterface()->columnHeaderCells();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first()->text(QAccessible::Name),
                 users->proxy()->headerData(column, Qt::Horizontal).toString());
        // Qt 6.4 makes these header cells with new and registers them nowhere, and their destructor
        // is protected: registering hands them to Qt, which can then delete them.
        for (QAccessibleInterface *header : headers)
            QAccessible::deleteAccessibleInterface(QAccessible::registerAccessibleInterface(header));
    }
    QCOMPARE(cells->columnDescription(ProjectUsersModel::EmailColumn), QStringLiteral("Email"));
    QAccessible::setActive(false);
}

void TestKeyboardFlows::controlsHaveAccessibleNames()
{
    auto window = openWindow(SmallProject);
    QVERIFY(window);
    ListingTab *users = window->usersTab();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->isComplete(), Wait);
    // Every control a Tab can reach says what it is, through its own name or its label.
    QList<QWidget *> controls = window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : controls) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QString name = accessible->text(QAccessible::Name);
        // A line edit inside an editable combo is named by the combo.
        if (name.isEmpty() && qobject_cast<QComboBox *>(widget->parentWidget()))
            name = QAccessible::queryAccessibleInterface(widget->parentWidget())->text(QAccessible::Name);
        QVERIFY2(!name.isEmpty(), widget->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 6);
}

QTEST_MAIN(TestKeyboardFlows)
#include "tst_keyboardflows.moc"
