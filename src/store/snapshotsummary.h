// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

// One stored snapshot as the Snapshots list shows it, without its rows.
struct SnapshotSummary
{
    qint64 id = 0;
    QDateTime takenAt; // UTC
    QUrl baseUrl;
    QString label;
    QString note;
    int rows = 0;
    int projects = 0;       // complete projects: those whose rows the snapshot holds
    int failedProjects = 0; // projects (or listings) that could not be read
    bool complete = false;  // every project and the organization's users were read
};
