#include "storage/memorystore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

namespace jack::storage {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, guest_id, category, fact, fact_key, confidence, source_conversation_id, origin, "
    "created_at, updated_at FROM guest_memories");

MemoryRecord recordOf(const SqlQuery &q)
{
    MemoryRecord r;
    r.id = q.value(0).toString();
    r.guestId = q.value(1).toString();
    r.category = q.value(2).toString();
    r.fact = q.value(3).toString();
    r.factKey = q.value(4).toString();
    r.confidence = q.value(5).toDouble();
    r.sourceConversationId = q.value(6).toString();
    r.origin = q.value(7).toString();
    r.createdAt = q.value(8).toString();
    r.updatedAt = q.value(9).toString();
    return r;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

MemoryWrite MemoryStore::remember(const NewMemory &m, QString *id)
{
    const QString now = core::Clock::nowIso();
    SqlQuery find(m_db,
        QStringLiteral("SELECT id, confidence, source_conversation_id FROM guest_memories "
                       "WHERE guest_id = ? AND fact_key = ?"));
    find.bind(m.guestId).bind(m.factKey).exec();
    if (find.next()) {
        *id = find.value(0).toString();
        const double confidence = std::max(find.value(1).toDouble(), m.confidence);
        const QString source
            = m.sourceConversationId.isEmpty() ? find.value(2).toString() : m.sourceConversationId;
        if (qFuzzyCompare(confidence + 1.0, find.value(1).toDouble() + 1.0)
            && source == find.value(2).toString())
            return MemoryWrite::Unchanged;
        SqlQuery(m_db,
            QStringLiteral("UPDATE guest_memories SET confidence = ?, "
                           "source_conversation_id = ?, updated_at = ? WHERE id = ?"))
            .bind(confidence)
            .bind(orNull(source))
            .bind(now)
            .bind(*id)
            .exec();
        return MemoryWrite::Updated;
    }
    *id = core::Ids::make();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO guest_memories (id, guest_id, category, fact, fact_key, "
                       "confidence, source_conversation_id, origin, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?)"))
        .bind(*id)
        .bind(m.guestId)
        .bind(m.category)
        .bind(m.fact)
        .bind(m.factKey)
        .bind(m.confidence)
        .bind(orNull(m.sourceConversationId))
        .bind(m.origin)
        .bind(now)
        .bind(now)
        .exec();
    return MemoryWrite::Created;
}

std::optional<MemoryRecord> MemoryStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return recordOf(q);
}

QList<MemoryRecord> MemoryStore::forGuest(const QString &guestId) const
{
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE guest_id = ? ORDER BY CASE category WHEN 'allergy' THEN 0 "
                             "WHEN 'preference' THEN 1 WHEN 'habit' THEN 2 WHEN 'occasion' "
                             "THEN 3 ELSE 4 END, updated_at DESC, id"));
    q.bind(guestId).exec();
    QList<MemoryRecord> records;
    while (q.next())
        records.append(recordOf(q));
    return records;
}

QJsonArray MemoryStore::forGuestJson(const QString &guestId) const
{
    QJsonArray items;
    for (const MemoryRecord &r : forGuest(guestId))
        items.append(toJson(r));
    return items;
}

std::optional<QString> MemoryStore::idByKey(const QString &guestId, const QString &factKey) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT id FROM guest_memories WHERE guest_id = ? AND fact_key = ?"));
    q.bind(guestId).bind(factKey).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void MemoryStore::update(
    const QString &id, const QString &category, const QString &fact, const QString &factKey)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE guest_memories SET category = ?, fact = ?, fact_key = ?, "
                       "confidence = 1, updated_at = ? WHERE id = ?"))
        .bind(category)
        .bind(fact)
        .bind(factKey)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

bool MemoryStore::remove(const QString &id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM guest_memories WHERE id = ?"));
    q.bind(id).exec();
    return q.rowsAffected() > 0;
}

int MemoryStore::removeForGuest(const QString &guestId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM guest_memories WHERE guest_id = ?"));
    q.bind(guestId).exec();
    return q.rowsAffected();
}

QString MemoryStore::scannedUpTo(const QString &conversationId) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT last_message_at FROM memory_scans WHERE conversation_id = ?"));
    q.bind(conversationId).exec();
    return q.next() ? q.value(0).toString() : QString();
}

void MemoryStore::setScannedUpTo(const QString &conversationId, const QString &lastMessageAt)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO memory_scans (conversation_id, last_message_at, scanned_at) "
                       "VALUES (?,?,?) ON CONFLICT(conversation_id) DO UPDATE SET "
                       "last_message_at = excluded.last_message_at, scanned_at = "
                       "excluded.scanned_at"))
        .bind(conversationId)
        .bind(lastMessageAt)
        .bind(core::Clock::nowIso())
        .exec();
}

QJsonObject MemoryStore::toJson(const MemoryRecord &r)
{
    return { { "id", r.id }, { "guestId", r.guestId }, { "category", r.category },
        { "fact", r.fact }, { "confidence", r.confidence },
        { "sourceConversationId",
            r.sourceConversationId.isEmpty() ? QJsonValue() : QJsonValue(r.sourceConversationId) },
        { "origin", r.origin }, { "createdAt", r.createdAt }, { "updatedAt", r.updatedAt } };
}

} // namespace jack::storage
