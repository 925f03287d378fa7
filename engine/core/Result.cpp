#include "engine/core/Result.h"

namespace sb {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid argument";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Io:
        return "I/O error";
    case ErrorCode::Format:
        return "format error";
    case ErrorCode::Unsupported:
        return "unsupported";
    case ErrorCode::OutOfMemory:
        return "out of memory";
    case ErrorCode::NoDevice:
        return "no device";
    case ErrorCode::DeviceLost:
        return "device lost";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal error";
    }
    return "unknown error";
}

} // namespace sb
