#pragma once
#include <QJsonObject>
#include <QString>

namespace jack::storage {
struct OutboxItem;
}

namespace jack::channels {

//! A message as the guest's widget sees it: {id, from (guest|jack|staff|hotel), text, at,
//! clientId (the guest's own), status}. Staff ids, intents and delivery notes stay inside.
class WebchatMessage {
public:
    //! From the API shape of a stored message (MessageStore::get).
    [[nodiscard]] static QJsonObject fromStored(const QJsonObject &message);
    //! From an outbox row being sent now.
    [[nodiscard]] static QJsonObject fromOutbox(const storage::OutboxItem &item);
    //! The channel message id of a guest message: the client's id within its session, so a
    //! resent frame is stored once and two sessions cannot collide.
    [[nodiscard]] static QString channelId(const QString &sessionId, const QString &clientId);

private:
    [[nodiscard]] static QString from(const QString &senderType);
};

} // namespace jack::channels
