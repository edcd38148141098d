// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlessaccessload.h"

#include "commandoutput.h"

#include "access/organizationaccessloader.h"

#include <QEventLoop>

std::shared_ptr<const OrganizationAccess> HeadlessAccessLoad::run(ApiClient &client, bool includeArchived, int concurrency)
{
    OrganizationAccessLoader loader(&client);
    loader.setConcurrency(concurrency);
    QEventLoop loop;
    QObject::connect(&loader, &OrganizationAccessLoader::progress, &loop, [](int done, int total) {
        CommandOutput::progress(total < 0 ? tr("Reading the organization: %1 projects…").arg(done)
                                          : tr("Reading the organization: %1 of %2 projects…").arg(done).arg(total));
    });
    QObject::connect(&loader, &OrganizationAccessLoader::finished, &loop, &QEventLoop::quit);
    loader.start(includeArchived);
    if (loader.isBusy())
        loop.exec();
    CommandOutput::endProgress();
    return loader.access();
}

void HeadlessAccessLoad::reportFailures(const OrganizationAccess &access)
{
    for (const OrganizationAccess::Failure &failure : access.failures) {
        if (failure.projectId.isEmpty())
            CommandOutput::error(failure.reason);
        else
            CommandOutput::error(tr("project %1 (%2) could not be read: %3")
                                     .arg(failure.projectId, failure.projectName, failure.reason));
    }
}
