// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

// The made-up organization the demo server serves. Every row is computed from indices, so a project
// of 100 000 users costs no memory and is the same on every run.
//
// A realistic organization: a shared pool of people (the organization's users), each in several
// projects directly and through groups; groups granted to many projects; service accounts and API
// keys in projects; org owners and readers; a few people in no project. A person's id, name and
// email are the same in every listing. Projects a test adds with addProject() or
// addProjectWithUsers() have users of their own, outside the pool, unless `pooled` is set.
class DemoOrganization
{
public:
    struct ProjectSpec
    {
        QString id;
        QString name;
        int userCount = 0;
        int groupCount = 0;
        bool archived = false;
        qint64 createdAt = 0;
        // Users' names and emails drawn from hostileUserValue(): for tests of what a server may send.
        bool hostileValues = false;
        // Users drawn from the organization's people (the built-in projects); else users of its own.
        bool pooled = false;
    };

    static constexpr int DefaultProjectCount = 120;
    // People in the organization but in no project and no group: the last ones of the pool.
    static constexpr int PeopleInNoProject = 7;

    // Six named projects of all sizes (one with `bigProjectUsers` users), then generated ones up to
    // `projectCount` in all.
    explicit DemoOrganization(int bigProjectUsers = 10000, int projectCount = DefaultProjectCount);

    // The built-in projects become `count` (at least the six named ones); projects a test added stay.
    void setProjectCount(int count);
    const QVector<ProjectSpec> &projects() const { return m_projects; }
    const ProjectSpec *project(const QString &id) const;
    void addProject(const ProjectSpec &spec);
    // A project whose users are exactly `users` (name, email, role, added_at; id and object
    // are filled in), for tests that need particular names.
    void addProjectWithUsers(const QString &id, const QVector<QJsonObject> &users);
    // The project the app opens first in demo mode.
    QString defaultProjectId() const { return QStringLiteral("proj_roster_demo"); }
    QJsonObject projectJson(int index) const;

    // Project users, in the listing's order.
    QJsonObject projectUserJson(const ProjectSpec &project, int index) const;
    int projectUserPosition(const ProjectSpec &project, const QString &userId) const;
    // Values a hostile or broken server may send as a user's name (and, every other time, email):
    // a 1 MB name, markup, bidirectional overrides, control characters, a spreadsheet formula,
    // and numbers where strings belong (such rows are unreadable: index % HostileKinds == 7).
    static constexpr int HostileKinds = 8;
    static QJsonValue hostileUserValue(int index);

    // The groups granted to a project, oldest grant first.
    QJsonObject projectGroupJson(const ProjectSpec &project, int index) const;
    int projectGroupPosition(const ProjectSpec &project, const QString &groupId) const;

    // Organization groups, and their members (oldest first).
    int groupCount() const { return m_groupCount; }
    QJsonObject groupJson(int index) const;
    int groupIndex(const QString &groupId) const; // -1 when not a group of this organization
    int groupUserCount(int groupIndex) const;
    QJsonObject groupUserJson(int groupIndex, int index) const;
    int groupUserPosition(int groupIndex, const QString &userId) const;

    // The organization's users: every person of the pool, oldest first.
    int personCount() const { return m_people; }
    QJsonObject personJson(int person) const;
    QString personId(int person) const;
    int personIndex(const QString &userId) const; // -1 when not a person of this organization
    int personWithEmail(const QString &email) const;

    // Service accounts and API keys of a project.
    int serviceAccountCount(const ProjectSpec &project) const;
    QJsonObject serviceAccountJson(const ProjectSpec &project, int index) const;
    int serviceAccountPosition(const ProjectSpec &project, const QString &id) const;
    int apiKeyCount(const ProjectSpec &project) const;
    QJsonObject apiKeyJson(const ProjectSpec &project, int index) const;
    int apiKeyPosition(const ProjectSpec &project, const QString &id) const;
    // Whether the key's owner is (still) a member of the project: `owner_project_access` active.
    bool apiKeyOwnerHasAccess(const ProjectSpec &project, int index) const;

    // The project's catalogue of roles, and the roles assigned in it to a user or a group.
    int roleCount(const ProjectSpec &project) const;
    QJsonObject roleJson(const ProjectSpec &project, int index) const;
    int rolePosition(const ProjectSpec &project, const QString &roleId) const;
    bool isUserOf(const ProjectSpec &project, const QString &userId) const; // of the project's organization
    QVector<QJsonObject> userRoleAssignments(const ProjectSpec &project, const QString &userId) const;
    QVector<QJsonObject> groupRoleAssignments(const ProjectSpec &project, int groupIndex) const;

    // The ground truth, for tests that work out who has access to what on their own: each listing's
    // rows, in its order. Empty for an unknown project or group.
    QVector<QJsonObject> projectUsers(const QString &projectId) const;
    QVector<QJsonObject> projectServiceAccounts(const QString &projectId) const;
    QVector<QJsonObject> projectGroups(const QString &projectId) const;
    QVector<QJsonObject> groupMembers(const QString &groupId) const;
    QVector<QJsonObject> organizationUsers() const;

    // Scripted changes, for tests of what a second look at the organization finds. Each returns
    // false and changes nothing when it does not apply (unknown ids, already so, a project not pooled).
    bool addProjectMember(const QString &projectId, const QString &userId, const QString &role = QStringLiteral("member"));
    bool removeProjectMember(const QString &projectId, const QString &userId);
    bool setProjectMemberRole(const QString &projectId, const QString &userId, const QString &role);
    // A person without a name cannot be a group member (the group users listing requires one).
    bool addGroupMember(const QString &groupId, const QString &userId);

    // Ids encode the row index (after a fixed-width random-looking prefix) so that
    // a cursor can be found again without a lookup table. -1 when `id` is not ours.
    static int indexFromId(const QString &id, const QString &prefix);
    static QString idFor(const QString &prefix, quint32 salt, int index);

private:
    // A pooled project's changes from its computed membership.
    struct MemberChanges
    {
        int baseCount = 0;        // members before any change
        QVector<int> removed;     // base positions, ascending
        QVector<int> added;       // people, in the order added
        QHash<int, QString> roles; // by person
    };
    int memberAt(const ProjectSpec &project, int position, int *basePosition) const;
    int memberPosition(const ProjectSpec &project, int person) const;
    QString memberRole(const ProjectSpec &project, int person, int basePosition) const;
    int groupMemberAt(int group, int position) const;
    int groupMemberPosition(int group, int person) const;
    QString groupRole(const ProjectSpec &project, int group) const;
    QStringList customRoles(const ProjectSpec &project) const;
    QJsonObject assignedRole(const ProjectSpec &project, const QString &roleName) const;
    int activePeople() const { return m_people - PeopleInNoProject; }
    int namedPeople() const;
    void rebuild(int projectCount);
    void recount();
    ProjectSpec *mutableProject(const QString &id);

    int m_bigProjectUsers = 0;
    int m_builtIn = 0; // the first projects: the organization's own; the rest were added by tests
    int m_people = 0;
    int m_groupCount = 0;
    QVector<ProjectSpec> m_projects;
    QHash<QString, QVector<QJsonObject>> m_customUsers; // by project id
    QHash<QString, MemberChanges> m_memberChanges;      // by project id
    QHash<int, QVector<int>> m_addedGroupMembers;       // by group
};
