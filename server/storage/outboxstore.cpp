#include "storage/outboxstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

namespace jack::storage {

QString OutboxStore::enqueue(
    const QString &messageId, const QString &channel, const QString &recipient)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO outbox (id, message_id, channel, recipient, status, "
                       "attempts, next_attempt_at, created_at, updated_at) VALUES "
                       "(?,?,?,?, 'pending', 0, ?, ?, ?)"))
        .bind(id)
        .bind(messageId)
        .bind(channel)
        .bind(recipient)
        .bind(now)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QList<OutboxItem> OutboxStore::due(const QDateTime &now, int limit) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT o.id, o.message_id, m.conversation_id, o.channel, "
                       "o.recipient, m.content, o.attempts FROM outbox o JOIN messages "
                       "m ON m.id = o.message_id WHERE o.status = 'pending' AND "
                       "o.next_attempt_at <= ? "
                       // A guest receives our messages in the order we wrote them: a
                       // later one waits while an earlier one is still being retried.
                       "AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = "
                       "'pending' AND e.channel = o.channel AND e.recipient = "
                       "o.recipient AND e.rowid < o.rowid) "
                       "ORDER BY o.next_attempt_at, o.rowid LIMIT ?"));
    q.bind(core::Clock::toIso(now)).bind(limit).exec();
    QList<OutboxItem> out;
    while (q.next()) {
        out.append(OutboxItem { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toInt() });
    }
    return out;
}

std::optional<QDateTime> OutboxStore::nextDue() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT MIN(o.next_attempt_at) FROM outbox o WHERE o.status = "
                       "'pending' AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = "
                       "'pending' AND e.channel = o.channel AND e.recipient = "
                       "o.recipient AND e.rowid < o.rowid)"));
    q.exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return core::Clock::fromIso(q.value(0).toString());
}

void OutboxStore::markSent(const QString &id)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = 'sent', attempts = attempts + 1, "
                       "last_error = NULL, updated_at = ? WHERE id = ?"))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void OutboxStore::reschedule(
    const QString &id, int attempts, const QDateTime &next, const QString &error)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = "
                       "?, updated_at = ? WHERE id = ?"))
        .bind(attempts)
        .bind(core::Clock::toIso(next))
        .bind(error)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void OutboxStore::markFailed(const QString &id, int attempts, const QString &error)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = 'failed', attempts = ?, last_error = ?, "
                       "updated_at = ? WHERE id = ?"))
        .bind(attempts)
        .bind(error)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

int OutboxStore::pendingCount() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace jack::storage
