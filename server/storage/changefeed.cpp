#include "storage/changefeed.h"

#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace jack::storage {

qint64 ChangeFeed::latestSeq() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ChangeFeed::oldestSeq() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM changes"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<core::Change> ChangeFeed::since(qint64 since, int limit) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT seq, type, entity_id, payload FROM changes WHERE seq > ? "
                       "ORDER BY seq LIMIT ?"));
    q.bind(since).bind(limit).exec();
    QList<core::Change> out;
    while (q.next()) {
        core::Change c;
        c.seq = q.value(0).toLongLong();
        c.type = q.value(1).toString();
        c.entityId = q.value(2).toString();
        c.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        out.append(c);
    }
    return out;
}

} // namespace jack::storage
