// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "roster.store", QtWarningMsg)
