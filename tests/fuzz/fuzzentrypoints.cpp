#include "fuzzentrypoints.h"

#include "api/apierror.h"
#include "api/group.h"
#include "api/groupuser.h"
#include "api/listingquery.h"
#include "api/listpage.h"
#include "api/project.h"
#include "api/projectgroup.h"
#include "api/projectuser.h"

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
    };
    for (const ListingQuery &query : queries) {
        QString problem;
        const std::optional<ListPage> page = ListPage::parse(data, query, &problem);
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

} // namespace FuzzEntryPoints
