// SPDX-License-Identifier: GPL-3.0-or-later
// DemoOrganization, continued: what else grants access to a project (service accounts, API keys,
// roles), the ground truth for tests, and scripted changes.
#include "demoorganization.h"

#include "demodata.h"
#include "indexspread.h"

#include <QJsonArray>
#include <QMap>
#include <QStringList>

using namespace DemoData;

namespace {

constexpr quint32 PredefinedRoleSalt = 0x7a11U;

quint32 serviceSalt(const QString &projectId) { return saltOf(projectId) ^ 0x5a5aU; }
quint32 keySalt(const QString &projectId) { return saltOf(projectId) ^ 0x4b4bU; }
quint32 roleSalt(const QString &projectId) { return saltOf(projectId) ^ 0x3333U; }

QJsonArray permissionsOf(const QString &role, quint32 h)
{
    if (role == QLatin1String("owner"))
        return {QStringLiteral("api.project.read"), QStringLiteral("api.project.write"),
                QStringLiteral("api.project.members.write"), QStringLiteral("api.project.keys.write")};
    QJsonArray permissions{QStringLiteral("api.project.read")};
    if (role == QLatin1String("member") || h % 2)
        permissions.append(QStringLiteral("api.project.write"));
    if (h % 3 == 0)
        permissions.append(QStringLiteral("api.project.usage.read"));
    return permissions;
}

} // namespace

// --- Service accounts and API keys (the organization's own projects only) -------------------------

int DemoOrganization::serviceAccountCount(const ProjectSpec &project) const
{
    return project.pooled ? int(mix(serviceSalt(project.id)) % 5) : 0;
}

QJsonObject DemoOrganization::serviceAccountJson(const ProjectSpec &project, int index) const
{
    const quint32 salt = serviceSalt(project.id);
    const quint32 h = mix(salt ^ (quint32(index) * 2654435761U));
    const char *const roles[] = {"owner", "member", "member", "none"};
    return {{QStringLiteral("object"), QStringLiteral("organization.project.service_account")},
            {QStringLiteral("id"), idFor(QStringLiteral("svc_acct_"), salt, index)},
            {QStringLiteral("name"), QString(serviceAccountName(h) + QLatin1Char('-') + QString::number(index + 1))},
            {QStringLiteral("role"), QString::fromLatin1(roles[index == 0 ? 0 : h % 4])},
            {QStringLiteral("created_at"), timeFor(index, serviceAccountCount(project), salt)}};
}

int DemoOrganization::serviceAccountPosition(const ProjectSpec &project, const QString &id) const
{
    const int index = indexFromId(id, QStringLiteral("svc_acct_"));
    return index >= 0 && index < serviceAccountCount(project)
            && idFor(QStringLiteral("svc_acct_"), serviceSalt(project.id), index) == id
        ? index : -1;
}

int DemoOrganization::apiKeyCount(const ProjectSpec &project) const
{
    if (!project.pooled || (project.userCount == 0 && serviceAccountCount(project) == 0))
        return 0;
    return int(mix(keySalt(project.id)) % 9);
}

bool DemoOrganization::apiKeyOwnerHasAccess(const ProjectSpec &project, int index) const
{
    const QJsonObject key = apiKeyJson(project, index);
    return key.value(QStringLiteral("owner_project_access")).toString() == QLatin1String("active");
}

QJsonObject DemoOrganization::apiKeyJson(const ProjectSpec &project, int index) const
{
    const quint32 salt = keySalt(project.id);
    const quint32 h = mix(salt ^ (quint32(index) * 2654435761U));
    const int accounts = serviceAccountCount(project);
    QJsonObject owner;
    bool active = true;
    if (accounts > 0 && (h % 4 == 3 || project.userCount == 0)) {
        const QJsonObject account = serviceAccountJson(project, int(h >> 8) % accounts);
        owner = {{QStringLiteral("type"), QStringLiteral("service_account")},
                 {QStringLiteral("service_account"),
                  QJsonObject{{QStringLiteral("id"), account.value(QStringLiteral("id"))},
                              {QStringLiteral("name"), account.value(QStringLiteral("name"))},
                              {QStringLiteral("created_at"), account.value(QStringLiteral("created_at"))},
                              {QStringLiteral("role"), account.value(QStringLiteral("role"))}}}};
    } else {
        // Drawn from the members and from people just past them (who left the project: `inactive`),
        // skipping anyone without a name or an email, which the key's owner object requires.
        const auto changes = m_memberChanges.constFind(project.id);
        const int baseCount = changes == m_memberChanges.constEnd() ? project.userCount : changes->baseCount;
        const int reach = std::min(activePeople(), baseCount + std::max(1, baseCount / 4));
        const IndexSpread spread(saltOf(project.id), activePeople());
        int person = spread.at(int((h >> 8) % quint32(std::max(reach, 1))));
        for (int step = 1; (person % 37 == 36 || person % 53 == 52) && step < 10; ++step)
            person = spread.at(int(((h >> 8) + step) % quint32(std::max(reach, 1))));
        const int position = memberPosition(project, person);
        active = position >= 0;
        const QJsonObject member = active ? projectUserJson(project, position) : QJsonObject();
        const QJsonObject person_ = personJson(person);
        owner = {{QStringLiteral("type"), QStringLiteral("user")},
                 {QStringLiteral("user"),
                  QJsonObject{{QStringLiteral("id"), person_.value(QStringLiteral("id"))},
                              {QStringLiteral("email"), person_.value(QStringLiteral("email"))},
                              {QStringLiteral("name"), person_.value(QStringLiteral("name"))},
                              {QStringLiteral("created_at"), person_.value(QStringLiteral("added_at"))},
                              {QStringLiteral("role"), active ? member.value(QStringLiteral("role")) : QJsonValue(QStringLiteral("member"))}}}};
    }
    const QString id = idFor(QStringLiteral("key_"), salt, index);
    const qint64 created = timeFor(index, std::max(apiKeyCount(project), 1), salt);
    return {{QStringLiteral("object"), QStringLiteral("organization.project.api_key")},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), QString(apiKeyName(h) + QStringLiteral(" key ") + QString::number(index + 1))},
            {QStringLiteral("redacted_value"), QString(QStringLiteral("sk-proj-") + id.mid(4, 3) + QStringLiteral("...") + id.mid(9, 3))},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("last_used_at"), h % 3 == 0 ? QJsonValue() : QJsonValue(created + qint64(h % (90 * Day)))},
            {QStringLiteral("owner_project_access"), active ? QStringLiteral("active") : QStringLiteral("inactive")},
            {QStringLiteral("owner"), owner}};
}

int DemoOrganization::apiKeyPosition(const ProjectSpec &project, const QString &id) const
{
    const int index = indexFromId(id, QStringLiteral("key_"));
    return index >= 0 && index < apiKeyCount(project) && idFor(QStringLiteral("key_"), keySalt(project.id), index) == id
        ? index : -1;
}

// --- Roles -----------------------------------------------------------------------------------------

QStringList DemoOrganization::customRoles(const ProjectSpec &project) const
{
    QStringList names;
    if (!project.pooled)
        return names;
    const quint32 h = mix(roleSalt(project.id));
    for (int k = 0; k < int(h % 4); ++k) {
        const QString name = customRoleName((h >> 4) + quint32(k));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

int DemoOrganization::roleCount(const ProjectSpec &project) const
{
    return 2 + int(customRoles(project).size());
}

QJsonObject DemoOrganization::roleJson(const ProjectSpec &project, int index) const
{
    // The two predefined roles are the same in every project; custom ones are the project's own.
    const bool predefined = index < 2;
    const QString name = index == 0 ? QStringLiteral("owner") : index == 1 ? QStringLiteral("member")
                                                                           : customRoles(project).value(index - 2);
    const QString id = predefined ? idFor(QStringLiteral("role_"), PredefinedRoleSalt, index)
                                  : idFor(QStringLiteral("role_"), roleSalt(project.id), index);
    const QJsonValue description = predefined
        ? QJsonValue(index == 0 ? QStringLiteral("Manages the project, its members and keys.")
                                : QStringLiteral("Uses the project's models and tools."))
        : (index % 2 ? QJsonValue() : QJsonValue(QStringLiteral("Made by the organization.")));
    return {{QStringLiteral("object"), QStringLiteral("role")},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("permissions"), permissionsOf(name, saltOf(name))},
            {QStringLiteral("resource_type"), QStringLiteral("api.project")},
            {QStringLiteral("predefined_role"), predefined}};
}

int DemoOrganization::rolePosition(const ProjectSpec &project, const QString &roleId) const
{
    for (int i = 0; i < roleCount(project); ++i) {
        if (roleJson(project, i).value(QStringLiteral("id")).toString() == roleId)
            return i;
    }
    return -1;
}

QJsonObject DemoOrganization::assignedRole(const ProjectSpec &project, const QString &roleName) const
{
    QJsonObject role;
    for (int i = 0; i < roleCount(project) && role.isEmpty(); ++i) {
        if (roleJson(project, i).value(QStringLiteral("name")).toString() == roleName)
            role = roleJson(project, i);
    }
    if (role.isEmpty()) // a role a scripted change or a test's project names, outside the catalogue
        role = {{QStringLiteral("id"), idFor(QStringLiteral("role_"), saltOf(project.id + roleName), 99)},
                {QStringLiteral("name"), roleName},
                {QStringLiteral("description"), QJsonValue()},
                {QStringLiteral("permissions"), permissionsOf(roleName, saltOf(roleName))},
                {QStringLiteral("predefined_role"), false}};
    const bool predefined = role.value(QStringLiteral("predefined_role")).toBool();
    const qint64 created = project.createdAt + Day * (saltOf(roleName) % 30);
    QJsonValue creator;
    if (!predefined && project.pooled && project.userCount > 0) {
        int base = -1;
        const int person = memberAt(project, 0, &base);
        creator = QJsonObject{{QStringLiteral("id"), personId(person)},
                              {QStringLiteral("name"), personJson(person).value(QStringLiteral("name"))},
                              {QStringLiteral("email"), personJson(person).value(QStringLiteral("email"))}};
    }
    return {{QStringLiteral("id"), role.value(QStringLiteral("id"))},
            {QStringLiteral("name"), roleName},
            {QStringLiteral("permissions"), role.value(QStringLiteral("permissions"))},
            {QStringLiteral("resource_type"), QStringLiteral("api.project")},
            {QStringLiteral("predefined_role"), predefined},
            {QStringLiteral("description"), role.value(QStringLiteral("description"))},
            {QStringLiteral("created_at"), predefined ? QJsonValue() : QJsonValue(created)},
            {QStringLiteral("updated_at"), predefined ? QJsonValue() : QJsonValue(created + Day)},
            {QStringLiteral("created_by"), creator.isObject() ? creator.toObject().value(QStringLiteral("id")) : QJsonValue()},
            {QStringLiteral("created_by_user_obj"), creator},
            {QStringLiteral("metadata"), predefined ? QJsonValue() : QJsonValue(QJsonObject())},
            {QStringLiteral("assignment_sources"), QJsonValue()}};
}

QString DemoOrganization::groupRole(const ProjectSpec &project, int group) const
{
    const quint32 h = mix(saltOf(project.id) ^ (quint32(group) * 7919U));
    const QStringList custom = customRoles(project);
    if (h % 9 == 0)
        return QStringLiteral("owner");
    if (!custom.isEmpty() && h % 6 == 1)
        return custom.at(int((h >> 8) % quint32(custom.size())));
    return QStringLiteral("member");
}

bool DemoOrganization::isUserOf(const ProjectSpec &project, const QString &userId) const
{
    return project.pooled ? personIndex(userId) >= 0 : projectUserPosition(project, userId) >= 0;
}

QVector<QJsonObject> DemoOrganization::userRoleAssignments(const ProjectSpec &project, const QString &userId) const
{
    QVector<QJsonObject> rows;
    if (!project.pooled) {
        const int position = projectUserPosition(project, userId);
        const QJsonValue role = position >= 0 ? projectUserJson(project, position).value(QStringLiteral("role")) : QJsonValue();
        if (role.isString())
            rows.append(assignedRole(project, role.toString()));
        return rows;
    }
    // One row per role, whether held directly, through groups, or both; the groups are its sources.
    const int person = personIndex(userId);
    QMap<int, QPair<QString, QJsonArray>> byRole; // catalogue position (unknown names last) -> name, sources
    const auto add = [&](const QString &name, const QJsonObject &source) {
        int position = -1;
        for (int i = 0; i < roleCount(project) && position < 0; ++i) {
            if (roleJson(project, i).value(QStringLiteral("name")).toString() == name)
                position = i;
        }
        if (position < 0)
            position = 1000 + int(saltOf(name) % 1000);
        auto &entry = byRole[position];
        entry.first = name;
        entry.second.append(source);
    };
    const int position = memberPosition(project, person);
    if (position >= 0)
        add(projectUserJson(project, position).value(QStringLiteral("role")).toString(),
            {{QStringLiteral("principal_id"), userId}, {QStringLiteral("principal_type"), QStringLiteral("user")}});
    const IndexSpread granted(saltOf(project.id) ^ 0x77, m_groupCount);
    for (int i = 0; i < project.groupCount; ++i) {
        const int group = granted.at(i);
        if (groupMemberPosition(group, person) >= 0)
            add(groupRole(project, group),
                {{QStringLiteral("principal_id"), idFor(QStringLiteral("group_"), 0x9e37U, group)},
                 {QStringLiteral("principal_type"), QStringLiteral("group")}});
    }
    for (const auto &entry : std::as_const(byRole)) {
        QJsonObject row = assignedRole(project, entry.first);
        const bool onlyDirect = entry.second.size() == 1
            && entry.second.first().toObject().value(QStringLiteral("principal_type")).toString() == QLatin1String("user");
        // Sources name where an inherited assignment comes from: none for a direct one alone.
        row.insert(QStringLiteral("assignment_sources"), onlyDirect ? QJsonValue() : QJsonValue(entry.second));
        rows.append(row);
    }
    return rows;
}

QVector<QJsonObject> DemoOrganization::groupRoleAssignments(const ProjectSpec &project, int group) const
{
    const int position = IndexSpread(saltOf(project.id) ^ 0x77, m_groupCount).positionOf(group);
    if (position < 0 || position >= project.groupCount)
        return {};
    return {assignedRole(project, groupRole(project, group))};
}

// --- Ground truth ----------------------------------------------------------------------------------

namespace {
// A project's rows of one listing, row(i) for i below count (none for an unknown project).
template<typename Count, typename Row>
QVector<QJsonObject> rowsOf(const DemoOrganization::ProjectSpec *project, Count count, Row row)
{
    QVector<QJsonObject> rows;
    for (int i = 0; project && i < count(*project); ++i)
        rows.append(row(*project, i));
    return rows;
}
} // namespace

QVector<QJsonObject> DemoOrganization::projectUsers(const QString &projectId) const
{
    return rowsOf(project(projectId), [](const ProjectSpec &p) { return p.userCount; },
                  [this](const ProjectSpec &p, int i) { return projectUserJson(p, i); });
}

QVector<QJsonObject> DemoOrganization::projectServiceAccounts(const QString &projectId) const
{
    return rowsOf(project(projectId), [this](const ProjectSpec &p) { return serviceAccountCount(p); },
                  [this](const ProjectSpec &p, int i) { return serviceAccountJson(p, i); });
}

QVector<QJsonObject> DemoOrganization::projectGroups(const QString &projectId) const
{
    return rowsOf(project(projectId), [](const ProjectSpec &p) { return p.groupCount; },
                  [this](const ProjectSpec &p, int i) { return projectGroupJson(p, i); });
}

QVector<QJsonObject> DemoOrganization::groupMembers(const QString &groupId) const
{
    QVector<QJsonObject> rows;
    const int group = groupIndex(groupId);
    for (int i = 0; group >= 0 && i < groupUserCount(group); ++i)
        rows.append(groupUserJson(group, i));
    return rows;
}

QVector<QJsonObject> DemoOrganization::organizationUsers() const
{
    QVector<QJsonObject> rows;
    rows.reserve(m_people);
    for (int i = 0; i < m_people; ++i)
        rows.append(personJson(i));
    return rows;
}

// --- Scripted changes ------------------------------------------------------------------------------

bool DemoOrganization::addProjectMember(const QString &projectId, const QString &userId, const QString &role)
{
    ProjectSpec *p = mutableProject(projectId);
    const int person = personIndex(userId);
    if (!p || !p->pooled || person < 0 || memberPosition(*p, person) >= 0)
        return false;
    MemberChanges &changes = m_memberChanges[projectId];
    if (changes.baseCount == 0 && changes.added.isEmpty() && changes.removed.isEmpty())
        changes.baseCount = p->userCount;
    changes.added.append(person);
    changes.roles.insert(person, role);
    ++p->userCount;
    return true;
}

bool DemoOrganization::removeProjectMember(const QString &projectId, const QString &userId)
{
    ProjectSpec *p = mutableProject(projectId);
    const int person = personIndex(userId);
    if (!p || !p->pooled || person < 0 || memberPosition(*p, person) < 0)
        return false;
    MemberChanges &changes = m_memberChanges[projectId];
    if (changes.baseCount == 0 && changes.added.isEmpty() && changes.removed.isEmpty())
        changes.baseCount = p->userCount;
    if (!changes.added.removeOne(person)) {
        const int base = IndexSpread(saltOf(projectId), activePeople()).positionOf(person);
        changes.removed.insert(std::lower_bound(changes.removed.begin(), changes.removed.end(), base), base);
    }
    changes.roles.remove(person);
    --p->userCount;
    return true;
}

bool DemoOrganization::setProjectMemberRole(const QString &projectId, const QString &userId, const QString &role)
{
    const ProjectSpec *p = project(projectId);
    const int person = personIndex(userId);
    if (!p || !p->pooled || person < 0 || memberPosition(*p, person) < 0)
        return false;
    MemberChanges &changes = m_memberChanges[projectId];
    if (changes.baseCount == 0 && changes.added.isEmpty() && changes.removed.isEmpty())
        changes.baseCount = p->userCount;
    changes.roles.insert(person, role);
    return true;
}

bool DemoOrganization::addGroupMember(const QString &groupId, const QString &userId)
{
    const int group = groupIndex(groupId);
    const int person = personIndex(userId);
    if (group < 0 || person < 0 || !personJson(person).value(QStringLiteral("name")).isString()
        || groupMemberPosition(group, person) >= 0)
        return false;
    m_addedGroupMembers[group].append(person);
    return true;
}
