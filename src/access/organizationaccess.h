// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessentry.h"
#include "accessmatrix.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

// Who has access to what across the organization, as one load found it: complete projects
// only (a project that failed contributes no rows and is listed in `failures` instead).
// Built once by OrganizationAccessBuilder, then only read, from any thread.
class OrganizationAccess
{
public:
    struct Project
    {
        QString id;
        QString name;
        bool archived = false;
    };
    struct Person
    {
        QString id;
        QString name;
        QString email;
        QString organizationRole; // null when the person is not in the organization users listing
        qint64 addedAt = -1;      // to the organization; -1 when unknown
    };
    struct ServiceAccount
    {
        QString id;
        QString name;
    };
    struct Group
    {
        QString id;
        QString name;
        QString type;
    };
    // A project (or the organization's user listing, with an empty id) that could not be read.
    struct Failure
    {
        QString projectId;
        QString projectName;
        QString reason;
    };
    // What one person reaches, summed over the access rows.
    struct PersonSummary
    {
        int projects = 0;
        int owned = 0;          // projects where the person is a direct owner
        bool direct = false;    // some access is a direct membership
        bool viaGroup = false;  // some access comes through a group
        qint64 earliest = -1;   // the earliest `since` of any of the person's rows
    };

    QVector<Project> projects;
    QVector<Person> people;
    QVector<ServiceAccount> serviceAccounts;
    QVector<Group> groups;
    QStringList roles;
    QVector<AccessEntry> entries;
    QVector<Failure> failures;
    // Entry indexes of each person, in project order (direct first, then by group).
    QVector<QVector<int>> entriesOfPerson;
    QVector<PersonSummary> summaries;
    // People by projects, sorted and laid out here so the window does no per-row work.
    AccessMatrix matrix;
    QDateTime loadedAt;
    QUrl baseUrl;
    // The organization users listing was read to the end: People lists everyone.
    bool organizationUsersComplete = false;

    bool isComplete() const { return failures.isEmpty() && organizationUsersComplete; }

    QString roleOf(const AccessEntry &entry) const { return entry.role < 0 ? QString() : roles.at(entry.role); }
    QString memberId(const AccessEntry &entry) const;
    QString memberName(const AccessEntry &entry) const;
    QString memberEmail(const AccessEntry &entry) const;

    // The access CSV's columns, in the order scripts rely on.
    static QStringList csvColumns();
    // One row's fields for those columns (times as ISO 8601 UTC).
    QStringList csvFields(const AccessEntry &entry) const;
    static QString memberTypeWord(MemberType type);
    static QString isoTime(qint64 seconds);
};
