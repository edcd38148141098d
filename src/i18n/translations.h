// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>

// Roster's own translations (compiled in) and Qt's (from the system, for the standard dialogs
// and the command line's --help) for one language. Both the window and the headless commands
// install them right after creating their application object.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // Replaces what an earlier call installed. Returns whether Roster has a translation for the
    // locale's languages (English needs none).
    static bool install(const QLocale &locale = QLocale());
    // Back to the untranslated (English) texts.
    static void remove();
};
