#pragma once
#include <QtGlobal>

namespace jack::ai {

//! Stops calling a provider that keeps failing: opens after `threshold` consecutive failures,
//! stays open for `cooldownMs`, then lets one probe through (half-open) whose outcome closes or
//! re-opens it. Times are passed in (milliseconds on any monotonic clock) so tests need no sleep.
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CircuitBreaker(int threshold = 5, qint64 cooldownMs = 30000);

    //! True when a call may go out now; in half-open state only the one probe may.
    [[nodiscard]] bool allow(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);

    [[nodiscard]] State state(qint64 nowMs) const;
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }
    //! How long until a probe may go out (0 when not open).
    [[nodiscard]] qint64 remainingCooldownMs(qint64 nowMs) const;

private:
    int m_threshold;
    qint64 m_cooldownMs;
    int m_failures = 0;
    bool m_open = false;
    bool m_probeInFlight = false;
    qint64 m_openedAt = 0;
};

} // namespace jack::ai
