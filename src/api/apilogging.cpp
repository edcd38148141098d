// SPDX-License-Identifier: GPL-3.0-or-later
#include "apilogging.h"

Q_LOGGING_CATEGORY(lcApi, "roster.api", QtWarningMsg)
