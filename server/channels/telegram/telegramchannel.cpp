#include "channels/telegram/telegramchannel.h"

#include "channels/telegram/telegrambotapi.h"
#include "channels/telegram/telegrampoller.h"
#include "channels/telegram/telegramwebhooksetup.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/mediastore.h"
#include "storage/outboxstore.h"

namespace jack::channels {

TelegramChannel::TelegramChannel(const ChannelContext &context, QObject *parent)
    : Channel(context, parent)
    , m_api(new TelegramBotApi(context.network, this))
    , m_poller(new TelegramPoller(context, m_api, this))
    , m_webhook(new TelegramWebhookSetup(context, m_api, this))
{
}

const TelegramConfig &TelegramChannel::config()
{
    if (!m_config)
        m_config = TelegramConfig::load(m_ctx.db(), *m_ctx.secrets);
    return *m_config;
}

void TelegramChannel::start()
{
    m_started = true;
    startReceiver();
}

void TelegramChannel::stop()
{
    m_started = false;
    m_poller->stop();
    m_webhook->stop();
}

void TelegramChannel::reconfigure()
{
    m_config.reset();
    if (!m_started)
        return;
    m_poller->stop();
    m_webhook->stop();
    startReceiver();
}

void TelegramChannel::startReceiver()
{
    const TelegramConfig &c = config();
    if (!c.canCall()) {
        // Off or not set up: nothing to report as broken.
        m_ctx.status->clear(QStringLiteral("channels.telegram"));
        return;
    }
    ops::Logging::get("channels.telegram")
        ->info("Telegram receiving by {}", c.usesWebhook() ? "webhook" : "long polling");
    if (c.usesWebhook())
        m_webhook->start(c);
    else
        m_poller->start(c);
}

void TelegramChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    const TelegramConfig &c = config();
    if (!c.canCall()) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("Telegram is not connected: add the bot token in Settings"), {}, 0,
            {} });
        return;
    }
    m_api->call(c, QStringLiteral("sendMessage"),
        { { "chat_id", item.recipient }, { "text", item.content } }, TelegramBotApi::kCallTimeoutMs,
        [chatId = item.recipient, done = std::move(done)](
            const TelegramAnswer &answer) { done(TelegramBotApi::classifySend(answer, chatId)); });
}

Pacing TelegramChannel::pacing(const storage::OutboxItem &item) const
{
    // Telegram asks bots to stay near one message per second in one chat
    // (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this).
    return Pacing { QStringLiteral("telegram:") + item.recipient, 1.0, 1, 1 };
}

void TelegramChannel::fetchMedia(const storage::MediaRecord &media, FetchCallback done)
{
    const TelegramConfig &c = config();
    if (!c.canCall()) {
        done(FetchedMedia { false, false, {}, {}, {},
            QStringLiteral("Telegram is not connected: add the bot token in Settings") });
        return;
    }
    m_api->download(c, media.source,
        [media, done = std::move(done)](const TelegramAnswer &answer, const QByteArray &bytes) {
            FetchedMedia f;
            f.ok = answer.ok;
            if (!f.ok) {
                // A wrong file id or a file over the Bot API's 20 MB limit stays that way.
                f.permanent = answer.errorCode == 400;
                f.error = answer.explain();
                done(f);
                return;
            }
            f.bytes = bytes;
            // Telegram serves files as application/octet-stream; the update named the type.
            f.mimeType = media.mimeType;
            f.fileName = media.fileName;
            done(f);
        });
}

void TelegramChannel::testConnection(TestCallback done)
{
    // Tests what the admin saved, even before the app is switched on.
    TelegramConfig c = config();
    if (c.botToken.isEmpty()) {
        done(false, QStringLiteral("Add the bot token from @BotFather first"));
        return;
    }
    m_api->call(c, QStringLiteral("getMe"), {}, TelegramBotApi::kCallTimeoutMs,
        [done = std::move(done)](const TelegramAnswer &answer) {
            if (!answer.ok) {
                done(false, answer.explain());
                return;
            }
            const QString username
                = answer.result.toObject().value(QLatin1String("username")).toString();
            done(true, QStringLiteral("Connected as @%1").arg(username));
        });
}

} // namespace jack::channels
