#pragma once
// A one-line progress bar on stderr for long CLI work (model load, upload, fine-tuning).

#include <QElapsedTimer>
#include <QString>

namespace sb::cli {

class ProgressLine {
public:
    explicit ProgressLine(QString label)
        : m_label(std::move(label))
    {
        m_timer.start();
    }
    // fraction 0..1; redraws at most ~10 times a second, and once on reaching 100%.
    void update(double fraction, const QString &detail = {});
    void finish(const QString &detail = {});

private:
    QString m_label;
    QElapsedTimer m_timer;
    qint64 m_lastDraw = -1000; // < 0: never drawn
    double m_lastFraction = -1.0;
    bool m_finished = false;
};

} // namespace sb::cli
