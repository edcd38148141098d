// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentrypoints.h"

#include "api/apierror.h"
#include "api/group.h"
#include "api/groupuser.h"
#include "api/listingquery.h"
#include "api/listpage.h"
#include "api/organizationuser.h"
#include "api/project.h"
#include "api/projectgroup.h"
#include "api/projectserviceaccount.h"
#include "api/projectuser.h"

#include "export/tableexport.h"
#include "models/modelroles.h"
#include "rfc4180reader.h"
#include "store/snapshotstore.h"

#include <QStandardItemModel>
#include <QFile>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace FuzzEntryPoints {

namespace {

// Reads `object` as every record type; a record that reads must carry its identity.
QString readRecords(const QJsonObject &object)
{
    if (const auto user = ProjectUser::fromJson(object); user && user->id.isEmpty())
        return QStringLiteral("ProjectUser without id");
    if (const auto group = ProjectGroup::fromJson(object); group && group->groupId.isNull())
        return QStringLiteral("ProjectGroup without group_id");
    if (const auto project = Project::fromJson(object); project && project->id.isNull())
        return QStringLiteral("Project without id");
    if (const auto group = Group::fromJson(object); group && group->id.isNull())
        return QStringLiteral("Group without id");
    if (const auto user = GroupUser::fromJson(object); user && user->id.isNull())
        return QStringLiteral("GroupUser without id");
    if (const auto user = OrganizationUser::fromJson(object); user && user->id.isEmpty())
        return QStringLiteral("OrganizationUser without id");
    if (const auto account = ProjectServiceAccount::fromJson(object); account && account->id.isEmpty())
        return QStringLiteral("ProjectServiceAccount without id");
    return {};
}

} // namespace

QString listPage(const QByteArray &data)
{
    const ListingQuery queries[] = {
        ListingQuery::projects(true),
        ListingQuery::projectUsers(QStringLiteral("proj_fuzz")),
        ListingQuery::projectGroups(QStringLiteral("proj_fuzz")),
        ListingQuery::groups(),
        ListingQuery::groupUsers(QStringLiteral("group_fuzz")),
        ListingQuery::organizationUsers(),
        ListingQuery::projectServiceAccounts(QStringLiteral("proj_fuzz")),
    };
    for (const ListingQuery &query : queries) {
        QString problem;
        const std::optional<ListPage> page = ListPage::parse(data, query, &problem);
        const std::optional<QString> peeked = ListPage::peekNextCursor(data, query);
        if (page && peeked && (!page->hasMore || page->nextCursor != *peeked))
            return QStringLiteral("a peeked cursor (%1) that the page does not name").arg(*peeked);
        if (!page) {
            if (problem.isEmpty())
                return QStringLiteral("a refused page without a reason");
            continue;
        }
        if (!problem.isEmpty())
            return QStringLiteral("a parsed page with a problem: %1").arg(problem);
        for (const QJsonValue &item : page->items) {
            const QString broken = readRecords(item.toObject());
            if (!broken.isEmpty())
                return broken;
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    return doc.isObject() ? readRecords(doc.object()) : QString();
}

QString apiError(const QByteArray &data)
{
    if (data.size() < 2)
        return {};
    const int status = 400 + (quint8(data.at(0)) << 8 | quint8(data.at(1))) % 200;
    const ApiError error = ApiError::fromHttp(status, data.mid(2), QStringLiteral("project proj_fuzz"));
    if (error.kind() != ApiError::Kind::Http || error.httpStatus() != status)
        return QStringLiteral("wrong kind or status");
    if (error.message().trimmed().isEmpty())
        return QStringLiteral("an error without a message");
    // A message is for a status bar or a dialog: a hostile body must not make it a book.
    if (error.message().size() > 2000)
        return QStringLiteral("a message of %1 characters").arg(error.message().size());
    if (error.isRetryable() != (status == 429 || status >= 500))
        return QStringLiteral("wrong retryability for %1").arg(status);
    if (!error.toString().contains(QString::number(status)))
        return QStringLiteral("toString() without the status");
    return {};
}

QString csvRoundTrip(const QByteArray &data)
{
    QVector<QStringList> cells;
    for (const QByteArray &row : data.split('\x1e')) {
        QStringList fields;
        for (const QByteArray &field : row.split('\x1f'))
            fields.append(QString::fromUtf8(field));
        cells.append(fields);
        if (cells.size() > 200)
            break;
    }
    const int columns = int(std::min<qsizetype>(cells.first().size(), 50));
    QStandardItemModel model(int(cells.size()) - 1, columns);
    for (int c = 0; c < columns; ++c)
        model.setHeaderData(c, Qt::Horizontal, cells.first().at(c));
    for (int r = 1; r < cells.size(); ++r) {
        for (int c = 0; c < columns; ++c)
            model.setData(model.index(r - 1, c), cells.at(r).value(c), ModelRoles::ExportRole);
    }
    const auto expected = [&](int r, int c, bool guarded) {
        const QString text = r == 0 ? cells.first().at(c) : cells.at(r).value(c);
        static const QString risky = QStringLiteral("=+-@\t\r");
        return guarded && !text.isEmpty() && risky.contains(text.at(0)) ? QLatin1Char('\'') + text : text;
    };
    for (const bool guarded : {false, true}) {
        CsvOptions options;
        options.formulaGuard = guarded;
        options.byteOrderMark = false;
        const QByteArray csv = TableExport::allOf(&model).toCsv(options);
        Rfc4180Reader reader;
        if (!reader.read(csv))
            return QStringLiteral("not RFC 4180 (%1): %2").arg(reader.error, QString::fromUtf8(csv.left(200)));
        const QVector<QStringList> *back = &reader.records;
        if (back->size() != cells.size())
            return QStringLiteral("%1 records read back, %2 written").arg(back->size()).arg(cells.size());
        for (int r = 0; r < cells.size(); ++r) {
            if (back->at(r).size() != columns)
                return QStringLiteral("record %1 has %2 fields, not %3").arg(r).arg(back->at(r).size()).arg(columns);
            for (int c = 0; c < columns; ++c) {
                if (r == 0) { // whether headers get the guard is the writer's choice
                    const QString header = back->at(0).at(c);
                    if (header != expected(0, c, false) && header != QLatin1Char('\'') + expected(0, c, false))
                        return QStringLiteral("header %1 came back different").arg(c);
                    continue;
                }
                if (back->at(r).at(c) != expected(r, c, guarded))
                    return QStringLiteral("cell %1,%2 came back different (guard %3)").arg(r).arg(c).arg(guarded);
            }
        }
    }
    return {};
}

QString snapshotStore(const QByteArray &data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {}; // the machine, not the reader
    file.close();
    SnapshotStore store(path);
    if (!store.open()) {
        if (store.errorString().isEmpty())
            return QStringLiteral("refused without a message");
        QFile reread(path);
        if (!reread.open(QIODevice::ReadOnly) || reread.readAll() != data)
            return QStringLiteral("a refused file was changed");
        return {};
    }
    const QVector<SnapshotSummary> summaries = store.list();
    for (const SnapshotSummary &summary : summaries) {
        const auto access = store.load(summary.id);
        if (!access && store.errorString().isEmpty())
            return QStringLiteral("snapshot %1 failed to load without a message").arg(summary.id);
        if (access && access->entries.size() != summary.rows)
            return QStringLiteral("snapshot %1 loaded %2 of %3 rows").arg(summary.id).arg(access->entries.size()).arg(summary.rows);
    }
    return {};
}

} // namespace FuzzEntryPoints
