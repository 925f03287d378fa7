#pragma once
// Value results for router code (the engine's sb::Result lives in engine/, which the router must
// not include). An Outcome carries either a value or a message that names what is at fault
// (provider, field, file); router code never throws.

#include <QString>
#include <optional>
#include <utility>

namespace sb {

template <typename T> class [[nodiscard]] Outcome {
public:
    Outcome(T value)
        : m_value(std::move(value))
    {
    }
    static Outcome failure(QString message)
    {
        Outcome o;
        o.m_error = std::move(message);
        return o;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Outcome() = default;
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Outcome<void> {
public:
    Outcome() = default;
    static Outcome failure(QString message)
    {
        Outcome o;
        o.m_error = std::move(message);
        o.m_ok = false;
        return o;
    }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_ok = true;
};

} // namespace sb
