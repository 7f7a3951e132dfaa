#include "storage/operationalerrors.h"

#include "storage/sqlquery.h"

#include <QJsonObject>

namespace jack::storage {

namespace {
const QString kErrors
    = QStringLiteral("SELECT o.updated_at AS at, 'delivery' AS kind, o.channel AS service, "
                     "  COALESCE(o.last_error, '') AS detail, o.error_code AS code, "
                     "  m.conversation_id AS conversation_id, g.display_name AS guest_name "
                     "FROM outbox o JOIN messages m ON m.id = o.message_id "
                     "LEFT JOIN conversations c ON c.id = m.conversation_id "
                     "LEFT JOIN guests g ON g.id = c.guest_id "
                     "WHERE o.status = 'failed' AND o.updated_at >= ? "
                     "UNION ALL "
                     "SELECT created_at, 'ai', provider, COALESCE(error, ''), purpose, NULL, NULL "
                     "FROM ai_usage WHERE ok = 0 AND purpose <> 'test' AND created_at >= ?");

QJsonValue orNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}
} // namespace

QJsonArray OperationalErrors::since(const QString &sinceIso, int limit, int *total) const
{
    SqlQuery counted(m_db, QStringLiteral("SELECT COUNT(*) FROM (") + kErrors + u')');
    counted.bind(sinceIso).bind(sinceIso).exec();
    *total = counted.next() ? counted.value(0).toInt() : 0;

    SqlQuery q(m_db, kErrors + QStringLiteral(" ORDER BY at DESC LIMIT ?"));
    q.bind(sinceIso).bind(sinceIso).bind(limit).exec();
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject { { "at", q.value(0).toString() },
            { "kind", q.value(1).toString() }, { "service", q.value(2).toString() },
            { "detail", q.value(3).toString() }, { "code", orNull(q.value(4)) },
            { "conversationId", orNull(q.value(5)) }, { "guestName", orNull(q.value(6)) } });
    }
    return items;
}

} // namespace jack::storage
