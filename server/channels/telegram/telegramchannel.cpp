#include "channels/telegram/telegramchannel.h"

#include "storage/outboxstore.h"

namespace jack::channels {

void TelegramChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    Q_UNUSED(item);
    done(SendResult { SendOutcome::Failed, {},
        QStringLiteral("Jack cannot send Telegram messages yet"), {}, 0, {} });
}

void TelegramChannel::testConnection(TestCallback done)
{
    done(false, QStringLiteral("Telegram is not available yet"));
}

} // namespace jack::channels
