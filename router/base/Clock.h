#pragma once
// Time and randomness are injected everywhere in the router (health, budgets, policies, the
// attempt loop) so that tests are deterministic: tests drive a ManualClock and a seeded or
// scripted RandomSource, production uses the system ones.

#include <QDateTime>
#include <QElapsedTimer>
#include <QVector>
#include <QtGlobal>
#include <random>

namespace sb {

class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time, milliseconds since the Unix epoch (UTC). Ledger rows and budget windows.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static SystemClock &instance();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'767'225'600'000)
        : m_now(startMs)
    {
    } // 2026-01-01 UTC
    qint64 nowMs() const override { return m_now; }
    void setMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

class RandomSource {
public:
    virtual ~RandomSource() = default;
    // Uniform in [0, 1).
    virtual double uniform() = 0;
};

class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(quint64 seed = 0x5eedULL)
        : m_engine(seed)
    {
    }
    double uniform() override { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }

private:
    std::mt19937_64 m_engine;
};

// Returns the scripted values in order, cycling; tests pick exactly which branch a policy takes.
class ScriptedRandom final : public RandomSource {
public:
    explicit ScriptedRandom(QVector<double> values)
        : m_values(std::move(values))
    {
    }
    double uniform() override
    {
        if (m_values.isEmpty())
            return 0.0;
        const double v = m_values[m_next % m_values.size()];
        ++m_next;
        return v;
    }

private:
    QVector<double> m_values;
    qsizetype m_next = 0;
};

} // namespace sb
