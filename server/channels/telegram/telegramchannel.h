#pragma once
#include "channels/channel.h"
#include "channels/telegram/telegramconfig.h"

#include <optional>

namespace jack::channels {

class TelegramBotApi;
class TelegramPoller;
class TelegramWebhookSetup;

//! Telegram through the Bot API: replies with sendMessage, receives by long polling (no
//! public address needed) or by webhook, downloads guests' files with getFile.
class TelegramChannel : public Channel {
    Q_OBJECT
public:
    TelegramChannel(const ChannelContext &context, QObject *parent = nullptr);
    [[nodiscard]] QString id() const override { return QStringLiteral("telegram"); }
    [[nodiscard]] QString appId() const override { return QStringLiteral("telegram"); }
    void start() override;
    void stop() override;
    void reconfigure() override;
    void send(const storage::OutboxItem &item, SendCallback done) override;
    [[nodiscard]] Pacing pacing(const storage::OutboxItem &item) const override;
    void fetchMedia(const storage::MediaRecord &media, FetchCallback done) override;
    void testConnection(TestCallback done) override;

private:
    //! Read once and kept until the app is saved again.
    const TelegramConfig &config();
    //! Starts the poller or the webhook setup the settings ask for.
    void startReceiver();

    TelegramBotApi *m_api;
    TelegramPoller *m_poller;
    TelegramWebhookSetup *m_webhook;
    std::optional<TelegramConfig> m_config;
    bool m_started = false;
};

} // namespace jack::channels
