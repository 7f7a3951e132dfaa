#pragma once
#include "channels/channel.h"
#include "channels/telegram/telegramconfig.h"

#include <QObject>
#include <QTimer>

namespace jack::channels {

class TelegramBotApi;

//! Webhook mode: tells Telegram where to post updates (setWebhook with the hotel's public URL
//! + /webhooks/telegram and the secret token), retrying with backoff until it is accepted.
class TelegramWebhookSetup : public QObject {
    Q_OBJECT
public:
    TelegramWebhookSetup(
        const ChannelContext &context, TelegramBotApi *api, QObject *parent = nullptr);

    void start(const TelegramConfig &config);
    void stop();

private:
    void registerWebhook();
    void retryLater(const QString &status, const QString &why, int delayMs);

    ChannelContext m_ctx;
    TelegramBotApi *m_api;
    TelegramConfig m_config;
    QTimer m_retry;
    quint64 m_generation = 0;
    int m_failures = 0;
};

} // namespace jack::channels
