#pragma once
#include "storage/messagestore.h"

#include <QJsonObject>

namespace jack::storage {

class WriteTx;

//! Queues a message to a guest inside a write job: the message row, its outbox row, the
//! conversation's time and the change event, so Jack's and staff's replies travel alike.
class OutboundMessage {
public:
    //! `message` needs conversationId, senderType, content and channel; returns the stored
    //! message (API shape).
    //! `kind`/`payload` describe what the channel sends beyond text (media, a template).
    static QJsonObject queue(WriteTx &tx, NewMessage message, const QString &recipient,
        const QString &kind = QStringLiteral("text"), const QJsonObject &payload = {});
};

} // namespace jack::storage
