#include "channels/webchat/webchatmessage.h"

#include "core/clock.h"
#include "storage/outboxstore.h"

namespace jack::channels {

QString WebchatMessage::from(const QString &senderType)
{
    if (senderType == QLatin1String("guest"))
        return QStringLiteral("guest");
    if (senderType == QLatin1String("ai"))
        return QStringLiteral("jack");
    if (senderType == QLatin1String("staff"))
        return QStringLiteral("staff");
    return QStringLiteral("hotel");
}

QString WebchatMessage::channelId(const QString &sessionId, const QString &clientId)
{
    return sessionId + QLatin1Char(':') + clientId;
}

QJsonObject WebchatMessage::fromStored(const QJsonObject &message)
{
    const QString senderType = message.value(QLatin1String("senderType")).toString();
    QJsonObject out { { "id", message.value(QLatin1String("id")) }, { "from", from(senderType) },
        { "text", message.value(QLatin1String("content")) },
        { "at", message.value(QLatin1String("createdAt")) },
        { "status", message.value(QLatin1String("deliveryStatus")) } };
    if (senderType == QLatin1String("guest")) {
        const QString channelId = message.value(QLatin1String("channelMessageId")).toString();
        out.insert(QStringLiteral("clientId"), channelId.section(QLatin1Char(':'), -1));
    }
    return out;
}

QJsonObject WebchatMessage::fromOutbox(const storage::OutboxItem &item)
{
    return { { "id", item.messageId }, { "from", from(item.senderType) }, { "text", item.content },
        { "at", core::Clock::nowIso() }, { "status", QStringLiteral("sent") } };
}

} // namespace jack::channels
