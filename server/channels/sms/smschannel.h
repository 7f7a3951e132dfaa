#pragma once
#include "channels/channel.h"
#include "channels/sms/smsconfig.h"

#include <optional>

namespace jack::channels {

class TwilioClient;

//! SMS and MMS through Twilio Programmable Messaging. Inbound messages and delivery reports
//! arrive as webhooks (gateway/smsroutes.cpp); this class sends, paces and downloads media.
class SmsChannel : public Channel {
    Q_OBJECT
public:
    SmsChannel(const ChannelContext &context, QObject *parent = nullptr);
    [[nodiscard]] QString id() const override { return QStringLiteral("sms"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("twilio-sms"); }
    void start() override;
    void reconfigure() override;
    void send(const storage::OutboxItem &item, SendCallback done) override;
    //! Per sender, in segments: Twilio queues a number's messages at its segments-per-second
    //! rate and drops what waits too long, so Jack keeps to that rate itself.
    [[nodiscard]] Pacing pacing(const storage::OutboxItem &item) const override;
    void fetchMedia(const storage::MediaRecord &media, FetchCallback done) override;
    void testConnection(TestCallback done) override;

private:
    //! The app's settings, read once until saved again; the hotel's public URL is read each
    //! time (it is saved elsewhere and nothing tells this channel).
    [[nodiscard]] SmsConfig config() const;
    void report(const SendResult &result);

    TwilioClient *m_client;
    mutable std::optional<SmsConfig> m_config;
};

} // namespace jack::channels
