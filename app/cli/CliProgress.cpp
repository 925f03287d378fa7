#include "app/cli/CliProgress.h"

#include <cmath>

#include "app/cli/CliCommand.h"

namespace sb::cli {

void ProgressLine::update(double fraction, const QString &detail)
{
    if (m_finished)
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    const qint64 now = m_timer.elapsed();
    if (now - m_lastDraw < 100 && !(fraction >= 1.0 && m_lastFraction < 1.0))
        return;
    m_lastDraw = now;
    m_lastFraction = fraction;
    const int width = 30;
    const int filled = int(std::lround(fraction * width));
    QString eta;
    if (fraction > 0.02 && fraction < 1.0)
        eta = QStringLiteral(" ETA %1s").arg(double(now) / 1000.0 * (1.0 - fraction) / fraction, 0, 'f', 0);
    err() << "\r" << m_label << " [" << QString(filled, QLatin1Char('#'))
          << QString(width - filled, QLatin1Char('.')) << "] " << QString::number(fraction * 100.0, 'f', 0)
          << "%" << eta << (detail.isEmpty() ? QString() : " " + detail) << "   ";
    err().flush();
}

void ProgressLine::finish(const QString &detail)
{
    if (m_finished || m_lastDraw < 0)
        return; // never shown: nothing to close
    if (m_lastFraction < 1.0) {
        m_lastDraw = -1000;
        update(1.0, detail);
    }
    err() << "\n";
    err().flush();
    m_finished = true;
}

} // namespace sb::cli
