#include "gateway/loginthrottle.h"

namespace jack::gateway {

int LoginThrottle::recent(const QString &key, const QDateTime &now)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    const QDateTime cutoff = now.addSecs(-kWindowSeconds);
    it->erase(
        std::remove_if(it->begin(), it->end(), [&](const QDateTime &t) { return t < cutoff; }),
        it->end());
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    return int(it->size());
}

bool LoginThrottle::blocked(const QString &email, const QString &address, const QDateTime &now)
{
    return recent(QStringLiteral("email:") + email.toLower(), now) >= kMaxFailures
        || recent(QStringLiteral("addr:") + address, now) >= kMaxFailures;
}

void LoginThrottle::recordFailure(
    const QString &email, const QString &address, const QDateTime &now)
{
    m_failures[QStringLiteral("email:") + email.toLower()].append(now);
    m_failures[QStringLiteral("addr:") + address].append(now);
}

void LoginThrottle::recordSuccess(const QString &email)
{
    m_failures.remove(QStringLiteral("email:") + email.toLower());
}

} // namespace jack::gateway
