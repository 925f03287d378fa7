#pragma once
// Value results for library code: the engine never throws across its API, never exits.
// Errors name the file, tensor or field at fault in their message.

#include <string>
#include <utility>
#include <variant>

namespace sb {

enum class ErrorCode {
    InvalidArgument,
    NotFound,
    Io,
    Format, // malformed or truncated file, bad header, shape or offset
    Unsupported, // valid input the engine does not handle (dtype, architecture)
    OutOfMemory,
    NoDevice, // no Vulkan loader or no usable physical device
    DeviceLost,
    Cancelled,
    Internal,
};

const char *errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;

    std::string toString() const { return std::string(errorCodeName(code)) + ": " + message; }
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error { code, std::move(message) };
}

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace sb

// Propagate an error from an expression yielding Result<...>.
#define SB_TRY(expr)                                                                                         \
    do {                                                                                                     \
        auto sbTryResult_ = (expr);                                                                          \
        if (!sbTryResult_.ok())                                                                              \
            return sbTryResult_.error();                                                                     \
    } while (0)
