#pragma once
#include "channels/channel.h"

namespace jack::channels {

//! The E-mail channel.
class EmailChannel : public Channel {
    Q_OBJECT
public:
    using Channel::Channel;
    [[nodiscard]] QString id() const override { return QStringLiteral("email"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("email"); }
    void send(const storage::OutboxItem &item, SendCallback done) override;
    void testConnection(TestCallback done) override;
};

} // namespace jack::channels
