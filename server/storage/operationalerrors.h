#pragma once
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! What went wrong lately, from what the hub already records: replies a channel could not
//! deliver (`outbox` rows that failed for good) and failed language-model calls (`ai_usage`,
//! connection tests left out). GET /api/v1/stats/errors.
class OperationalErrors {
public:
    explicit OperationalErrors(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Newest first: {at, kind: "delivery"|"ai", service, detail, code, conversationId,
    //! guestName}. `total` receives how many there are since `sinceIso`.
    [[nodiscard]] QJsonArray since(const QString &sinceIso, int limit, int *total) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
