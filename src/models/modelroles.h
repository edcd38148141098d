// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

// Roles every Roster table model answers beyond Qt's own.
namespace ModelRoles {
enum Role {
    // The value to sort by: Unix seconds for times, the exact string for text, empty for null.
    RawRole = Qt::UserRole,
    // The text a CSV gets: ISO 8601 UTC for times, empty for null, the exact string otherwise.
    ExportRole,
    // The text the search field matches; unset for columns that are not searched (times).
    FilterRole,
};
// Roles of headerData().
enum HeaderRole {
    // The API's field name for a column (`name`, `added_at`): the command line's --sort takes it.
    FieldNameRole = Qt::UserRole + 10,
};
} // namespace ModelRoles
