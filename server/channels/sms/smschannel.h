#pragma once
#include "channels/channel.h"

namespace jack::channels {

//! The SMS channel.
class SmsChannel : public Channel {
    Q_OBJECT
public:
    using Channel::Channel;
    [[nodiscard]] QString id() const override { return QStringLiteral("sms"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("twilio-sms"); }
    void send(const storage::OutboxItem &item, SendCallback done) override;
    void testConnection(TestCallback done) override;
};

} // namespace jack::channels
