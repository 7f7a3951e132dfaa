#include "channels/telegram/telegramwebhooksetup.h"

#include "channels/telegram/telegrambotapi.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/appsettings.h"

#include <QJsonArray>
#include <algorithm>

namespace jack::channels {

namespace {
const QString kService = QStringLiteral("channels.telegram");
constexpr int kMaxBackoffMs = 300000;
} // namespace

TelegramWebhookSetup::TelegramWebhookSetup(
    const ChannelContext &context, TelegramBotApi *api, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TelegramWebhookSetup::registerWebhook);
}

void TelegramWebhookSetup::start(const TelegramConfig &config)
{
    stop();
    m_config = config;
    m_failures = 0;
    registerWebhook();
}

void TelegramWebhookSetup::stop()
{
    ++m_generation;
    m_retry.stop();
}

void TelegramWebhookSetup::registerWebhook()
{
    if (m_config.webhookSecret.isEmpty()) {
        // Without the secret the hub could not tell Telegram's posts from anyone's.
        m_ctx.status->set(kService, QStringLiteral("error"),
            QStringLiteral("Webhook mode needs a webhook secret token: add one in Settings → "
                           "Telegram, or switch to polling"));
        return;
    }
    // Read on every attempt: saving the hotel's public address fixes a waiting setup.
    const QString publicUrl = storage::HotelSettings::publicBaseUrl(m_ctx.db());
    if (publicUrl.isEmpty())
        return retryLater(QStringLiteral("error"),
            QStringLiteral("Webhook mode needs the hotel's public address (Settings → Hotel); "
                           "polling works without one"),
            60000);
    const QString url = publicUrl + QStringLiteral("/webhooks/telegram");
    const QJsonObject parameters { { "url", url }, { "secret_token", m_config.webhookSecret },
        { "allowed_updates",
            QJsonArray { QStringLiteral("message"), QStringLiteral("edited_message") } } };
    const quint64 generation = m_generation;
    m_api->call(m_config, QStringLiteral("setWebhook"), parameters, TelegramBotApi::kCallTimeoutMs,
        [this, generation, url](const TelegramAnswer &answer) {
            if (generation != m_generation)
                return;
            if (!answer.ok) {
                const int backoff = std::min(2000 << std::min(m_failures, 8), kMaxBackoffMs);
                return retryLater(answer.badToken() || answer.errorCode == 400
                        ? QStringLiteral("error")
                        : QStringLiteral("degraded"),
                    QStringLiteral("Telegram did not accept the webhook: %1").arg(answer.explain()),
                    std::max(backoff, answer.retryAfterSeconds * 1000));
            }
            m_failures = 0;
            ops::Logging::get("channels.telegram")
                ->info("Telegram webhook set to {}", url.toStdString());
            m_ctx.status->set(kService, QStringLiteral("ok"),
                QStringLiteral("Telegram delivers messages to %1").arg(url));
        });
}

void TelegramWebhookSetup::retryLater(const QString &status, const QString &why, int delayMs)
{
    ++m_failures;
    ops::Logging::get("channels.telegram")
        ->warn("Telegram webhook setup: {}; retrying in {} ms", why.toStdString(), delayMs);
    m_ctx.status->set(
        kService, status, QStringLiteral("%1. Retrying in %2 s.").arg(why).arg(delayMs / 1000));
    m_retry.start(delayMs);
}

} // namespace jack::channels
