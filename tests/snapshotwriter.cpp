// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for tst_snapshotstore: stores big snapshots into the store named on the
// command line, one after another, saying "saving N" before each and "saved N" after, until
// it is killed. The test kills it in the middle of a save.
#include "syntheticorganization.h"

#include "store/snapshotstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: snapshotwriter STORE\n", stderr);
        return 2;
    }
    const auto access = SyntheticOrganization::access(400, 500);
    SnapshotStore store(app.arguments().at(1));
    for (int n = 1;; ++n) {
        std::printf("saving %d\n", n);
        std::fflush(stdout);
        if (!store.save(*access, QStringLiteral("helper %1").arg(n))) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
}
