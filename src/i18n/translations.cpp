// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace {
const char *const InstalledBy = "roster-translations";

QTranslator *loaded(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QString::fromLatin1(InstalledBy));
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}
} // namespace

void Translations::remove()
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const auto installed = app->findChildren<QTranslator *>(QString::fromLatin1(InstalledBy), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool Translations::install(const QLocale &locale)
{
    if (!QCoreApplication::instance())
        return false;
    remove();
    // Qt's own first: when both translate a text, the translator installed last wins.
    loaded(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loaded(locale, QStringLiteral("roster"), QStringLiteral(":/i18n")) != nullptr;
}
