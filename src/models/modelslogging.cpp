// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "roster.models", QtWarningMsg)
