#pragma once
#include "storage/listpage.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! A message to insert.
struct NewMessage {
    QString conversationId;
    QString direction; // inbound | outbound
    QString senderType; // guest | ai | staff | system
    QString senderId;
    QString content;
    QString contentType = QStringLiteral("text");
    QString channel;
    QString channelMessageId; // provider id (wamid) when known
    QString deliveryStatus = QStringLiteral("pending");
    QString intent;
    double confidence = -1; // < 0: none
    QString language;
    QString createdAt; // defaults to now
    bool processed = false; // inbound rows wait for the AI pipeline until processed
    QJsonObject meta; // channel facts: e-mail Message-ID/References/subject, chat ids…
};

//! Where an outbound message is in its delivery.
struct DeliveryUpdate {
    QString messageId;
    QString conversationId;
    QString status;
};

//! Messages of conversations.
class MessageStore {
public:
    explicit MessageStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    QString insert(const NewMessage &message);
    //! The id of the message the provider knows by this id, if stored.
    [[nodiscard]] std::optional<QString> byChannelId(
        const QString &channel, const QString &channelMessageId) const;
    //! The id of one of our outbound messages by its provider id, if stored.
    [[nodiscard]] std::optional<QString> outboundByChannelId(
        const QString &channel, const QString &channelMessageId) const;
    //! Keeps a status for a provider id we have not recorded yet.
    void holdStatus(const QString &channel, const QString &channelMessageId, const QString &status,
        const QString &error);
    //! Statuses held for this provider id, oldest first; they are removed.
    [[nodiscard]] QList<QPair<QString, QString>> takeHeldStatuses(
        const QString &channel, const QString &channelMessageId);
    [[nodiscard]] QJsonObject get(const QString &id) const; // API shape; empty when unknown
    [[nodiscard]] ListPage list(const QString &conversationId, int limit, int offset) const;
    //! Every message of every conversation of a guest, on all channels, oldest first; a
    //! negative `offset` gives the newest page.
    [[nodiscard]] ListPage listForGuest(const QString &guestId, int limit, int offset) const;
    //! The last `count` messages (oldest first), for the AI's context.
    [[nodiscard]] QList<QJsonObject> recent(const QString &conversationId, int count) const;
    //! Applies a provider status when it moves the message forward; false when stale.
    bool applyStatus(const QString &messageId, const QString &status, const QString &error);
    //! failed → pending for a staff retry (the outbox row is requeued alongside); false
    //! when the message had not failed.
    bool resetForRetry(const QString &messageId);
    void setMeta(const QString &messageId, const QJsonObject &meta);
    //! Records why a pending message has not gone out yet; false when nothing changed.
    bool setDeliveryNote(const QString &messageId, const QString &note);
    void setChannelId(const QString &messageId, const QString &channelMessageId);
    void setClassification(const QString &messageId, const QString &intent, double confidence,
        const QString &language);
    //! Marks a guest message as handled by the AI; false when it already was.
    bool markProcessed(const QString &messageId);
    [[nodiscard]] QStringList unprocessedInbound() const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
