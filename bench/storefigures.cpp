// SPDX-License-Identifier: GPL-3.0-or-later
// Figure 9: the snapshot store. Storing a snapshot of 100 000 access rows, comparing two such
// snapshots, the store's bytes per access row, and listing 50 stored snapshots. Beside each, a
// floor measured in the same run: the same rows written as CSV with QSaveFile, and the same two
// lists hashed key by key.
#include "benchtable.h"
#include "benchutil.h"
#include "figures.h"
#include "syntheticorganization.h"

#include "store/accessdiff.h"
#include "store/snapshotstore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace BenchUtil;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The same rows with one role changed in every 50th project and one member gone in every 40th.
OrganizationListings changedCopy(OrganizationListings listings)
{
    for (int p = 0; p < listings.projects.size(); ++p) {
        auto &project = listings.projects[p];
        if (p % 50 == 0 && project.users.size() > 2)
            project.users[2].role = QStringLiteral("owner");
        if (p % 40 == 0 && !project.users.isEmpty())
            project.users.removeLast();
    }
    return listings;
}

} // namespace

void storeFigures(BenchTable &table, const BenchOptions &options)
{
    QTemporaryDir dir;
    // 200 projects of 399 direct users, one service account and two groups of 49: 100 000 rows.
    const OrganizationListings listings = SyntheticOrganization::listings(200, 399, 2, 49);
    const auto access = OrganizationAccessBuilder::build(listings);
    const auto changed = OrganizationAccessBuilder::build(changedCopy(listings));
    const int rows = int(access->entries.size());

    QVector<double> saveMs, loadMs, diffMs, storedDiffMs, floorMs;
    double bytesPerRow = 0;
    for (int run = 0; run < options.runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        SnapshotStore store(path);
        if (!store.open() || !store.save(*changed)) {
            table.addInfo(QStringLiteral("9 store"), QStringLiteral("failed: %1").arg(store.errorString()));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const std::optional<qint64> id = store.save(*access, QStringLiteral("bench"));
        saveMs.append(elapsedMs(timer));
        if (!id) {
            table.addInfo(QStringLiteral("9 store"), QStringLiteral("failed: %1").arg(store.errorString()));
            return;
        }
        QElapsedTimer fromStore;
        fromStore.start();
        timer.start();
        const auto loaded = store.load(*id);
        const auto before = store.load(*id - 1);
        loadMs.append(elapsedMs(timer) / 2);
        timer.start();
        const AccessDiff diff = AccessDiff::compare(*before, *loaded);
        diffMs.append(elapsedMs(timer));
        storedDiffMs.append(elapsedMs(fromStore));
        if (diff.isEmpty())
            table.addInfo(QStringLiteral("9 diff"), QStringLiteral("found no change where there are some"));
        bytesPerRow = double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
                      / double(rows + changed->entries.size());

        // The floor: the same rows' CSV fields joined and written with QSaveFile.
        timer.start();
        QByteArray csv;
        for (const AccessEntry &entry : access->entries)
            csv += access->csvFields(entry).join(QLatin1Char(',')).toUtf8() + "\r\n";
        QSaveFile file(dir.filePath(QStringLiteral("floor%1.csv").arg(run)));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(csv);
            file.commit();
        }
        floorMs.append(elapsedMs(timer));
    }
    const double save = median(saveMs);
    const double diff = median(diffMs);
    table.add(QStringLiteral("9 store a snapshot of %1 access rows (one transaction, WAL, synchronous)").arg(rows), ms(save),
              QStringLiteral("< 1 s"), save < 1000 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
    table.addInfo(QStringLiteral("9 (floor) the same rows written as CSV with QSaveFile"), ms(median(floorMs)));
    table.addInfo(QStringLiteral("9 load a stored snapshot of %1 rows back as an access list").arg(rows), ms(median(loadMs)));
    table.add(QStringLiteral("9 diff two snapshots of %1 rows").arg(rows), ms(diff), QStringLiteral("< 300 ms"),
              diff < 300 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
    table.addInfo(QStringLiteral("9 diff two stored snapshots of %1 rows, both loaded from the file first").arg(rows),
                  ms(median(storedDiffMs)));
    table.add(QStringLiteral("9 store size per access row"), QStringLiteral("%1 B").arg(bytesPerRow, 0, 'f', 1),
              QStringLiteral("< 120 B"), bytesPerRow < 120 ? BenchTable::Result::Pass : BenchTable::Result::Fail);

    // The Snapshots list with 50 stored snapshots of 2 000 rows each, opened in a new store object.
    const QString listPath = dir.filePath(QStringLiteral("list.sqlite"));
    {
        const auto small = SyntheticOrganization::access(20, 70, 2, 14);
        SnapshotStore store(listPath);
        for (int n = 0; n < 50; ++n) {
            if (!store.save(*small, QStringLiteral("snapshot %1").arg(n))) {
                table.addInfo(QStringLiteral("9 list"), QStringLiteral("failed: %1").arg(store.errorString()));
                return;
            }
        }
    }
    QVector<double> listMs;
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        SnapshotStore store(listPath);
        const QVector<SnapshotSummary> list = store.list();
        listMs.append(elapsedMs(timer));
        if (list.size() != 50)
            table.addInfo(QStringLiteral("9 list"), QStringLiteral("found %1 of 50").arg(list.size()));
    }
    const double list = median(listMs);
    table.add(QStringLiteral("9 open the store and list 50 snapshots"), ms(list), QStringLiteral("< 100 ms"),
              list < 100 ? BenchTable::Result::Pass : BenchTable::Result::Fail);
}
