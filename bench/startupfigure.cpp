// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 7: from launch to the first page of the demo project painted. The child process builds
// what `roster --demo` builds (app/main.cpp): Roster's MainWindow on its demo server.
#include "benchtable.h"
#include "benchutil.h"
#include "figures.h"

#include "ui/listingtab.h"
#include "ui/listingtableview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>
#include <QTextStream>

#include <cstdio>

using namespace BenchUtil;

namespace {

// Says "painted" on standard output after the first paint that shows rows, then quits.
class FirstRowsPainted : public QObject
{
public:
    explicit FirstRowsPainted(QAbstractItemView *view) : m_view(view) {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0 && !m_said) {
            m_said = true;
            // After this paint has run.
            QMetaObject::invokeMethod(qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    QAbstractItemView *m_view;
    bool m_said = false;
};

} // namespace

int runStartupProbe(int argc, char *argv[])
{
    // Its own settings, so that the figure does not depend on what a user last opened.
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationName(QStringLiteral("RosterBench"));
    QApplication app(argc, argv);
    MainWindow window;
    QTableView *view = window.usersTab()->view();
    FirstRowsPainted watcher(view);
    view->viewport()->installEventFilter(&watcher);
    if (!window.startDemo())
        return 1;
    window.show();
    return app.exec();
}

void startupFigure(BenchTable &table, const BenchOptions &options)
{
    QVector<double> times;
    for (int run = 0; run < options.runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(options.benchPath, {QStringLiteral("--startup-probe")});
        double paintedMs = -1;
        spinUntil([&] {
            if (paintedMs < 0 && child.canReadLine() && child.readLine().startsWith("painted"))
                paintedMs = timer.nsecsElapsed() / 1e6;
            return paintedMs >= 0 || child.state() == QProcess::NotRunning;
        }, 20000);
        child.waitForFinished(5000);
        if (paintedMs < 0) {
            table.addInfo(QStringLiteral("7 start-up to first page painted"), QStringLiteral("the probe did not paint"));
            return;
        }
        times.append(paintedMs);
    }
    const double startup = median(times);
    table.add(QStringLiteral("7 start-up to the demo project's first page painted (MainWindow, as roster --demo)"),
              ms(startup), QStringLiteral("< 500 ms"),
              startup < 500 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
}
