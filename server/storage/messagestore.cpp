#include "storage/messagestore.h"

#include "core/clock.h"
#include "core/deliverystatus.h"
#include "core/ids.h"
#include "storage/outboxstore.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace jack::storage {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT m.id, m.conversation_id, m.direction, m.sender_type, m.sender_id, m.content, "
    "m.content_type, m.intent, m.confidence, m.channel_message_id, m.delivery_status, "
    "m.delivery_error, m.created_at, m.language, m.channel, m.updated_at, "
    "(SELECT s.name FROM staff s WHERE s.id = m.sender_id), m.meta, "
    // The outbox row is the delivery record the dashboard shows (state, attempts, reason).
    "(SELECT json_object('state', o.status, 'attempts', o.attempts, 'lastError', o.last_error, "
    "'errorCode', o.error_code, 'nextAttemptAt', CASE WHEN o.status = 'queued' THEN "
    "o.next_attempt_at END) FROM outbox o WHERE o.message_id = m.id), "
    "(SELECT json_group_array(json_object('id', d.id, 'kind', d.kind, 'mimeType', d.mime_type, "
    "'fileName', d.file_name, 'size', d.size, 'status', d.status, 'url', '/api/v1/media/' || "
    "d.id)) FROM media d WHERE d.message_id = m.id) FROM messages m");

QJsonValue jsonColumn(const SqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    if (v.isNull())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonValue text(const SqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

QJsonObject messageJson(const SqlQuery &q)
{
    const QString senderType = q.value(3).toString();
    QJsonValue senderName = text(q, 16);
    if (senderType == QLatin1String("ai"))
        senderName = QStringLiteral("Jack");
    return { { "id", q.value(0).toString() }, { "conversationId", q.value(1).toString() },
        { "direction", q.value(2).toString() }, { "senderType", senderType },
        { "senderId", text(q, 4) }, { "senderName", senderName },
        { "content", q.value(5).toString() }, { "contentType", q.value(6).toString() },
        { "intent", text(q, 7) },
        { "confidence", q.value(8).isNull() ? QJsonValue() : QJsonValue(q.value(8).toDouble()) },
        { "channelMessageId", text(q, 9) }, { "deliveryStatus", q.value(10).toString() },
        { "deliveryError", text(q, 11) }, { "createdAt", q.value(12).toString() },
        { "language", text(q, 13) }, { "channel", q.value(14).toString() },
        { "updatedAt", q.value(15).toString() }, { "meta", jsonColumn(q, 17).toObject() },
        { "delivery", jsonColumn(q, 18) }, { "media", jsonColumn(q, 19).toArray() } };
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QString MessageStore::insert(const NewMessage &m)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    const QString created = m.createdAt.isEmpty() ? now : m.createdAt;
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO messages (id, conversation_id, direction, sender_type, "
                       "sender_id, content, content_type, intent, confidence, language, "
                       "channel, channel_message_id, delivery_status, processed_at, "
                       "created_at, updated_at, meta) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        .bind(id)
        .bind(m.conversationId)
        .bind(m.direction)
        .bind(m.senderType)
        .bind(orNull(m.senderId))
        .bind(m.content)
        .bind(m.contentType)
        .bind(orNull(m.intent))
        .bind(m.confidence < 0 ? QVariant() : QVariant(m.confidence))
        .bind(orNull(m.language))
        .bind(m.channel)
        .bind(orNull(m.channelMessageId))
        .bind(m.deliveryStatus)
        .bind(m.processed || m.direction != QLatin1String("inbound") ? QVariant(now) : QVariant())
        .bind(created)
        .bind(now)
        .bind(QString::fromUtf8(QJsonDocument(m.meta).toJson(QJsonDocument::Compact)))
        .exec();
    return id;
}

std::optional<QString> MessageStore::byChannelId(
    const QString &channel, const QString &channelMessageId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id FROM messages WHERE channel = ? AND channel_message_id = ?"));
    q.bind(channel).bind(channelMessageId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<QString> MessageStore::outboundByChannelId(
    const QString &channel, const QString &channelMessageId) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id FROM messages WHERE channel = ? AND channel_message_id = ? "
                       "AND direction = 'outbound'"));
    q.bind(channel).bind(channelMessageId).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void MessageStore::holdStatus(const QString &channel, const QString &channelMessageId,
    const QString &status, const QString &error)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO pending_statuses (channel, channel_message_id, status, "
                       "error, received_at) VALUES (?,?,?,?,?)"))
        .bind(channel)
        .bind(channelMessageId)
        .bind(status)
        .bind(orNull(error))
        .bind(core::Clock::nowIso())
        .exec();
    // Statuses for ids that never turn up (another system's sends) are not kept for ever.
    SqlQuery(m_db, QStringLiteral("DELETE FROM pending_statuses WHERE received_at < ?"))
        .bind(core::Clock::toIso(core::Clock::now().addDays(-2)))
        .exec();
}

QList<QPair<QString, QString>> MessageStore::takeHeldStatuses(
    const QString &channel, const QString &channelMessageId)
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT status, error FROM pending_statuses WHERE channel = ? AND "
                       "channel_message_id = ? ORDER BY id"));
    q.bind(channel).bind(channelMessageId).exec();
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    if (!out.isEmpty()) {
        SqlQuery(m_db,
            QStringLiteral("DELETE FROM pending_statuses WHERE channel = ? AND "
                           "channel_message_id = ?"))
            .bind(channel)
            .bind(channelMessageId)
            .exec();
    }
    return out;
}

QJsonObject MessageStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE m.id = ?"));
    q.bind(id).exec();
    return q.next() ? messageJson(q) : QJsonObject();
}

ListPage MessageStore::list(const QString &conversationId, int limit, int offset) const
{
    ListPage page;
    page.limit = limit;
    page.offset = offset;
    SqlQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = ?"));
    count.bind(conversationId).exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE m.conversation_id = ? ORDER BY m.created_at, m.rowid "
                             "LIMIT ? OFFSET ?"));
    q.bind(conversationId).bind(limit).bind(offset).exec();
    while (q.next())
        page.items.append(messageJson(q));
    return page;
}

ListPage MessageStore::listForGuest(const QString &guestId, int limit, int offset) const
{
    ListPage page;
    page.limit = limit;
    SqlQuery count(m_db,
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id IN (SELECT id FROM "
                       "conversations WHERE guest_id = ?)"));
    count.bind(guestId).exec();
    page.total = count.next() ? count.value(0).toInt() : 0;
    // Without an offset the page ends with the newest message: a timeline opens at the bottom.
    page.offset = offset >= 0 ? offset : std::max(0, page.total - limit);
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE m.conversation_id IN (SELECT id FROM conversations WHERE "
                             "guest_id = ?) ORDER BY m.created_at, m.rowid LIMIT ? OFFSET ?"));
    q.bind(guestId).bind(limit).bind(page.offset).exec();
    while (q.next())
        page.items.append(messageJson(q));
    return page;
}

QList<QJsonObject> MessageStore::recent(const QString &conversationId, int count) const
{
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE m.conversation_id = ? ORDER BY m.created_at DESC, "
                             "m.rowid DESC LIMIT ?"));
    q.bind(conversationId).bind(count).exec();
    QList<QJsonObject> out;
    while (q.next())
        out.prepend(messageJson(q));
    return out;
}

bool MessageStore::applyStatus(
    const QString &messageId, const QString &status, const QString &error)
{
    SqlQuery q(m_db, QStringLiteral("SELECT delivery_status FROM messages WHERE id = ?"));
    q.bind(messageId).exec();
    if (!q.next())
        return false;
    if (!core::DeliveryStatus::canMove(q.value(0).toString(), status))
        return false;
    SqlQuery(m_db,
        QStringLiteral("UPDATE messages SET delivery_status = ?, delivery_error = ?, "
                       "updated_at = ? WHERE id = ?"))
        .bind(status)
        .bind(status == QLatin1String("failed") ? orNull(error)
                                                : QVariant()) // a retry note is cleared
        .bind(core::Clock::nowIso())
        .bind(messageId)
        .exec();
    OutboxStore(m_db).follow(messageId, status, error);
    return true;
}

bool MessageStore::resetForRetry(const QString &messageId)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE messages SET delivery_status = 'pending', delivery_error = NULL, "
                       "updated_at = ? WHERE id = ? AND delivery_status = 'failed'"));
    q.bind(core::Clock::nowIso()).bind(messageId).exec();
    return q.rowsAffected() > 0;
}

void MessageStore::setMeta(const QString &messageId, const QJsonObject &meta)
{
    SqlQuery(m_db, QStringLiteral("UPDATE messages SET meta = ?, updated_at = ? WHERE id = ?"))
        .bind(QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)))
        .bind(core::Clock::nowIso())
        .bind(messageId)
        .exec();
}

bool MessageStore::setDeliveryNote(const QString &messageId, const QString &note)
{
    SqlQuery q(m_db,
        QStringLiteral("UPDATE messages SET delivery_error = ?, updated_at = ? WHERE id = ? "
                       "AND delivery_status = 'pending' AND delivery_error IS NOT ?"));
    q.bind(note).bind(core::Clock::nowIso()).bind(messageId).bind(note).exec();
    return q.rowsAffected() > 0;
}

void MessageStore::setChannelId(const QString &messageId, const QString &channelMessageId)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE messages SET channel_message_id = ?, updated_at = ? WHERE id = ?"))
        .bind(channelMessageId)
        .bind(core::Clock::nowIso())
        .bind(messageId)
        .exec();
}

void MessageStore::setClassification(
    const QString &messageId, const QString &intent, double confidence, const QString &language)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE messages SET intent = ?, confidence = ?, language = ?, "
                       "updated_at = ? WHERE id = ?"))
        .bind(intent)
        .bind(confidence)
        .bind(orNull(language))
        .bind(core::Clock::nowIso())
        .bind(messageId)
        .exec();
}

bool MessageStore::markProcessed(const QString &messageId)
{
    SqlQuery q(m_db,
        QStringLiteral(
            "UPDATE messages SET processed_at = ? WHERE id = ? AND processed_at IS NULL"));
    q.bind(core::Clock::nowIso()).bind(messageId).exec();
    return q.rowsAffected() > 0;
}

QStringList MessageStore::unprocessedInbound() const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id FROM messages WHERE processed_at IS NULL AND direction = "
                       "'inbound' ORDER BY created_at, rowid"));
    q.exec();
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace jack::storage
