// Windows implementation of engine/core/Platform.h (Linux and macOS: PlatformPosix.cpp).
#ifdef _WIN32

#include "engine/core/Platform.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: psapi.h needs its types.
#include <psapi.h>

#include "engine/core/PathIo.h"

namespace sb::platform {

Result<void> replaceFile(const std::string &from, const std::string &to)
{
    // MoveFileExW replaces an existing target (std::rename does not on Windows); WRITE_THROUGH
    // returns only once the move is on disk, like rename after the data was flushed on POSIX.
    const std::wstring wfrom = pathFromUtf8(from).wstring();
    const std::wstring wto = pathFromUtf8(to).wstring();
    if (!MoveFileExW(wfrom.c_str(), wto.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return makeError(ErrorCode::Io,
            "cannot rename " + from + " to " + to + " (Windows error " + std::to_string(GetLastError())
                + ")");
    return {};
}

std::tm localTime(std::time_t when)
{
    std::tm tm {};
    localtime_s(&tm, &when);
    return tm;
}

double threadCpuMs()
{
    FILETIME creation, exit, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &creation, &exit, &kernel, &user))
        return 0;
    auto ticks = [](const FILETIME &t) {
        return (std::uint64_t(t.dwHighDateTime) << 32) | t.dwLowDateTime; // 100 ns units
    };
    return double(ticks(kernel) + ticks(user)) / 1e4;
}

std::uint64_t residentBytes()
{
    PROCESS_MEMORY_COUNTERS pmc {};
    if (!K32GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof pmc))
        return 0;
    return pmc.WorkingSetSize;
}

std::uint64_t peakResidentBytes()
{
    PROCESS_MEMORY_COUNTERS pmc {};
    if (!K32GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof pmc))
        return 0;
    return pmc.PeakWorkingSetSize;
}

} // namespace sb::platform

#endif // _WIN32
