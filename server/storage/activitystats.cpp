#include "storage/activitystats.h"

#include "core/clock.h"
#include "storage/sqlquery.h"

#include <QJsonArray>
#include <algorithm>
#include <vector>

namespace jack::storage {

namespace {
struct Bucket {
    int guestMessages = 0;
    int jackReplies = 0;
    int staffReplies = 0;
    int answeredWithoutStaff = 0;
    std::vector<double> responseSeconds;
};

QJsonValue average(const std::vector<double> &values)
{
    if (values.empty())
        return QJsonValue::Null;
    double sum = 0;
    for (double v : values)
        sum += v;
    return qRound64(sum / double(values.size()));
}

QJsonValue median(std::vector<double> values)
{
    if (values.empty())
        return QJsonValue::Null;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double m = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return qRound64(m);
}

QJsonValue share(int part, int whole)
{
    if (whole == 0)
        return QJsonValue::Null;
    return double(qRound(1000.0 * part / whole)) / 1000.0;
}

QJsonObject describe(const Bucket &b)
{
    return { { "guestMessages", b.guestMessages }, { "jackReplies", b.jackReplies },
        { "staffReplies", b.staffReplies }, { "answered", int(b.responseSeconds.size()) },
        { "firstResponseSeconds", average(b.responseSeconds) },
        { "firstResponseMedianSeconds", median(b.responseSeconds) },
        { "answeredWithoutStaff", b.answeredWithoutStaff },
        { "answeredWithoutStaffShare", share(b.answeredWithoutStaff, b.guestMessages) } };
}
} // namespace

QJsonObject ActivityStats::activity(const QDateTime &until, int hours, int bucketHours) const
{
    const QDateTime to = until.toUTC();
    const QDateTime from = to.addSecs(-qint64(hours) * 3600);
    const qint64 bucketSecs = qint64(bucketHours) * 3600;
    const int count = int((qint64(hours) * 3600 + bucketSecs - 1) / bucketSecs);
    std::vector<Bucket> buckets(static_cast<size_t>(count), Bucket {});
    Bucket total;
    auto bucketOf = [&](const QString &iso) -> Bucket * {
        const qint64 offset = from.secsTo(core::Clock::fromIso(iso));
        if (offset < 0)
            return nullptr;
        const qint64 index = offset / bucketSecs;
        return index < count ? &buckets[size_t(index)] : nullptr;
    };
    const QString fromIso = core::Clock::toIso(from);
    const QString toIso = core::Clock::toIso(to);

    SqlQuery guest(m_db,
        QStringLiteral("SELECT m.created_at, "
                       "(SELECT r.created_at || '|' || r.sender_type FROM messages r "
                       " WHERE r.conversation_id = m.conversation_id AND r.direction = 'outbound' "
                       " AND r.sender_type IN ('ai', 'staff') AND r.created_at >= m.created_at "
                       " ORDER BY r.created_at LIMIT 1), o.decision "
                       "FROM messages m LEFT JOIN message_outcomes o ON o.message_id = m.id "
                       "WHERE m.direction = 'inbound' AND m.sender_type = 'guest' "
                       "AND m.created_at >= ? AND m.created_at < ?"));
    guest.bind(fromIso).bind(toIso).exec();
    while (guest.next()) {
        const QString at = guest.value(0).toString();
        Bucket *b = bucketOf(at);
        if (!b)
            continue;
        ++b->guestMessages;
        ++total.guestMessages;
        const QString reply = guest.value(1).toString();
        if (reply.isEmpty())
            continue;
        const qsizetype bar = reply.indexOf(QLatin1Char('|'));
        const double seconds
            = double(core::Clock::fromIso(at).msecsTo(core::Clock::fromIso(reply.left(bar))))
            / 1000.0;
        b->responseSeconds.push_back(seconds);
        total.responseSeconds.push_back(seconds);
        const bool byJack = reply.mid(bar + 1) == QLatin1String("ai");
        if (byJack && guest.value(2).toString() != QLatin1String("handoff")) {
            ++b->answeredWithoutStaff;
            ++total.answeredWithoutStaff;
        }
    }

    SqlQuery replies(m_db,
        QStringLiteral("SELECT created_at, sender_type FROM messages "
                       "WHERE direction = 'outbound' AND sender_type IN ('ai', 'staff') "
                       "AND created_at >= ? AND created_at < ?"));
    replies.bind(fromIso).bind(toIso).exec();
    while (replies.next()) {
        Bucket *b = bucketOf(replies.value(0).toString());
        if (!b)
            continue;
        const bool byJack = replies.value(1).toString() == QLatin1String("ai");
        ++(byJack ? b->jackReplies : b->staffReplies);
        ++(byJack ? total.jackReplies : total.staffReplies);
    }

    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        QJsonObject row = describe(buckets[size_t(i)]);
        row.insert(QStringLiteral("start"), core::Clock::toIso(from.addSecs(i * bucketSecs)));
        out.append(row);
    }
    return { { "from", fromIso }, { "to", toIso }, { "hours", hours },
        { "bucketHours", bucketHours }, { "buckets", out }, { "totals", describe(total) } };
}

} // namespace jack::storage
