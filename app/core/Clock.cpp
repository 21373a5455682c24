#include "core/Clock.h"

namespace custos {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace custos
