// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include <cmath>

namespace JsonFields {

bool requiredString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue v = object.value(key);
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool nullableString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue v = object.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = QString();
        return true;
    }
    return requiredString(object, key, out);
}

bool requiredTime(const QJsonObject &object, QLatin1String key, qint64 *out)
{
    const QJsonValue v = object.value(key);
    if (!v.isDouble())
        return false;
    const double seconds = v.toDouble();
    // Beyond ±2^53 a double no longer holds whole seconds; no real timestamp is there.
    if (!std::isfinite(seconds) || std::floor(seconds) != seconds || std::fabs(seconds) > 9.0e15)
        return false;
    *out = static_cast<qint64>(seconds);
    return true;
}

bool nullableTime(const QJsonObject &object, QLatin1String key, qint64 *out, qint64 nullValue)
{
    const QJsonValue v = object.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = nullValue;
        return true;
    }
    return requiredTime(object, key, out);
}

bool hasObjectType(const QJsonObject &object, QLatin1String expected)
{
    return object.value(QLatin1String("object")).toString() == expected;
}

} // namespace JsonFields
