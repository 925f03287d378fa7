#include "router/adapters/RetryAfter.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace sb::failure {

namespace {

int monthIndex(const QString &name)
{
    static const char *const months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    const QString n = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (n == QLatin1String(months[i]))
            return i + 1;
    }
    return 0;
}

// IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
// asctime "Sun Nov  6 08:49:37 1994" (RFC 9110 section 5.6.7: recipients accept all three).
std::optional<QDateTime> parseHttpDate(const QString &text)
{
    static const QRegularExpression imf(QStringLiteral(
        R"(^[A-Za-z]{3,9},\s*(\d{1,2})[\s-]([A-Za-z]{3})[\s-](\d{2,4})\s+(\d{1,2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z)?$)"));
    static const QRegularExpression asc(
        QStringLiteral(R"(^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(\d{4})$)"));
    int day = 0, month = 0, year = 0, hh = 0, mm = 0, ss = 0;
    if (const auto m = imf.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthIndex(m.captured(2));
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2) // RFC 850 two-digit year: RFC 9110's 50-year rule, simplified
            year += year < 70 ? 2000 : 1900;
        hh = m.captured(4).toInt();
        mm = m.captured(5).toInt();
        ss = m.captured(6).toInt();
    } else if (const auto a = asc.match(text); a.hasMatch()) {
        month = monthIndex(a.captured(1));
        day = a.captured(2).toInt();
        hh = a.captured(3).toInt();
        mm = a.captured(4).toInt();
        ss = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hh, mm, ss);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression seconds(QStringLiteral(R"(^\d+(\.\d+)?$)"));
    if (seconds.match(text).hasMatch()) {
        const double s = text.toDouble();
        // Cap absurd values (a day) so a misbehaving provider cannot park itself forever.
        return qint64(std::llround(std::min(s, 86400.0) * 1000.0));
    }
    const auto date = parseHttpDate(text);
    if (!date)
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(*date));
}

} // namespace sb::failure
