#pragma once
#include <chrono>

namespace jack::channels {

//! When to try a failed send again: exponential from 2 s, capped at 5 minutes, given up after
//! `maxAttempts` (about 20 minutes in all) so staff see a failure instead of silence.
class RetryPolicy {
public:
    static constexpr int kMaxAttempts = 10;
    //! Delay before attempt number `attempt + 1`, after `attempt` failed tries (1-based).
    [[nodiscard]] static std::chrono::milliseconds delayAfter(int attempt);
    [[nodiscard]] static bool exhausted(int attempts) { return attempts >= kMaxAttempts; }
};

//! How a provider answered a send, as the outbox needs to know it.
enum class SendOutcome { Sent, Retry, Failed };

} // namespace jack::channels
