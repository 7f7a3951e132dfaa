#include "channels/inboundrecorder.h"

#include "core/clock.h"
#include "core/conversationstate.h"
#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/mediastore.h"
#include "storage/messagestore.h"
#include "storage/writequeue.h"

namespace jack::channels {

using core::ConversationEvent;
using core::ConversationStateMachine;

bool InboundRecorder::record(storage::WriteTx &tx, const InboundMessage &in, QString *storedId)
{
    storage::MessageStore messages(tx.db());
    if (messages.byChannelId(in.channel, in.channelMessageId))
        return false;
    storage::GuestStore guests(tx.db());
    storage::ConversationStore conversations(tx.db());
    QString guestId;
    if (!in.conversationId.isEmpty())
        guestId = conversations.get(in.conversationId).value(QLatin1String("guestId")).toString();
    if (guestId.isEmpty()) {
        switch (in.addressKind) {
        case AddressKind::Phone:
            guestId = guests.findOrCreateByPhone(in.address, in.displayName);
            break;
        case AddressKind::Email:
            guestId = guests.findOrCreateByEmail(in.address, in.displayName);
            break;
        case AddressKind::Handle:
            guestId = guests.findOrCreateByHandle(in.channel, in.address, in.displayName);
            break;
        }
    }
    bool created = false;
    const storage::ConversationRecord conversation
        = conversations.openFor(guestId, in.channel, in.address, &created);

    storage::NewMessage m;
    m.conversationId = conversation.id;
    m.direction = QStringLiteral("inbound");
    m.senderType = QStringLiteral("guest");
    m.content = in.text;
    m.contentType = in.contentType;
    m.channel = in.channel;
    m.channelMessageId = in.channelMessageId;
    m.deliveryStatus = QStringLiteral("delivered");
    // Our clock orders the conversation; the provider's timestamp can lag or be redelivered late.
    const QString receivedAt = core::Clock::nowIso();
    m.createdAt = receivedAt;
    m.meta = in.meta;
    const QString messageId = messages.insert(m);
    storage::MediaStore media(tx.db());
    for (const InboundMedia &file : in.media) {
        storage::MediaRecord r;
        r.messageId = messageId;
        r.channel = in.channel;
        r.direction = QStringLiteral("inbound");
        r.kind = file.kind;
        r.mimeType = file.mimeType;
        r.fileName = file.fileName;
        r.source = file.source;
        r.size = file.size;
        if (!file.localPath.isEmpty()) {
            r.path = file.localPath;
            r.status = QStringLiteral("stored");
        }
        media.insert(r);
    }
    if (storedId)
        *storedId = messageId;

    const auto next
        = ConversationStateMachine::next(conversation.state, ConversationEvent::GuestMessage);
    if (next && *next != conversation.state)
        conversations.setState(conversation.id, *next);
    conversations.touch(conversation.id, receivedAt, true);

    const QJsonObject conversationJson = conversations.get(conversation.id);
    tx.recordChange(
        created ? QStringLiteral("conversation:created") : QStringLiteral("conversation:updated"),
        conversation.id, conversationJson);
    tx.recordChange(QStringLiteral("conversation:message"), messageId,
        { { "conversationId", conversation.id }, { "message", messages.get(messageId) } });
    tx.announceInbound(messageId);
    if (!in.media.isEmpty())
        tx.wakeOutbox(); // the channels service also fetches pending media
    return true;
}

bool InboundRecorder::applyStatus(storage::WriteTx &tx, const QString &channel,
    const QString &channelMessageId, const QString &status, const QString &error)
{
    storage::MessageStore messages(tx.db());
    // Statuses describe our own sends only; one naming a guest's message is ignored.
    const auto id = messages.outboundByChannelId(channel, channelMessageId);
    if (!id) {
        if (!messages.byChannelId(channel, channelMessageId))
            messages.holdStatus(channel, channelMessageId, status, error);
        return false;
    }
    if (!messages.applyStatus(*id, status, error))
        return false;
    tx.recordChange(QStringLiteral("message:status"), *id, messages.get(*id));
    return true;
}

} // namespace jack::channels
