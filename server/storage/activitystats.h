#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace jack::storage {

//! How busy the hotel's guests kept Jack and the staff: guest messages, replies, time to the
//! first reply and the share of guest messages Jack answered without staff, per time bucket.
//! Read from `messages` and `message_outcomes` (GET /api/v1/stats/activity).
class ActivityStats {
public:
    explicit ActivityStats(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! The `hours` hours before `until` (exclusive), in buckets of `bucketHours` (oldest first).
    //! A guest message counts in the bucket it arrived in, with its first reply (Jack's or
    //! staff's, in the same conversation, at or after it) however late that came.
    [[nodiscard]] QJsonObject activity(const QDateTime &until, int hours, int bucketHours) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
