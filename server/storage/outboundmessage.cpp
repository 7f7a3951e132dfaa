#include "storage/outboundmessage.h"

#include "core/clock.h"
#include "storage/conversationstore.h"
#include "storage/outboxstore.h"
#include "storage/writequeue.h"

namespace jack::storage {

QJsonObject OutboundMessage::queue(WriteTx &tx, NewMessage message, const QString &recipient,
    const QString &kind, const QJsonObject &payload)
{
    message.direction = QStringLiteral("outbound");
    MessageStore messages(tx.db());
    const QString id = messages.insert(message);
    OutboxStore(tx.db()).enqueue(id, message.channel, recipient, kind, payload);
    ConversationStore(tx.db()).touch(message.conversationId, core::Clock::nowIso(), false);
    const QJsonObject stored = messages.get(id);
    tx.recordChange(QStringLiteral("conversation:message"), id,
        { { "conversationId", message.conversationId }, { "message", stored } });
    tx.wakeOutbox();
    return stored;
}

} // namespace jack::storage
