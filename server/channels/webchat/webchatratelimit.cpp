#include "channels/webchat/webchatratelimit.h"

namespace jack::channels {

namespace {
constexpr qint64 kWindowMs = 60000;
}

bool WebchatRateLimit::take(
    const QString &session, int perMinute, qint64 nowMs, qint64 *retryAfterMs)
{
    QList<qint64> &times = m_sent[session];
    while (!times.isEmpty() && times.first() <= nowMs - kWindowMs)
        times.removeFirst();
    if (times.size() >= perMinute) {
        if (retryAfterMs)
            *retryAfterMs = times.first() + kWindowMs - nowMs;
        return false;
    }
    times.append(nowMs);
    return true;
}

void WebchatRateLimit::prune(qint64 nowMs)
{
    for (auto it = m_sent.begin(); it != m_sent.end();) {
        if (it->isEmpty() || it->last() <= nowMs - kWindowMs)
            it = m_sent.erase(it);
        else
            ++it;
    }
}

} // namespace jack::channels
