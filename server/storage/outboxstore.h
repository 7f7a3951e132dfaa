#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! An outbound message waiting for its provider.
struct OutboxItem {
    QString id, messageId, conversationId, channel, recipient, content;
    int attempts = 0;
    QString kind = QStringLiteral("text"); // text | media | template (channel-defined)
    QJsonObject payload; // what the kind needs beyond the text (template, media ids…)
    QJsonObject meta; // the message's channel facts (e-mail thread, chat id…)
    QString senderType; // guest | ai | staff | system: automatic messages may be coalesced
};

//! The durable outbox: one row per outbound message, the single record of its delivery
//! (queued → sending → sent → delivered → read | failed). Rows survive restarts.
class OutboxStore {
public:
    explicit OutboxStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    QString enqueue(const QString &messageId, const QString &channel, const QString &recipient,
        const QString &kind = QStringLiteral("text"), const QJsonObject &payload = {});
    //! Queued rows due at `now`, oldest first; a guest's later row waits behind an earlier one.
    [[nodiscard]] QList<OutboxItem> due(const QDateTime &now, int limit) const;
    //! Queued rows to the same channel and recipient written after row `id`, oldest first
    //! (WhatsApp joins automatic replies that piled up behind one another into one send).
    [[nodiscard]] QList<OutboxItem> queuedAfter(const QString &id, int limit) const;
    //! When the next queued row is due, if any.
    [[nodiscard]] std::optional<QDateTime> nextDue() const;
    //! queued → sending; false when the row was not queued (taken or cancelled meanwhile).
    bool markSending(const QString &id);
    void markSent(const QString &id, int attempts);
    void reschedule(const QString &id, int attempts, const QDateTime &next, const QString &error,
        const QString &errorCode = {});
    void markFailed(
        const QString &id, int attempts, const QString &error, const QString &errorCode = {});
    //! A provider status (delivered, read, failed) moves the row with its message.
    void follow(const QString &messageId, const QString &status, const QString &error);
    //! failed → queued now, keeping the attempt count; false when the row is not failed.
    bool requeue(const QString &messageId);
    //! Rows left in `sending` by a crash go back to `queued` (at-least-once); returns how many.
    int recoverInterrupted();
    [[nodiscard]] int pendingCount() const;
    //! The row of a message in API shape (state, attempts, lastError, errorCode,
    //! nextAttemptAt); empty when the message has none.
    [[nodiscard]] QJsonObject forMessage(const QString &messageId) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
