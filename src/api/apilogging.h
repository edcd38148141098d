// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The request log a user can turn on for a bug report: QT_LOGGING_RULES="roster.api.debug=true".
// It names methods, paths, queries, statuses and timings; never the admin key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
