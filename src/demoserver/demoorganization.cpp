#include "demoorganization.h"

#include <QCryptographicHash>
#include <QStringList>

namespace {

// Names from many scripts, so sorting, filtering and export meet real text.
const char *const FirstNames[] = {
    "Ada", "Zoë", "José", "Łukasz", "Ingrid", "Søren", "Chloé", "Mónica", "Dvořák", "Ærin",
    "Андрей", "Ольга", "Дмитрий", "Γιώργος", "Ελένη", "李", "王", "陈", "さくら", "健太",
    "민준", "서연", "محمد", "فاطمة", "अर्जुन", "प्रिया", "Nguyễn", "Thảo", "Oğuz", "Şebnem",
    "Ángel", "Brontë", "Mary-Jane", "O'Brien", "Jürgen", "Renée", "Tomás", "Amélie", "Kai 🚀", "Noor ✨",
};
const char *const LastNames[] = {
    "Lovelace", "Müller", "García", "Kowalski", "Bjørnsen", "Dubois", "Novák", "Øster", "Smith",
    "Иванов", "Петрова", "Παπαδόπουλος", "明", "伟", "芳", "田中", "佐藤", "김", "이", "الحسن",
    "शर्मा", "Trần", "Yılmaz", "Ó Súilleabháin", "van der Berg", "d'Artagnan", "Núñez", "Åberg",
};
const char *const GroupWords[] = {
    "Support", "Research", "Sales", "Platform", "Data Science", "Legal", "Finance", "Design",
    "Infra", "Sécurité", "Продажи", "研究チーム", "데이터", "Marketing", "On-call 📟", "QA",
};
const char *const Domains[] = {"example.com", "example.org", "corp.example", "例え.jp", "mail.example"};

constexpr qint64 Epoch2021 = 1609459200; // 2021-01-01T00:00:00Z
constexpr qint64 FiveYears = 5LL * 365 * 24 * 3600;

quint32 mix(quint32 x)
{
    // A small integer hash (lowbias32): spreads indices into unrelated-looking choices.
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

// FNV-1a over the UTF-16 text. Not qHash: Qt 6 mixes a per-process random seed into it, so
// the demo data (names, times) would differ from one run to the next.
quint32 saltOf(const QString &text)
{
    quint32 hash = 2166136261U ^ 0x5eedU;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return hash;
}

template<size_t N>
QString pick(const char *const (&list)[N], quint32 h)
{
    return QString::fromUtf8(list[h % N]);
}

// Creation times rise with the index, spread over five years.
qint64 timeFor(int index, int count, quint32 salt)
{
    const qint64 span = FiveYears / std::max(count, 1);
    return Epoch2021 + qint64(index) * span + qint64(mix(salt ^ quint32(index)) % quint32(std::max<qint64>(span, 1)));
}

} // namespace

DemoOrganization::DemoOrganization(int bigProjectUsers)
{
    m_projects = {
        {QStringLiteral("proj_roster_demo"), QStringLiteral("Roster demo"), 2400, 40, false, Epoch2021 + 86400 * 30},
        {QStringLiteral("proj_design_system"), QStringLiteral("Design system"), 12, 3, false, Epoch2021 + 86400 * 200},
        {QStringLiteral("proj_company_wide"), QStringLiteral("Company-wide assistant"), bigProjectUsers, 120, false,
         Epoch2021 + 86400 * 400},
        {QStringLiteral("proj_empty_sandbox"), QStringLiteral("Empty sandbox"), 0, 0, false, Epoch2021 + 86400 * 700},
        {QStringLiteral("proj_research_研究"), QStringLiteral("Research 研究 ✨"), 260, 8, false, Epoch2021 + 86400 * 800},
        {QStringLiteral("proj_legacy_pilot"), QStringLiteral("Legacy pilot"), 40, 2, true, Epoch2021 + 86400 * 10},
    };
    recount();
}

void DemoOrganization::recount()
{
    m_totalGroups = 0;
    for (const ProjectSpec &p : m_projects)
        m_totalGroups += p.groupCount;
}

const DemoOrganization::ProjectSpec *DemoOrganization::project(const QString &id) const
{
    for (const ProjectSpec &p : m_projects) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void DemoOrganization::addProject(const ProjectSpec &spec)
{
    m_projects.append(spec);
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
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("object"), QStringLiteral("organization.project")},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("created_at"), p.createdAt},
                  {QStringLiteral("status"), p.archived ? QStringLiteral("archived") : QStringLiteral("active")},
                  {QStringLiteral("archived_at"), p.archived ? QJsonValue(p.createdAt + 86400 * 365) : QJsonValue()},
                  {QStringLiteral("external_key_id"), QJsonValue()}};
    return o;
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
    const quint32 h = mix(salt ^ (quint32(index) * 2654435761U));
    const QString first = pick(FirstNames, h);
    const QString last = pick(LastNames, h >> 8);
    // Every 37th user has no name and every 53rd no email, as the schema allows.
    const QJsonValue name = index % 37 == 36 ? QJsonValue() : QJsonValue(first + QLatin1Char(' ') + last);
    const QString local = QStringLiteral("user%1.%2").arg(index).arg(h % 1000);
    const QJsonValue email = index % 53 == 52 ? QJsonValue()
                                              : QJsonValue(local + QLatin1Char('@') + pick(Domains, h >> 16));
    // A few owners: the first user and about one in forty after.
    const bool owner = index == 0 || h % 40 == 7;
    if (project.hostileValues) {
        return {{QStringLiteral("object"), QStringLiteral("organization.project.user")},
                {QStringLiteral("id"), idFor(QStringLiteral("user_"), salt, index)},
                {QStringLiteral("name"), hostileUserValue(index)},
                {QStringLiteral("email"), index % 2 ? hostileUserValue(index) : email},
                {QStringLiteral("role"), owner ? QStringLiteral("owner") : QStringLiteral("member")},
                {QStringLiteral("added_at"), timeFor(index, project.userCount, salt)}};
    }
    return {{QStringLiteral("object"), QStringLiteral("organization.project.user")},
            {QStringLiteral("id"), idFor(QStringLiteral("user_"), salt, index)},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email},
            {QStringLiteral("role"), owner ? QStringLiteral("owner") : QStringLiteral("member")},
            {QStringLiteral("added_at"), timeFor(index, project.userCount, salt)}};
}

int DemoOrganization::groupIndex(const ProjectSpec &project, int index) const
{
    int base = 0;
    for (const ProjectSpec &p : m_projects) {
        if (p.id == project.id)
            return base + index;
        base += p.groupCount;
    }
    return -1;
}

QJsonObject DemoOrganization::groupJson(int index) const
{
    const quint32 h = mix(quint32(index) + 17);
    const QString name = pick(GroupWords, h) + QLatin1Char(' ') + QString::number(index + 1);
    return {{QStringLiteral("id"), idFor(QStringLiteral("group_"), 0x9e37, index)},
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), timeFor(index, std::max(m_totalGroups, 1), 0x9e37)},
            {QStringLiteral("is_scim_managed"), h % 3 == 0},
            {QStringLiteral("group_type"), h % 5 == 0 ? QStringLiteral("tenant_group") : QStringLiteral("group")}};
}

QJsonObject DemoOrganization::projectGroupJson(const ProjectSpec &project, int index) const
{
    const QJsonObject group = groupJson(groupIndex(project, index));
    const quint32 salt = saltOf(project.id);
    return {{QStringLiteral("object"), QStringLiteral("project.group")},
            {QStringLiteral("project_id"), project.id},
            {QStringLiteral("group_id"), group.value(QStringLiteral("id"))},
            {QStringLiteral("group_name"), group.value(QStringLiteral("name"))},
            {QStringLiteral("group_type"), group.value(QStringLiteral("group_type"))},
            {QStringLiteral("created_at"), timeFor(index, project.groupCount, salt ^ 0x77)}};
}

int DemoOrganization::groupUserCount(int groupIndex) const
{
    return int(mix(quint32(groupIndex) * 31 + 5) % 60);
}

QJsonObject DemoOrganization::groupUserJson(int groupIndex, int index) const
{
    const quint32 salt = 0xabc0 + quint32(groupIndex);
    const quint32 h = mix(salt ^ (quint32(index) * 2654435761U));
    const QString name = pick(FirstNames, h) + QLatin1Char(' ') + pick(LastNames, h >> 8);
    const QJsonValue email = index % 11 == 10
        ? QJsonValue()
        : QJsonValue(QStringLiteral("member%1.%2@").arg(groupIndex).arg(index) + pick(Domains, h >> 16));
    return {{QStringLiteral("id"), idFor(QStringLiteral("user_"), salt, index)},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), email}};
}
