#pragma once
// The few operating-system services the project needs that C++20 does not give portably:
// replacing a file atomically, the local calendar time, this thread's CPU time and this process's
// memory. Every call that differs per system lives in Platform{Posix,Windows}.cpp and nowhere else
// (tools/ci/lint-portability.sh enforces that), so Linux, macOS and Windows builds share callers.

#include <cstdint>
#include <ctime>
#include <string>

#include "engine/core/Result.h"

namespace sb::platform {

// Renames `from` over `to`, replacing `to` when it exists (std::rename fails on Windows when the
// target exists). Paths are UTF-8. The tmp-then-rename pattern of every checkpoint and cache
// writer goes through here, so a crash mid-write still leaves the previous file intact.
Result<void> replaceFile(const std::string &from, const std::string &to);

// The calendar time of `when` in the local time zone (localtime_r / localtime_s).
std::tm localTime(std::time_t when);

// CPU time consumed by the calling thread, in milliseconds; 0 where the system cannot say.
double threadCpuMs();

// Resident memory of this process now, and its peak, in bytes; 0 where the system cannot say.
// (getrusage's ru_maxrss is kilobytes on Linux and bytes on macOS; callers never see that.)
std::uint64_t residentBytes();
std::uint64_t peakResidentBytes();

} // namespace sb::platform
