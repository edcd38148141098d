// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <algorithm>

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
const char *const ProjectTeams[] = {
    "Support", "Sales", "Marketing", "Legal", "Finance", "HR", "Platform", "Search", "Mobile",
    "Data", "Security", "Research", "Customer success", "Growth", "Docs", "Evaluation",
};
const char *const ProjectPurposes[] = {
    "assistant", "chatbot", "summaries", "triage", "translation", "code review", "forecasting",
    "knowledge base", "pilot", "batch jobs", "embeddings", "agents", "experiments", "sandbox",
};
const char *const ServiceNames[] = {"ci-deploy", "nightly-batch", "ingest", "eval-runner", "webhook", "etl", "backup"};
const char *const KeyNames[] = {"Production", "Staging", "Notebook", "CI", "Local dev", "Batch", "Evaluation"};
const char *const CustomRoles[] = {"billing", "Data reviewer", "Prompt engineer", "Auditor (read-only)", "evals-runner"};

template<size_t N>
QString pick(const char *const (&list)[N], quint32 h)
{
    return QString::fromUtf8(list[h % N]);
}

} // namespace

namespace DemoData {

quint32 mix(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

quint32 saltOf(const QString &text)
{
    quint32 hash = 2166136261U ^ 0x5eedU;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619U;
    }
    return hash;
}

qint64 timeFor(int index, int count, quint32 salt)
{
    const qint64 span = FiveYears / std::max(count, 1);
    return Epoch2021 + qint64(index) * span + qint64(mix(salt ^ quint32(index)) % quint32(std::max<qint64>(span, 1)));
}

QString firstName(quint32 h) { return pick(FirstNames, h); }
QString lastName(quint32 h) { return pick(LastNames, h); }
QString domain(quint32 h) { return pick(Domains, h); }
QString groupWord(quint32 h) { return pick(GroupWords, h); }
QString projectName(quint32 h) { return pick(ProjectTeams, h) + QLatin1Char(' ') + pick(ProjectPurposes, h >> 8); }
QString serviceAccountName(quint32 h) { return pick(ServiceNames, h); }
QString apiKeyName(quint32 h) { return pick(KeyNames, h); }
QString customRoleName(quint32 h) { return pick(CustomRoles, h); }

} // namespace DemoData
