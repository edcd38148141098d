// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The store layer's debug log: QT_LOGGING_RULES="roster.store.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
