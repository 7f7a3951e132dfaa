#include "ai/providers/circuitbreaker.h"

#include <algorithm>

namespace jack::ai {

CircuitBreaker::CircuitBreaker(int threshold, qint64 cooldownMs)
    : m_threshold(std::max(1, threshold))
    , m_cooldownMs(std::max<qint64>(0, cooldownMs))
{
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    if (m_probeInFlight || nowMs - m_openedAt >= m_cooldownMs)
        return State::HalfOpen;
    return State::Open;
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_probeInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    // A failed probe re-opens at once; otherwise open on reaching the threshold.
    if (m_probeInFlight || m_failures >= m_threshold) {
        m_open = true;
        m_openedAt = nowMs;
    }
    m_probeInFlight = false;
}

qint64 CircuitBreaker::remainingCooldownMs(qint64 nowMs) const
{
    if (state(nowMs) != State::Open)
        return 0;
    return m_cooldownMs - (nowMs - m_openedAt);
}

} // namespace jack::ai
