// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile values end to end: whatever a server sends as a name or an email, the table
// shows it safely and keeps the exact value for sorting, filtering and export.
#include "testsupport.h"

#include "models/modelroles.h"
#include "models/projectusersmodel.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>

class TestHostileValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreadableRowsAreSkippedAndCounted();
    void cellsShowNoMarkupControlsOrOverrides();
    void rawValuesStayExact();
    void aMegabyteNameDoesNotFreezeTheTable();

private:
    static constexpr int Users = 48; // six of each hostile kind
    LocalApi m_api;
    ProjectUsersModel *m_model = nullptr;
    QString m_projectId = QStringLiteral("proj_hostile_values");
};

void TestHostileValues::initTestCase()
{
    DemoOrganization::ProjectSpec spec;
    spec.id = m_projectId;
    spec.name = QStringLiteral("Hostile values");
    spec.userCount = Users;
    spec.hostileValues = true;
    m_api.server->organization().addProject(spec);
    m_model = new ProjectUsersModel(m_api.client.get(), this);
    m_model->setProjectId(m_projectId);
    QSignalSpy finished(m_model, &PagedTableModel::loadAllFinished);
    m_model->loadAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(finished.at(0).at(0).toBool());
}

void TestHostileValues::unreadableRowsAreSkippedAndCounted()
{
    // A number where the name belongs makes the row unreadable: skipped, counted, never shown.
    const int unreadable = Users / DemoOrganization::HostileKinds;
    QCOMPARE(m_model->skippedRows(), unreadable);
    QCOMPARE(m_model->rowCount(), Users - unreadable);
}

void TestHostileValues::cellsShowNoMarkupControlsOrOverrides()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column : {int(ProjectUsersModel::NameColumn), int(ProjectUsersModel::EmailColumn)}) {
            const QModelIndex index = m_model->index(row, column);
            const QString shown = index.data(Qt::DisplayRole).toString();
            QVERIFY2(shown.size() <= 1001, qPrintable(QStringLiteral("row %1 shows %2 characters").arg(row).arg(shown.size())));
            for (const QChar c : shown) {
                const char16_t u = c.unicode();
                QVERIFY2(u >= 0x20 && u != 0x7f && !(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069),
                         qPrintable(QStringLiteral("row %1 shows U+%2").arg(row).arg(int(u), 4, 16, QLatin1Char('0'))));
            }
            // A tool tip is rich text: the server's markup must arrive escaped.
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(QLatin1String("<b>bold")) && !tip.contains(QLatin1String("<img")), qPrintable(tip.left(200)));
            QVERIFY(tip.size() < 10000);
        }
    }
    const QString markup = DemoOrganization::hostileUserValue(1).toString();
    QCOMPARE(m_model->index(1, ProjectUsersModel::NameColumn).data().toString(), markup); // shown as text, not dropped
}

void TestHostileValues::rawValuesStayExact()
{
    // Sorting, filtering and export read the raw value: exactly what the server sent.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->record(row).id;
        const int serverIndex = DemoOrganization::indexFromId(id, QStringLiteral("user_"));
        QVERIFY(serverIndex >= 0);
        QCOMPARE(m_model->index(row, ProjectUsersModel::NameColumn).data(ModelRoles::RawRole).toString(),
                 DemoOrganization::hostileUserValue(serverIndex).toString());
    }
}

void TestHostileValues::aMegabyteNameDoesNotFreezeTheTable()
{
    QTableView view;
    view.setModel(m_model);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Each hostile kind fits one row like any other: no row grows, no column takes the megabyte.
    for (int row = 1; row < m_model->rowCount(); ++row)
        QCOMPARE(view.rowHeight(row), view.rowHeight(0));
    view.resizeColumnsToContents();
    QVERIFY(view.columnWidth(ProjectUsersModel::NameColumn) < 20000);
    view.grab().save(testArtifactPath(QStringLiteral("hostile-values.png")));
}

QTEST_MAIN(TestHostileValues)
#include "tst_hostilevalues.moc"
