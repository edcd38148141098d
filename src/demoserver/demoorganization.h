#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

// The made-up organization the demo server serves. Every row is computed from its
// index, so a project of 100 000 users costs no memory and is the same on every run.
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
    };

    // A handful of projects of all sizes, one of them with `bigProjectUsers` users.
    explicit DemoOrganization(int bigProjectUsers = 10000);

    const QVector<ProjectSpec> &projects() const { return m_projects; }
    const ProjectSpec *project(const QString &id) const;
    void addProject(const ProjectSpec &spec);
    // A project whose users are exactly `users` (name, email, role, added_at; id and object
    // are filled in), for tests that need particular names.
    void addProjectWithUsers(const QString &id, const QVector<QJsonObject> &users);
    // The project the app opens first in demo mode.
    QString defaultProjectId() const { return QStringLiteral("proj_roster_demo"); }

    QJsonObject projectJson(int index) const;
    QJsonObject projectUserJson(const ProjectSpec &project, int index) const;
    // Values a hostile or broken server may send as a user's name (and, every other time, email):
    // a 1 MB name, markup, bidirectional overrides, control characters, a spreadsheet formula,
    // and numbers where strings belong (such rows are unreadable: index % HostileKinds == 7).
    static constexpr int HostileKinds = 8;
    static QJsonValue hostileUserValue(int index);
    QJsonObject projectGroupJson(const ProjectSpec &project, int index) const;

    // Organization groups: the groups of every project, numbered across the organization.
    int groupCount() const { return m_totalGroups; }
    QJsonObject groupJson(int index) const;
    int groupUserCount(int groupIndex) const;
    QJsonObject groupUserJson(int groupIndex, int index) const;

    // Ids encode the row index (after a fixed-width random-looking prefix) so that
    // a cursor can be found again without a lookup table. -1 when `id` is not ours.
    static int indexFromId(const QString &id, const QString &prefix);
    static QString idFor(const QString &prefix, quint32 salt, int index);

    // The global group index of a project's group.
    int groupIndex(const ProjectSpec &project, int index) const;

private:
    QVector<ProjectSpec> m_projects;
    int m_totalGroups = 0;
    QHash<QString, QVector<QJsonObject>> m_customUsers; // by project id
    void recount();
};
