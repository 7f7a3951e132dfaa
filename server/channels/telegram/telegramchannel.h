#pragma once
#include "channels/channel.h"

namespace jack::channels {

//! The Telegram channel.
class TelegramChannel : public Channel {
    Q_OBJECT
public:
    using Channel::Channel;
    [[nodiscard]] QString id() const override { return QStringLiteral("telegram"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("telegram"); }
    void send(const storage::OutboxItem &item, SendCallback done) override;
    void testConnection(TestCallback done) override;
};

} // namespace jack::channels
