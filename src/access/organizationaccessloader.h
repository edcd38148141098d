// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organizationaccess.h"
#include "organizationlistings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class ApiClient;
class ApiError;
class ListingScheduler;

// Loads who has access to what across the organization: the projects, then for each project
// its users, service accounts and groups, the members of each group (once, however many
// projects it is granted to) and the organization's users, several listings at once.
//
// A project whose listings did not all finish contributes no rows; it is reported with its
// reason and can be retried alone. The result is joined on a worker and handed over whole:
// nothing is ever half-applied, and a cancelled load leaves the previous result as it was.
class OrganizationAccessLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Building };
    Q_ENUM(State)

    explicit OrganizationAccessLoader(ApiClient *client, QObject *parent = nullptr);
    ~OrganizationAccessLoader() override;

    // Listings in flight at once (default 4).
    void setConcurrency(int listings);
    int concurrency() const;
    ListingScheduler *scheduler() const { return m_scheduler; }

    // Starts a whole load; a load already running is cancelled first.
    void start(bool includeArchived = false);
    // Reads one failed project again (and any failed group granted to it), then rebuilds.
    void retryProject(const QString &projectId);
    // Stops the load; the last result stays as it was.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    // The last complete result (null before the first load finished).
    std::shared_ptr<const OrganizationAccess> access() const { return m_access; }

    int projectsDone() const { return m_load.projectsDone; }
    // -1 while the projects listing has not reached its end.
    int projectsTotal() const { return m_load.projectsListed ? int(m_load.listings.projects.size()) : -1; }

Q_SIGNALS:
    // "38 of 145 projects": after every project that finished or failed.
    void progress(int projectsDone, int projectsTotal);
    void stateChanged(OrganizationAccessLoader::State state);
    // A new result is there (access()), complete or with failures listed in it.
    void finished(std::shared_ptr<const OrganizationAccess> access);
    void cancelled();

private:
    struct ProjectProgress
    {
        int listingsLeft = 0;
        QSet<QString> waitingGroups;
        bool settled = false;
    };
    struct GroupProgress
    {
        bool done = false;
        QString failure;
        QSet<QString> userIds;
        QSet<int> projects; // indexes into m_listings.projects that wait for this group
    };

    // Everything one load knows; a cancelled load goes back to the last finished one.
    struct Load
    {
        OrganizationListings listings;
        QVector<ProjectProgress> progress;
        QHash<QString, int> projectIndex;
        QHash<QString, GroupProgress> groups;
        QSet<QString> organizationUserIds;
        bool projectsListed = false;
        bool organizationUsersDone = false;
        int projectsDone = 0;
    };

    void startProjectsListing();
    void startOrganizationUsers();
    void startProject(int index);
    void addProjectGroups(int index, const QJsonArray &items);
    void startGroup(const QString &groupId, const QString &groupName);
    void groupDone(const QString &groupId, const ApiError *error);
    void listingDone(int index, const QString &what, const ApiError *error);
    void failProject(int index, const QString &reason);
    void settleIfDone(int index);
    void finishIfDone();
    void setState(State state);

    ApiClient *m_client; // not owned
    ListingScheduler *m_scheduler; // owned
    QFutureWatcher<std::shared_ptr<const OrganizationAccess>> m_build;
    Load m_load;
    Load m_lastFinished;
    std::shared_ptr<const OrganizationAccess> m_access;
    State m_state = State::Idle;
    bool m_includeArchived = false;
    quint64 m_generation = 0;
};
