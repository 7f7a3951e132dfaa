#include "channels/webchat/webchatchannel.h"

#include "storage/outboxstore.h"

namespace jack::channels {

void WebchatChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    Q_UNUSED(item);
    done(SendResult { SendOutcome::Failed, {},
        QStringLiteral("Jack cannot send Web chat messages yet"), {}, 0, {} });
}

void WebchatChannel::testConnection(TestCallback done)
{
    done(false, QStringLiteral("Web chat is not available yet"));
}

} // namespace jack::channels
