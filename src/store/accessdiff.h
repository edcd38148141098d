// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accesschange.h"

#include "access/organizationaccess.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

// What changed between two access lists (two snapshots, or a snapshot and a live load): rows
// added, removed, and role changes on the same key (project, member type, member id, via group).
// A project that was incomplete on either side is not compared: none of its members is reported,
// and it is listed in `incompleteProjects` instead. A pure function of its input: run it on a worker.
class AccessDiff
{
    Q_DECLARE_TR_FUNCTIONS(AccessDiff)

public:
    struct IncompleteProject
    {
        QString projectId;
        QString projectName;
        QString reason; // the failure's words, with the side it happened on
    };

    static AccessDiff compare(const OrganizationAccess &from, const OrganizationAccess &to);

    const QVector<AccessChange> &changes() const { return m_changes; }
    const QVector<IncompleteProject> &incompleteProjects() const { return m_incomplete; }
    int added() const { return m_added; }
    int removed() const { return m_removed; }
    int roleChanged() const { return m_roleChanged; }
    int projectsChanged() const { return m_projectsChanged; }
    bool isEmpty() const { return m_changes.isEmpty(); }
    // "21 added, 39 removed, 19 role changes in 14 projects"
    QString summary() const;

    // The diff CSV's columns, exactly, and one change's fields for them.
    static QStringList csvColumns();
    static QStringList csvFields(const AccessChange &change);
    static QString kindWord(AccessChange::Kind kind);

private:
    QVector<AccessChange> m_changes;
    QVector<IncompleteProject> m_incomplete;
    int m_added = 0;
    int m_removed = 0;
    int m_roleChanged = 0;
    int m_projectsChanged = 0;
};
