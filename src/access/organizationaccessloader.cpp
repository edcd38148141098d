// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationaccessloader.h"

#include "accesslogging.h"
#include "listingscheduler.h"
#include "organizationaccessbuilder.h"

#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/workerpool.h"


namespace {

// Keeps each record whose id was not seen before (a misbehaving server may repeat rows across
// pages); the unreadable were left out when the page was read.
template<typename Record, typename IdOf>
void appendNew(const QVector<Record> &records, QVector<Record> &into, QSet<QString> &seen, IdOf idOf)
{
    for (const Record &record : records) {
        const QString id = idOf(record);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        into.append(record);
    }
}

QString errorText(const ApiError &error)
{
    return error.toString();
}

} // namespace

OrganizationAccessLoader::OrganizationAccessLoader(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_scheduler(new ListingScheduler(client, this))
{
    connect(&m_build, &QFutureWatcherBase::finished, this, [this] {
        if (m_build.isCanceled() || m_state != State::Building)
            return;
        m_access = m_build.result();
        m_lastFinished = m_load;
        setState(State::Idle);
        Q_EMIT finished(m_access);
    });
}

OrganizationAccessLoader::~OrganizationAccessLoader()
{
    m_scheduler->cancelAll();
    m_build.waitForFinished();
}

void OrganizationAccessLoader::setConcurrency(int listings)
{
    m_scheduler->setMaxConcurrency(listings);
}

int OrganizationAccessLoader::concurrency() const
{
    return m_scheduler->maxConcurrency();
}

void OrganizationAccessLoader::start(bool includeArchived)
{
    if (isBusy())
        cancel();
    ++m_generation;
    m_includeArchived = includeArchived;
    m_load = Load();
    m_load.listings.baseUrl = m_client->baseUrl();
    m_load.listings.loadedAt = QDateTime::currentDateTimeUtc();
    setState(State::Loading);
    Q_EMIT progress(0, -1);
    startProjectsListing();
    startOrganizationUsers();
}

void OrganizationAccessLoader::startProjectsListing()
{
    const quint64 generation = m_generation;
    auto seen = std::make_shared<QSet<QString>>();
    m_scheduler->add<Project>(
        ListingQuery::projects(m_includeArchived),
        [this, seen](const QVector<Project> &page) {
            QVector<Project> projects;
            appendNew(page, projects, *seen, [](const Project &p) { return p.id; });
            for (const Project &project : projects) {
                const int index = int(m_load.listings.projects.size());
                OrganizationListings::ProjectListings listing;
                listing.project = project;
                m_load.listings.projects.append(listing);
                m_load.progress.append(ProjectProgress());
                m_load.projectIndex.insert(project.id, index);
                startProject(index);
            }
        },
        [this, generation](const ApiError *error) {
            if (generation != m_generation)
                return;
            m_load.projectsListed = true;
            if (error)
                m_load.listings.projectsFailure = errorText(*error);
            Q_EMIT progress(m_load.projectsDone, projectsTotal());
            finishIfDone();
        });
}

void OrganizationAccessLoader::startOrganizationUsers()
{
    const quint64 generation = m_generation;
    m_load.organizationUsersDone = false;
    m_load.organizationUserIds.clear();
    m_load.listings.organizationUsers.clear();
    m_load.listings.organizationUsersComplete = false;
    m_load.listings.organizationUsersFailure.clear();
    m_scheduler->add<OrganizationUser>(
        ListingQuery::organizationUsers(),
        [this](const QVector<OrganizationUser> &page) {
            appendNew(page, m_load.listings.organizationUsers, m_load.organizationUserIds,
                      [](const OrganizationUser &u) { return u.id; });
        },
        [this, generation](const ApiError *error) {
            if (generation != m_generation)
                return;
            m_load.organizationUsersDone = true;
            m_load.listings.organizationUsersComplete = !error;
            if (error)
                m_load.listings.organizationUsersFailure = errorText(*error);
            finishIfDone();
        });
}

void OrganizationAccessLoader::startProject(int index)
{
    const quint64 generation = m_generation;
    const QString projectId = m_load.listings.projects.at(index).project.id;
    m_load.progress[index] = ProjectProgress();
    m_load.progress[index].listingsLeft = 3;
    auto userIds = std::make_shared<QSet<QString>>();
    m_scheduler->add<ProjectUser>(
        ListingQuery::projectUsers(projectId),
        [this, index, userIds](const QVector<ProjectUser> &page) {
            appendNew(page, m_load.listings.projects[index].users, *userIds, [](const ProjectUser &u) { return u.id; });
        },
        [this, index, generation](const ApiError *error) {
            if (generation == m_generation)
                listingDone(index, tr("users"), error);
        });
    auto accountIds = std::make_shared<QSet<QString>>();
    m_scheduler->add<ProjectServiceAccount>(
        ListingQuery::projectServiceAccounts(projectId),
        [this, index, accountIds](const QVector<ProjectServiceAccount> &page) {
            appendNew(page, m_load.listings.projects[index].serviceAccounts, *accountIds,
                      [](const ProjectServiceAccount &a) { return a.id; });
        },
        [this, index, generation](const ApiError *error) {
            if (generation == m_generation)
                listingDone(index, tr("service accounts"), error);
        });
    auto groupIds = std::make_shared<QSet<QString>>();
    m_scheduler->add<ProjectGroup>(
        ListingQuery::projectGroups(projectId),
        [this, index, groupIds](const QVector<ProjectGroup> &page) {
            QVector<ProjectGroup> grants;
            appendNew(page, grants, *groupIds, [](const ProjectGroup &g) { return g.groupId; });
            m_load.listings.projects[index].groups.append(grants);
            for (const ProjectGroup &grant : std::as_const(grants)) {
                auto group = m_load.groups.find(grant.groupId);
                const bool failedBefore = group != m_load.groups.end() && group->done && !group->failure.isEmpty();
                if (group == m_load.groups.end() || failedBefore) {
                    startGroup(grant.groupId, grant.groupName);
                    group = m_load.groups.find(grant.groupId);
                }
                if (!group->done) {
                    group->projects.insert(index);
                    m_load.progress[index].waitingGroups.insert(grant.groupId);
                }
            }
        },
        [this, index, generation](const ApiError *error) {
            if (generation == m_generation)
                listingDone(index, tr("groups"), error);
        });
}

void OrganizationAccessLoader::startGroup(const QString &groupId, const QString &groupName)
{
    const quint64 generation = m_generation;
    GroupProgress &group = m_load.groups[groupId];
    group = GroupProgress();
    m_load.listings.groupMembers.remove(groupId);
    auto members = std::make_shared<QVector<GroupUser>>();
    ListingQuery query = ListingQuery::groupUsers(groupId);
    query.setLimit(query.maximumLimit()); // a group's members come a thousand a page
    m_scheduler->add<GroupUser>(
        query,
        [this, groupId, members](const QVector<GroupUser> &page) {
            appendNew(page, *members, m_load.groups[groupId].userIds, [](const GroupUser &u) { return u.id; });
        },
        [this, groupId, groupName, members, generation](const ApiError *error) {
            if (generation != m_generation)
                return;
            GroupProgress &group = m_load.groups[groupId];
            group.done = true;
            if (error)
                group.failure = tr("the members of group “%1” could not be read: %2").arg(groupName, errorText(*error));
            else
                m_load.listings.groupMembers.insert(groupId, *members);
            const QSet<int> waiting = std::exchange(group.projects, {});
            for (const int index : waiting) {
                m_load.progress[index].waitingGroups.remove(groupId);
                settleIfDone(index);
            }
        });
}

void OrganizationAccessLoader::listingDone(int index, const QString &what, const ApiError *error)
{
    --m_load.progress[index].listingsLeft;
    OrganizationListings::ProjectListings &listing = m_load.listings.projects[index];
    if (error && listing.failure.isEmpty())
        listing.failure = tr("its %1 could not be read: %2").arg(what, errorText(*error));
    settleIfDone(index);
}

void OrganizationAccessLoader::settleIfDone(int index)
{
    ProjectProgress &project = m_load.progress[index];
    if (project.settled || project.listingsLeft > 0 || !project.waitingGroups.isEmpty())
        return;
    OrganizationListings::ProjectListings &listing = m_load.listings.projects[index];
    for (const ProjectGroup &grant : std::as_const(listing.groups)) {
        const GroupProgress &group = m_load.groups.value(grant.groupId);
        if (listing.failure.isEmpty() && !group.failure.isEmpty())
            listing.failure = group.failure;
    }
    listing.complete = listing.failure.isEmpty();
    project.settled = true;
    ++m_load.projectsDone;
    if (!listing.complete)
        qCDebug(lcAccess) << "project" << listing.project.id << "failed:" << listing.failure;
    Q_EMIT progress(m_load.projectsDone, projectsTotal());
    finishIfDone();
}

void OrganizationAccessLoader::finishIfDone()
{
    if (m_state != State::Loading || !m_load.projectsListed || !m_load.organizationUsersDone
        || m_load.projectsDone < m_load.listings.projects.size())
        return;
    setState(State::Building);
    const OrganizationListings listings = m_load.listings;
    m_build.setFuture(WorkerPool::run([listings] { return OrganizationAccessBuilder::build(listings); }));
}

void OrganizationAccessLoader::retryProject(const QString &projectId)
{
    if (isBusy())
        return;
    if (projectId.isEmpty()) {
        // The organization-level listings: the projects listing needs a whole load.
        if (!m_load.listings.projectsFailure.isEmpty()) {
            start(m_includeArchived);
            return;
        }
        if (m_load.listings.organizationUsersComplete)
            return;
        ++m_generation;
        setState(State::Loading);
        startOrganizationUsers();
        return;
    }
    const int index = m_load.projectIndex.value(projectId, -1);
    if (index < 0 || m_load.listings.projects.at(index).complete)
        return;
    ++m_generation;
    OrganizationListings::ProjectListings &listing = m_load.listings.projects[index];
    listing.users.clear();
    listing.serviceAccounts.clear();
    listing.groups.clear();
    listing.failure.clear();
    listing.complete = false;
    --m_load.projectsDone;
    setState(State::Loading);
    Q_EMIT progress(m_load.projectsDone, projectsTotal());
    startProject(index);
}

void OrganizationAccessLoader::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    m_scheduler->cancelAll();
    m_build.cancel();
    m_load = m_lastFinished;
    setState(State::Idle);
    Q_EMIT cancelled();
}

void OrganizationAccessLoader::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
