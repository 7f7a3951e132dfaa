#include "storage/outboxstore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace jack::storage {

namespace {
// A guest receives our messages in the order we wrote them: a later row waits while an
// earlier one to the same recipient is still queued or being sent.
const QString kNoEarlier = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status IN ('queued', 'sending') AND "
    "e.channel = o.channel AND e.recipient = o.recipient AND e.rowid < o.rowid)");

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

//! What a channel needs to send a row: the row and its message.
const QString kSelectItems = QStringLiteral(
    "SELECT o.id, o.message_id, m.conversation_id, o.channel, o.recipient, m.content, "
    "o.attempts, o.kind, o.payload, m.meta, m.sender_type FROM outbox o JOIN messages m ON "
    "m.id = o.message_id ");

QList<OutboxItem> items(SqlQuery &q)
{
    QList<OutboxItem> out;
    while (q.next()) {
        OutboxItem item;
        item.id = q.value(0).toString();
        item.messageId = q.value(1).toString();
        item.conversationId = q.value(2).toString();
        item.channel = q.value(3).toString();
        item.recipient = q.value(4).toString();
        item.content = q.value(5).toString();
        item.attempts = q.value(6).toInt();
        item.kind = q.value(7).toString();
        item.payload = object(q.value(8));
        item.meta = object(q.value(9));
        item.senderType = q.value(10).toString();
        out.append(item);
    }
    return out;
}
} // namespace

QString OutboxStore::enqueue(const QString &messageId, const QString &channel,
    const QString &recipient, const QString &kind, const QJsonObject &payload)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO outbox (id, message_id, channel, recipient, status, kind, "
                       "payload, attempts, next_attempt_at, created_at, updated_at) VALUES "
                       "(?,?,?,?, 'queued', ?, ?, 0, ?, ?, ?)"))
        .bind(id)
        .bind(messageId)
        .bind(channel)
        .bind(recipient)
        .bind(kind)
        .bind(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
        .bind(now)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

QList<OutboxItem> OutboxStore::due(const QDateTime &now, int limit) const
{
    SqlQuery q(m_db,
        kSelectItems + QStringLiteral("WHERE o.status = 'queued' AND o.next_attempt_at <= ? AND ")
            + kNoEarlier + QStringLiteral(" ORDER BY o.next_attempt_at, o.rowid LIMIT ?"));
    q.bind(core::Clock::toIso(now)).bind(limit).exec();
    return items(q);
}

QList<OutboxItem> OutboxStore::queuedAfter(const QString &id, int limit) const
{
    SqlQuery q(m_db,
        kSelectItems
            + QStringLiteral("JOIN outbox lead ON lead.id = ? WHERE o.status = 'queued' AND "
                             "o.channel = lead.channel AND o.recipient = lead.recipient AND "
                             "o.rowid > lead.rowid ORDER BY o.rowid LIMIT ?"));
    q.bind(id).bind(limit).exec();
    return items(q);
}

std::optional<QDateTime> OutboxStore::nextDue() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT MIN(o.next_attempt_at) FROM outbox o WHERE o.status = 'queued' "
                       "AND ")
            + kNoEarlier);
    q.exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return core::Clock::fromIso(q.value(0).toString());
}

bool OutboxStore::markSending(const QString &id)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE outbox SET status = 'sending', updated_at = ? WHERE id = ? AND "
                       "status = 'queued'"));
    q.bind(core::Clock::nowIso()).bind(id).exec();
    return q.rowsAffected() > 0;
}

void OutboxStore::markSent(const QString &id, int attempts)
{
    // A provider callback may already have moved the row on (delivered before our commit).
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = CASE WHEN status IN ('delivered', 'read') "
                       "THEN status ELSE 'sent' END, attempts = ?, last_error = NULL, "
                       "error_code = NULL, updated_at = ? WHERE id = ?"))
        .bind(attempts)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void OutboxStore::reschedule(const QString &id, int attempts, const QDateTime &next,
    const QString &error, const QString &errorCode)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = 'queued', attempts = ?, next_attempt_at = ?, "
                       "last_error = ?, error_code = ?, updated_at = ? WHERE id = ?"))
        .bind(attempts)
        .bind(core::Clock::toIso(next))
        .bind(orNull(error))
        .bind(orNull(errorCode))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void OutboxStore::markFailed(
    const QString &id, int attempts, const QString &error, const QString &errorCode)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = 'failed', attempts = ?, last_error = ?, "
                       "error_code = ?, updated_at = ? WHERE id = ?"))
        .bind(attempts)
        .bind(orNull(error))
        .bind(orNull(errorCode))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void OutboxStore::follow(const QString &messageId, const QString &status, const QString &error)
{
    if (status != QLatin1String("sent") && status != QLatin1String("delivered")
        && status != QLatin1String("read") && status != QLatin1String("failed"))
        return;
    SqlQuery(m_db,
        QStringLiteral("UPDATE outbox SET status = ?, last_error = COALESCE(?, last_error), "
                       "updated_at = ? WHERE message_id = ? AND status NOT IN ('queued', "
                       "'sending')"))
        .bind(status)
        .bind(status == QLatin1String("failed") ? orNull(error) : QVariant())
        .bind(core::Clock::nowIso())
        .bind(messageId)
        .exec();
}

bool OutboxStore::requeue(const QString &messageId)
{
    const QString now = core::Clock::nowIso();
    SqlQuery q(m_db,
        QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, updated_at = "
                       "? WHERE message_id = ? AND status = 'failed'"));
    q.bind(now).bind(now).bind(messageId).exec();
    return q.rowsAffected() > 0;
}

int OutboxStore::recoverInterrupted()
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE outbox SET status = 'queued', updated_at = ? WHERE status = "
                       "'sending'"));
    q.bind(core::Clock::nowIso()).exec();
    return q.rowsAffected();
}

int OutboxStore::pendingCount() const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status IN ('queued', 'sending')"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QJsonObject OutboxStore::forMessage(const QString &messageId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT status, attempts, last_error, error_code, next_attempt_at FROM "
                       "outbox WHERE message_id = ?"));
    q.bind(messageId).exec();
    if (!q.next())
        return {};
    const auto text = [&](int i) {
        return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
    };
    const QString state = q.value(0).toString();
    return { { "state", state }, { "attempts", q.value(1).toInt() }, { "lastError", text(2) },
        { "errorCode", text(3) },
        { "nextAttemptAt", state == QLatin1String("queued") ? text(4) : QJsonValue() } };
}

} // namespace jack::storage
