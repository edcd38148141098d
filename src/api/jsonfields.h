// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Typed reads of one field of an API object, following the schema's rules:
// a required field must be there with the right type; a nullable one may be null or absent.
// Each returns false when the object does not fit, so the row can be skipped and counted.
namespace JsonFields {

bool requiredString(const QJsonObject &object, QLatin1String key, QString *out);
// Null or absent gives a null QString, which the models show as "—" and export as empty.
bool nullableString(const QJsonObject &object, QLatin1String key, QString *out);
// Unix seconds; the JSON number must be integral.
bool requiredTime(const QJsonObject &object, QLatin1String key, qint64 *out);
bool nullableTime(const QJsonObject &object, QLatin1String key, qint64 *out, qint64 nullValue);
// The `object` discriminator: absent or another value means this is not the item we asked for.
bool hasObjectType(const QJsonObject &object, QLatin1String expected);

} // namespace JsonFields
