#include "channels/retrypolicy.h"

#include <algorithm>

namespace jack::channels {

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt)
{
    using namespace std::chrono;
    const int exponent = std::clamp(attempt - 1, 0, 16);
    const milliseconds delay = seconds(2) * (1 << exponent);
    return std::min<milliseconds>(delay, minutes(5));
}

} // namespace jack::channels
