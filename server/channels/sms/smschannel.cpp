#include "channels/sms/smschannel.h"

#include "storage/outboxstore.h"

namespace jack::channels {

void SmsChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    Q_UNUSED(item);
    done(SendResult {
        SendOutcome::Failed, {}, QStringLiteral("Jack cannot send SMS messages yet"), {}, 0, {} });
}

void SmsChannel::testConnection(TestCallback done)
{
    done(false, QStringLiteral("SMS is not available yet"));
}

} // namespace jack::channels
