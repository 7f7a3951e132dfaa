#pragma once
#include "channels/channel.h"

namespace jack::channels {

//! The Web chat channel.
class WebchatChannel : public Channel {
    Q_OBJECT
public:
    using Channel::Channel;
    [[nodiscard]] QString id() const override { return QStringLiteral("webchat"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("webchat"); }
    void send(const storage::OutboxItem &item, SendCallback done) override;
    void testConnection(TestCallback done) override;
};

} // namespace jack::channels
