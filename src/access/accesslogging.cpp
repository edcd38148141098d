// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslogging.h"

Q_LOGGING_CATEGORY(lcAccess, "roster.access", QtWarningMsg)
