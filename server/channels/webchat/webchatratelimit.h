#pragma once
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace jack::channels {

//! How many messages each web chat session sent in the last minute; refuses the one too many.
//! Kept in memory by the gateway: a restart forgets it, which only ever lets a guest through.
class WebchatRateLimit {
public:
    //! True (and counted) when `session` may send one more message at `now`; otherwise
    //! `retryAfterMs` says when the oldest counted message leaves the window.
    [[nodiscard]] bool take(
        const QString &session, int perMinute, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    //! Drops sessions idle for more than the window (called now and then).
    void prune(qint64 nowMs);

private:
    QHash<QString, QList<qint64>> m_sent;
};

} // namespace jack::channels
