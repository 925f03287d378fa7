// Linux and macOS implementations of engine/core/Platform.h (Windows: PlatformWindows.cpp).
#ifndef _WIN32

#include "engine/core/Platform.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <sys/resource.h>
#include <time.h>

#ifdef __APPLE__
#include <mach/mach.h>
#endif

namespace sb::platform {

Result<void> replaceFile(const std::string &from, const std::string &to)
{
    // POSIX rename replaces an existing target atomically.
    if (std::rename(from.c_str(), to.c_str()) != 0)
        return makeError(ErrorCode::Io, "cannot rename " + from + " to " + to + ": " + std::strerror(errno));
    return {};
}

std::tm localTime(std::time_t when)
{
    std::tm tm {};
    localtime_r(&when, &tm);
    return tm;
}

double threadCpuMs()
{
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

std::uint64_t residentBytes()
{
#ifdef __APPLE__
    mach_task_basic_info info {};
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, reinterpret_cast<task_info_t>(&info), &count)
        != KERN_SUCCESS)
        return 0;
    return info.resident_size;
#else
    // Linux: VmRSS in /proc/self/status, in kB.
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtoull(line.c_str() + 6, nullptr, 10) * 1024;
    return 0;
#endif
}

std::uint64_t peakResidentBytes()
{
    rusage ru {};
    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
#ifdef __APPLE__
    return std::uint64_t(ru.ru_maxrss); // bytes on macOS
#else
    return std::uint64_t(ru.ru_maxrss) * 1024; // kilobytes on Linux
#endif
}

} // namespace sb::platform

#endif // !_WIN32
