#include "router/base/Clock.h"

namespace sb {

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

} // namespace sb
