#pragma once
// Retry-After as the adapters read it from a provider's response headers (RFC 9110 10.2.3).

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace sb::failure {

// Retry-After value: delta-seconds ("120", "1.5") or an HTTP-date (IMF-fixdate, RFC 850,
// asctime). Returns milliseconds from nowUtc (0 for dates in the past), nullopt when invalid.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace sb::failure
