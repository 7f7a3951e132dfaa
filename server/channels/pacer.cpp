#include "channels/pacer.h"

#include <cmath>

namespace jack::channels {

qint64 Pacer::take(const Pacing &pacing)
{
    if (pacing.key.isEmpty() || pacing.perSecond <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(pacing.key);
    if (it == m_buckets.end())
        it = m_buckets.insert(pacing.key, Bucket { pacing.burst, now });
    Bucket &b = *it;
    b.tokens = std::min(pacing.burst, b.tokens + double(now - b.at) / 1000.0 * pacing.perSecond);
    b.at = now;
    // A send costing more than the bucket holds (a long SMS) goes once the bucket is full.
    const double cost = std::min(pacing.cost, pacing.burst);
    if (b.tokens + 1e-9 >= cost) {
        b.tokens -= cost;
        return 0;
    }
    return qint64(std::ceil((cost - b.tokens) / pacing.perSecond * 1000.0));
}

} // namespace jack::channels
