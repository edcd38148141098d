// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The organization-wide load: QT_LOGGING_RULES="roster.access.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAccess)
