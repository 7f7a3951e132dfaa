#pragma once
#include "channels/channel.h"

namespace jack::channels {

//! The web chat channel: a reply is "sent" once handed to the gateway's guest socket hub,
//! which pushes it to every open socket of the conversation; a guest who is away finds it in
//! the history when the chat reconnects. "delivered"/"read" come from the widget's receipts.
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
