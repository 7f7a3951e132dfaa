#pragma once
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! An outbound message waiting for its provider.
struct OutboxItem {
    QString id, messageId, conversationId, channel, recipient, content;
    int attempts = 0;
};

//! The durable outbox: rows survive restarts and are sent until delivered or given up.
class OutboxStore {
public:
    explicit OutboxStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    QString enqueue(const QString &messageId, const QString &channel, const QString &recipient);
    //! Pending rows due at `now`, oldest first.
    [[nodiscard]] QList<OutboxItem> due(const QDateTime &now, int limit) const;
    //! When the next pending row is due, if any.
    [[nodiscard]] std::optional<QDateTime> nextDue() const;
    void markSent(const QString &id);
    void reschedule(const QString &id, int attempts, const QDateTime &next, const QString &error);
    void markFailed(const QString &id, int attempts, const QString &error);
    [[nodiscard]] int pendingCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
