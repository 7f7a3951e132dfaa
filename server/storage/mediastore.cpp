#include "storage/mediastore.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

namespace jack::storage {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, message_id, channel, direction, kind, mime_type, file_name, path, source, "
    "status, error, size, attempts FROM media");

MediaRecord read(const SqlQuery &q)
{
    MediaRecord r;
    r.id = q.value(0).toString();
    r.messageId = q.value(1).toString();
    r.channel = q.value(2).toString();
    r.direction = q.value(3).toString();
    r.kind = q.value(4).toString();
    r.mimeType = q.value(5).toString();
    r.fileName = q.value(6).toString();
    r.path = q.value(7).toString();
    r.source = q.value(8).toString();
    r.status = q.value(9).toString();
    r.error = q.value(10).toString();
    r.size = q.value(11).toLongLong();
    r.attempts = q.value(12).toInt();
    return r;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

QString MediaStore::insert(const MediaRecord &r)
{
    const QString id = r.id.isEmpty() ? core::Ids::make() : r.id;
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO media (id, message_id, channel, direction, kind, mime_type, "
                       "file_name, size, path, source, status, attempts, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?)"))
        .bind(id)
        .bind(orNull(r.messageId))
        .bind(r.channel)
        .bind(r.direction)
        .bind(r.kind)
        .bind(orNull(r.mimeType))
        .bind(orNull(r.fileName))
        .bind(r.size > 0 ? QVariant(r.size) : QVariant())
        .bind(orNull(r.path))
        .bind(orNull(r.source))
        .bind(r.status.isEmpty() ? QStringLiteral("pending") : r.status)
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

std::optional<MediaRecord> MediaStore::get(const QString &id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<MediaRecord> MediaStore::forMessage(const QString &messageId) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" WHERE message_id = ? ORDER BY rowid"));
    q.bind(messageId).exec();
    QList<MediaRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<MediaRecord> MediaStore::pending(int limit) const
{
    SqlQuery q(m_db,
        kSelect
            + QStringLiteral(" WHERE status = 'pending' AND direction = 'inbound' ORDER BY "
                             "rowid LIMIT ?"));
    q.bind(limit).exec();
    QList<MediaRecord> out;
    while (q.next())
        out.append(read(q));
    return out;
}

void MediaStore::markStored(const QString &id, const QString &path, qint64 size,
    const QString &mimeType, const QString &fileName)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE media SET status = 'stored', path = ?, size = ?, mime_type = "
                       "COALESCE(?, mime_type), file_name = COALESCE(?, file_name), error = "
                       "NULL, updated_at = ? WHERE id = ?"))
        .bind(path)
        .bind(size)
        .bind(orNull(mimeType))
        .bind(orNull(fileName))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void MediaStore::markAttempt(const QString &id, const QString &error, bool giveUp)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE media SET attempts = attempts + 1, error = ?, status = ?, "
                       "updated_at = ? WHERE id = ?"))
        .bind(orNull(error))
        .bind(giveUp ? QStringLiteral("failed") : QStringLiteral("pending"))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void MediaStore::attach(const QString &id, const QString &messageId)
{
    SqlQuery(m_db, QStringLiteral("UPDATE media SET message_id = ?, updated_at = ? WHERE id = ?"))
        .bind(messageId)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

QJsonObject MediaStore::toJson(const MediaRecord &r)
{
    return { { "id", r.id }, { "kind", r.kind }, { "mimeType", r.mimeType },
        { "fileName", r.fileName }, { "size", r.size }, { "status", r.status },
        { "url", QStringLiteral("/api/v1/media/") + r.id } };
}

} // namespace jack::storage
