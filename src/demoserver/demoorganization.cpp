// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoorganization.h"

#include "demodata.h"
#include "indexspread.h"

#include <QJsonArray>
#include <QStringList>

using namespace DemoData;

namespace {

constexpr quint32 PersonSalt = 0x9e0aU;
constexpr quint32 GroupSalt = 0x9e37U;
constexpr quint32 ProjectSalt = 0x70c5U;
// At least this many people, so that small test organizations still share people across projects.
constexpr int MinimumPeople = 3000;
constexpr int NamedProjects = 6;

quint32 personHash(int person)
{
    return mix(PersonSalt ^ (quint32(person) * 2654435761U));
}

QJsonValue personName(int person)
{
    const quint32 h = personHash(person);
    // Every 37th person has no name and every 53rd no email, as the schemas allow.
    return person % 37 == 36 ? QJsonValue() : QJsonValue(firstName(h) + QLatin1Char(' ') + lastName(h >> 8));
}

QJsonValue personEmail(int person)
{
    const quint32 h = personHash(person);
    return person % 53 == 52 ? QJsonValue()
                             : QJsonValue(QStringLiteral("user%1.%2@").arg(person).arg(h % 1000) + domain(h >> 16));
}

} // namespace

DemoOrganization::DemoOrganization(int bigProjectUsers, int projectCount)
    : m_bigProjectUsers(bigProjectUsers),
      m_people(std::max({MinimumPeople, bigProjectUsers, 2400}) + PeopleInNoProject)
{
    rebuild(projectCount);
}

void DemoOrganization::setProjectCount(int count)
{
    rebuild(count);
}

void DemoOrganization::rebuild(int projectCount)
{
    const QVector<ProjectSpec> added = m_projects.mid(m_builtIn);
    const int active = activePeople();
    m_projects = {
        {QStringLiteral("proj_roster_demo"), QStringLiteral("Roster demo"), 2400, 40, false, Epoch2021 + Day * 30, false, true},
        {QStringLiteral("proj_design_system"), QStringLiteral("Design system"), 12, 3, false, Epoch2021 + Day * 200, false, true},
        {QStringLiteral("proj_company_wide"), QStringLiteral("Company-wide assistant"), m_bigProjectUsers, 120, false,
         Epoch2021 + Day * 400, false, true},
        {QStringLiteral("proj_empty_sandbox"), QStringLiteral("Empty sandbox"), 0, 0, false, Epoch2021 + Day * 700, false, true},
        {QStringLiteral("proj_research_研究"), QStringLiteral("Research 研究 ✨"), 260, 8, false, Epoch2021 + Day * 800, false, true},
        {QStringLiteral("proj_legacy_pilot"), QStringLiteral("Legacy pilot"), 40, 2, true, Epoch2021 + Day * 10, false, true},
    };
    // Most projects are small teams, some are departments, a few are large.
    for (int k = 0; k < projectCount - NamedProjects; ++k) {
        const quint32 h = mix(ProjectSalt ^ (quint32(k) * 0x9e3779b9U));
        ProjectSpec p;
        p.id = idFor(QStringLiteral("proj_"), ProjectSalt, k);
        p.name = projectName(h);
        const int size = h % 10;
        p.userCount = std::min(active, size < 6 ? 3 + int(h >> 8) % 38 : size < 9 ? 40 + int(h >> 8) % 260 : 300 + int(h >> 8) % 900);
        p.groupCount = int(h >> 20) % 9;
        p.archived = k % 23 == 11;
        p.createdAt = Epoch2021 + Day * (40 + (k * 11) % 1700) + (h >> 12) % Day;
        p.pooled = true;
        m_projects.append(p);
    }
    m_builtIn = int(m_projects.size());
    m_projects += added;
    recount();
}

void DemoOrganization::recount()
{
    m_groupCount = std::max(160, m_builtIn + 40);
    for (const ProjectSpec &p : std::as_const(m_projects))
        m_groupCount = std::max(m_groupCount, p.groupCount);
}

const DemoOrganization::ProjectSpec *DemoOrganization::project(const QString &id) const
{
    for (const ProjectSpec &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

DemoOrganization::ProjectSpec *DemoOrganization::mutableProject(const QString &id)
{
    for (ProjectSpec &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void DemoOrganization::addProject(const ProjectSpec &spec)
{
    m_projects.append(spec);
    if (spec.pooled)
        m_projects.last().userCount = std::min(spec.userCount, activePeople());
    recount();
}

void DemoOrganization::addProjectWithUsers(const QString &id, const QVector<QJsonObject> &users)
{
    ProjectSpec spec;
    spec.id = id;
    spec.name = id;
    spec.userCount = int(users.size());
    spec.createdAt = Epoch2021;
    m_customUsers.insert(id, users);
    addProject(spec);
}

QString DemoOrganization::idFor(const QString &prefix, quint32 salt, int index)
{
    // prefix + 8 base-36 chars that look random + the index in base 36, 5 wide.
    const quint64 noise = (quint64(mix(salt ^ quint32(index))) << 8) | (mix(quint32(index) + salt) & 0xff);
    QString id = prefix + QString::number(noise % 2821109907456ULL, 36).rightJustified(8, QLatin1Char('0'));
    return id + QString::number(index, 36).rightJustified(5, QLatin1Char('0'));
}

int DemoOrganization::indexFromId(const QString &id, const QString &prefix)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + 13)
        return -1;
    bool ok = false;
    const int index = id.right(5).toInt(&ok, 36);
    return ok ? index : -1;
}

QJsonObject DemoOrganization::projectJson(int index) const
{
    const ProjectSpec &p = m_projects.at(index);
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("object"), QStringLiteral("organization.project")},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("created_at"), p.createdAt},
            {QStringLiteral("status"), p.archived ? QStringLiteral("archived") : QStringLiteral("active")},
            {QStringLiteral("archived_at"), p.archived ? QJsonValue(p.createdAt + Day * 365) : QJsonValue()},
            {QStringLiteral("external_key_id"), QJsonValue()}};
}

QJsonValue DemoOrganization::hostileUserValue(int index)
{
    switch (index % HostileKinds) {
    case 0: return QString(1024 * 1024, QLatin1Char('A'));
    case 1: return QStringLiteral("<b>bold</b> <img src=x onerror=alert(1)> &amp;");
    case 2: return QString(QString(QChar(0x202E)) + QStringLiteral("exe.evil") + QChar(0x202C) + QChar(0x2066));
    case 3: return QString(QStringLiteral("tab\there\nnew line\r") + QChar(0x01) + QStringLiteral("\x1b[31mred") + QChar(0x7f));
    case 4: return QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    case 5: return QString(QString(QChar(0)) + QStringLiteral("nul and ") + QChar(0xD800) + QStringLiteral(" lone surrogate"));
    case 6: return QString(QStringLiteral("   ") + QString(200, QChar(0x0301))); // spaces and combining marks only
    default: return 42; // a number where a string belongs
    }
}

// --- People ----------------------------------------------------------------------------------------

QString DemoOrganization::personId(int person) const
{
    return idFor(QStringLiteral("user_"), PersonSalt, person);
}

int DemoOrganization::personIndex(const QString &userId) const
{
    const int person = indexFromId(userId, QStringLiteral("user_"));
    return person >= 0 && person < m_people && personId(person) == userId ? person : -1;
}

int DemoOrganization::personWithEmail(const QString &email) const
{
    // Addresses are user<person>.<n>@domain.
    if (!email.startsWith(QLatin1String("user"), Qt::CaseInsensitive))
        return -1;
    const int dot = int(email.indexOf(QLatin1Char('.')));
    bool ok = false;
    const int person = email.mid(4, dot - 4).toInt(&ok);
    if (dot < 0 || !ok || person < 0 || person >= m_people)
        return -1;
    return personEmail(person).toString().compare(email, Qt::CaseInsensitive) == 0 ? person : -1;
}

QJsonObject DemoOrganization::personJson(int person) const
{
    const quint32 h = personHash(person);
    const bool owner = person == 0 || h % 23 == 5;
    const qint64 span = 365 * Day / std::max(m_people, 1);
    return {{QStringLiteral("object"), QStringLiteral("organization.user")},
            {QStringLiteral("id"), personId(person)},
            {QStringLiteral("name"), personName(person)},
            {QStringLiteral("email"), personEmail(person)},
            {QStringLiteral("role"), owner ? QStringLiteral("owner") : QStringLiteral("reader")},
            {QStringLiteral("added_at"), Epoch2020 + person * span + qint64(h % quint32(std::max<qint64>(span, 1)))}};
}

// --- Project users ---------------------------------------------------------------------------------

int DemoOrganization::memberAt(const ProjectSpec &project, int position, int *basePosition) const
{
    const IndexSpread spread(saltOf(project.id), activePeople());
    const auto changes = m_memberChanges.constFind(project.id);
    if (changes == m_memberChanges.constEnd()) {
        *basePosition = position;
        return spread.at(position);
    }
    const int kept = changes->baseCount - int(changes->removed.size());
    if (position >= kept) {
        *basePosition = -1;
        return changes->added.value(position - kept, -1);
    }
    int base = position;
    for (const int removed : changes->removed) {
        if (removed <= base)
            ++base;
        else
            break;
    }
    *basePosition = base;
    return spread.at(base);
}

int DemoOrganization::memberPosition(const ProjectSpec &project, int person) const
{
    if (person < 0 || person >= activePeople() + PeopleInNoProject)
        return -1;
    const int base = person < activePeople() ? IndexSpread(saltOf(project.id), activePeople()).positionOf(person) : -1;
    const auto changes = m_memberChanges.constFind(project.id);
    if (changes == m_memberChanges.constEnd())
        return base >= 0 && base < project.userCount ? base : -1;
    if (base >= 0 && base < changes->baseCount && !changes->removed.contains(base))
        return base - int(std::count_if(changes->removed.cbegin(), changes->removed.cend(), [&](int r) { return r < base; }));
    const int added = int(changes->added.indexOf(person));
    return added < 0 ? -1 : changes->baseCount - int(changes->removed.size()) + added;
}

QString DemoOrganization::memberRole(const ProjectSpec &project, int person, int basePosition) const
{
    const auto changes = m_memberChanges.constFind(project.id);
    if (changes != m_memberChanges.constEnd() && changes->roles.contains(person))
        return changes->roles.value(person);
    const quint32 h = mix(saltOf(project.id) ^ (quint32(person) * 2654435761U));
    // A few owners: the first member and about one in forty after; now and then a custom role.
    if (basePosition == 0 || h % 40 == 7)
        return QStringLiteral("owner");
    const QStringList custom = customRoles(project);
    if (!custom.isEmpty() && h % 61 == 13)
        return custom.at(int((h >> 8) % quint32(custom.size())));
    return QStringLiteral("member");
}

QJsonObject DemoOrganization::projectUserJson(const ProjectSpec &project, int index) const
{
    const quint32 salt = saltOf(project.id);
    const auto custom = m_customUsers.constFind(project.id);
    if (custom != m_customUsers.constEnd()) {
        QJsonObject user = custom->value(index);
        user.insert(QStringLiteral("object"), QStringLiteral("organization.project.user"));
        user.insert(QStringLiteral("id"), idFor(QStringLiteral("user_"), salt, index));
        return user;
    }
    if (project.pooled) {
        int base = -1;
        const int person = memberAt(project, index, &base);
        const auto changes = m_memberChanges.constFind(project.id);
        const int baseCount = changes == m_memberChanges.constEnd() ? project.userCount : changes->baseCount;
        // People added by a scripted change joined after everyone else.
        const qint64 addedAt = base >= 0 ? timeFor(base, baseCount, salt) : Epoch2021 + FiveYears + Day * (index + 1);
        return {{QStringLiteral("object"), QStringLiteral("organization.project.user")},
                {QStringLiteral("id"), personId(person)},
                {QStringLiteral("name"), personName(person)},
                {QStringLiteral("email"), personEmail(person)},
                {QStringLiteral("role"), memberRole(project, person, base)},
                {QStringLiteral("added_at"), addedAt}};
    }
    const quint32 h = mix(salt ^ (quint32(index) * 2654435761U));
    const QString first = firstName(h);
    const QString last = lastName(h >> 8);
    const QJsonValue name = index % 37 == 36 ? QJsonValue() : QJsonValue(first + QLatin1Char(' ') + last);
    const QString local = QStringLiteral("user%1.%2").arg(index).arg(h % 1000);
    const QJsonValue email = index % 53 == 52 ? QJsonValue() : QJsonValue(local + QLatin1Char('@') + domain(h >> 16));
    const bool owner = index == 0 || h % 40 == 7;
    return {{QStringLiteral("object"), QStringLiteral("organization.project.user")},
            {QStringLiteral("id"), idFor(QStringLiteral("user_"), salt, index)},
            {QStringLiteral("name"), project.hostileValues ? hostileUserValue(index) : name},
            {QStringLiteral("email"), project.hostileValues && index % 2 ? hostileUserValue(index) : email},
            {QStringLiteral("role"), owner ? QStringLiteral("owner") : QStringLiteral("member")},
            {QStringLiteral("added_at"), timeFor(index, project.userCount, salt)}};
}

int DemoOrganization::projectUserPosition(const ProjectSpec &project, const QString &userId) const
{
    if (project.pooled)
        return memberPosition(project, personIndex(userId));
    const int index = indexFromId(userId, QStringLiteral("user_"));
    return index < project.userCount ? index : -1;
}

// --- Groups ----------------------------------------------------------------------------------------

int DemoOrganization::groupIndex(const QString &groupId) const
{
    const int group = indexFromId(groupId, QStringLiteral("group_"));
    return group >= 0 && group < m_groupCount && idFor(QStringLiteral("group_"), GroupSalt, group) == groupId ? group : -1;
}

QJsonObject DemoOrganization::groupJson(int index) const
{
    const quint32 h = mix(quint32(index) + 17);
    const QString name = groupWord(h) + QLatin1Char(' ') + QString::number(index + 1);
    return {{QStringLiteral("id"), idFor(QStringLiteral("group_"), GroupSalt, index)},
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), timeFor(index, std::max(m_groupCount, 1), GroupSalt)},
            {QStringLiteral("is_scim_managed"), h % 3 == 0},
            {QStringLiteral("group_type"), h % 5 == 0 ? QStringLiteral("tenant_group") : QStringLiteral("group")}};
}

QJsonObject DemoOrganization::projectGroupJson(const ProjectSpec &project, int index) const
{
    const quint32 salt = saltOf(project.id) ^ 0x77;
    const QJsonObject group = groupJson(IndexSpread(salt, m_groupCount).at(index));
    return {{QStringLiteral("object"), QStringLiteral("project.group")},
            {QStringLiteral("project_id"), project.id},
            {QStringLiteral("group_id"), group.value(QStringLiteral("id"))},
            {QStringLiteral("group_name"), group.value(QStringLiteral("name"))},
            {QStringLiteral("group_type"), group.value(QStringLiteral("group_type"))},
            {QStringLiteral("created_at"), timeFor(index, project.groupCount, salt)}};
}

int DemoOrganization::projectGroupPosition(const ProjectSpec &project, const QString &groupId) const
{
    const int group = groupIndex(groupId);
    if (group < 0)
        return -1;
    const int position = IndexSpread(saltOf(project.id) ^ 0x77, m_groupCount).positionOf(group);
    return position < project.groupCount ? position : -1;
}

int DemoOrganization::groupUserCount(int groupIndex) const
{
    // Most groups are teams of up to 60; every 29th is a department of hundreds.
    const int base = groupIndex % 29 == 28 ? 150 + int(mix(quint32(groupIndex)) % 350)
                                           : int(mix(quint32(groupIndex) * 31 + 5) % 60);
    return std::min(base, namedPeople()) + int(m_addedGroupMembers.value(groupIndex).size());
}

// A group member's name is a required string: groups draw from the people who have one, numbered
// k = 0, 1, 2... past every 37th person (who has none).
namespace {

int namedPerson(int k)
{
    return k + k / 36;
}

int namedIndex(int person)
{
    return person % 37 == 36 ? -1 : person - person / 37;
}

} // namespace

int DemoOrganization::namedPeople() const
{
    return activePeople() - (activePeople() + 1) / 37;
}

int DemoOrganization::groupMemberAt(int group, int position) const
{
    const int base = groupUserCount(group) - int(m_addedGroupMembers.value(group).size());
    if (position >= base)
        return m_addedGroupMembers.value(group).value(position - base, -1);
    return namedPerson(IndexSpread(0xabc0U + quint32(group), namedPeople()).at(position));
}

int DemoOrganization::groupMemberPosition(int group, int person) const
{
    const int base = groupUserCount(group) - int(m_addedGroupMembers.value(group).size());
    const int named = person >= 0 && person < activePeople() ? namedIndex(person) : -1;
    const int position = named >= 0 ? IndexSpread(0xabc0U + quint32(group), namedPeople()).positionOf(named) : -1;
    if (position >= 0 && position < base)
        return position;
    const int added = int(m_addedGroupMembers.value(group).indexOf(person));
    return added < 0 ? -1 : base + added;
}

QJsonObject DemoOrganization::groupUserJson(int groupIndex, int index) const
{
    const int person = groupMemberAt(groupIndex, index);
    return {{QStringLiteral("id"), personId(person)},
            {QStringLiteral("name"), personName(person)},
            {QStringLiteral("email"), personEmail(person)}};
}

int DemoOrganization::groupUserPosition(int groupIndex, const QString &userId) const
{
    return groupMemberPosition(groupIndex, personIndex(userId));
}
