#include "channels/email/emailchannel.h"

#include "storage/outboxstore.h"

namespace jack::channels {

void EmailChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    Q_UNUSED(item);
    done(SendResult { SendOutcome::Failed, {},
        QStringLiteral("Jack cannot send E-mail messages yet"), {}, 0, {} });
}

void EmailChannel::testConnection(TestCallback done)
{
    done(false, QStringLiteral("E-mail is not available yet"));
}

} // namespace jack::channels
