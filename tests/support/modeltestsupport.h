// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the model, proxy and view tests share: waiting for a listing, reading a column,
// asking the local server what it sent, and a project of tricky text.

#include "models/modelroles.h"
#include "models/pagedtablemodel.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

inline const QString RosterDemo = QStringLiteral("proj_roster_demo");
inline const QString RosterDemoUsers = QStringLiteral("/projects/proj_roster_demo/users");

// Pages to the end with loadAll(); true when the listing finished complete.
inline bool loadAllAndWait(PagedTableModel &model, int timeoutMs = 30000)
{
    QSignalSpy finished(&model, &PagedTableModel::loadAllFinished);
    model.loadAll();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
        return false;
    return finished.last().at(0).toBool();
}

// fetchMore() is protected in the models, public in QAbstractItemModel: call it as a view does.
inline void fetchMore(QAbstractItemModel &model)
{
    model.fetchMore({});
}

inline bool canFetchMore(const QAbstractItemModel &model)
{
    return model.canFetchMore({});
}

inline QStringList columnValues(const QAbstractItemModel &model, int column, int role = ModelRoles::RawRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

// The `after` of every logged request whose path contains `path` ("" for the first page).
inline QStringList afterCursors(const RequestLog &log, const QString &path)
{
    QStringList cursors;
    for (const ServerRequest &request : log.requests()) {
        if (request.path.contains(path))
            cursors.append(request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded));
    }
    return cursors;
}

// The user ids the server holds for a project, in its order.
inline QStringList serverUserIds(AdminApiServer &server, const QString &projectId)
{
    DemoOrganization &org = server.organization();
    const DemoOrganization::ProjectSpec *project = org.project(projectId);
    QStringList ids;
    for (int i = 0; project && i < project->userCount; ++i)
        ids.append(org.projectUserJson(*project, i).value(QStringLiteral("id")).toString());
    return ids;
}

inline bool allDistinct(const QStringList &values)
{
    return QSet<QString>(values.cbegin(), values.cend()).size() == values.size();
}

inline QJsonObject user(const QJsonValue &name, const QString &role, qint64 addedAt)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("email"), QJsonValue()},
            {QStringLiteral("role"), role},
            {QStringLiteral("added_at"), addedAt}};
}

// Users with the text that sorting and filtering must get right: accents, CJK, nulls,
// case, unknown roles, and times whose digits sort differently as text than as numbers.
inline const QString TextProject = QStringLiteral("proj_text_cases");
inline void addTextProject(AdminApiServer &server)
{
    server.organization().addProjectWithUsers(
        TextProject, {
                         user(QStringLiteral("Zoë Zimmermann"), QStringLiteral("owner"), 1000000000),
                         user(QStringLiteral("Angstrom Anna"), QStringLiteral("member"), 999999999),
                         user(QJsonValue(), QStringLiteral("member"), 1700000000),
                         user(QStringLiteral("Ångström Åke"), QStringLiteral("member"), 1600000000),
                         user(QStringLiteral("Zed Last"), QStringLiteral("reader"), 100),
                         user(QStringLiteral("李 明"), QStringLiteral("member"), 1500000000),
                         user(QStringLiteral("田中 さくら"), QStringLiteral("owner"), 1400000000),
                         user(QStringLiteral("bob lower"), QStringLiteral("billing"), 2000000000),
                         user(QStringLiteral("Émile Ézy"), QStringLiteral("member"), 1300000000),
                         user(QJsonValue(), QStringLiteral("owner"), 1200000000),
                     });
}
