#include "storage/channelcursor.h"

#include "core/clock.h"
#include "storage/sqlquery.h"

namespace jack::storage {

QString ChannelCursor::get(const QString &channel, const QString &name) const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT value FROM channel_cursors WHERE channel = ? AND name = ?"));
    q.bind(channel).bind(name).exec();
    return q.next() ? q.value(0).toString() : QString();
}

void ChannelCursor::set(const QString &channel, const QString &name, const QString &value)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO channel_cursors (channel, name, value, updated_at) VALUES "
                       "(?,?,?,?) ON CONFLICT(channel, name) DO UPDATE SET value = "
                       "excluded.value, updated_at = excluded.updated_at"))
        .bind(channel)
        .bind(name)
        .bind(value)
        .bind(core::Clock::nowIso())
        .exec();
}

} // namespace jack::storage
