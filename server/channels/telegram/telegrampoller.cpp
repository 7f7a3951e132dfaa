#include "channels/telegram/telegrampoller.h"

#include "channels/inboundrecorder.h"
#include "channels/telegram/telegrambotapi.h"
#include "channels/telegram/telegramupdate.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/channelcursor.h"
#include "storage/writequeue.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <algorithm>

namespace jack::channels {

namespace {
const QString kService = QStringLiteral("channels.telegram");
const QString kChannel = QStringLiteral("telegram");
const QString kOffset = QStringLiteral("offset");
const QString kBot = QStringLiteral("bot"); // whose update ids the offset counts
constexpr int kMaxBackoffMs = 60000;

auto log()
{
    return ops::Logging::get("channels.telegram");
}
} // namespace

TelegramPoller::TelegramPoller(const ChannelContext &context, TelegramBotApi *api, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this]() {
        if (!m_webhookCleared)
            clearWebhook();
        else
            poll();
    });
}

qint64 TelegramPoller::storedOffset() const
{
    try {
        const storage::ChannelCursor cursor(m_ctx.db());
        // Update ids are per bot: another bot's offset would hide all of this bot's updates.
        if (cursor.get(kChannel, kBot) != m_config.botId())
            return -1;
        bool ok = false;
        const qint64 offset = cursor.get(kChannel, kOffset).toLongLong(&ok);
        return ok ? offset : -1;
    } catch (const std::exception &e) {
        log()->error("cannot read the Telegram offset: {}", e.what());
        return -1;
    }
}

void TelegramPoller::start(const TelegramConfig &config)
{
    stop();
    m_config = config;
    m_running = true;
    m_webhookCleared = false;
    m_failures = 0;
    m_healthy = false;
    m_offset = storedOffset();
    log()->info("Telegram long polling starting at offset {}", m_offset);
    m_ctx.status->set(kService, QStringLiteral("degraded"),
        QStringLiteral("Connecting to Telegram (long polling)"));
    clearWebhook();
}

void TelegramPoller::stop()
{
    ++m_generation;
    m_running = false;
    m_retry.stop();
    if (m_reply)
        m_reply->abort();
    m_reply = nullptr;
}

void TelegramPoller::clearWebhook()
{
    const quint64 generation = m_generation;
    m_reply = m_api->call(m_config, QStringLiteral("deleteWebhook"),
        { { "drop_pending_updates", false } }, TelegramBotApi::kCallTimeoutMs,
        [this, generation](const TelegramAnswer &answer) {
            if (generation != m_generation)
                return;
            if (!answer.ok)
                return retryLater(answer);
            m_webhookCleared = true;
            // The token works and Telegram answers: the long poll itself may stay silent
            // for kPollSeconds, so this is the moment to say so.
            markHealthy();
            poll();
        });
}

void TelegramPoller::poll()
{
    QJsonObject parameters { { "timeout", kPollSeconds },
        { "allowed_updates",
            QJsonArray { QStringLiteral("message"), QStringLiteral("edited_message") } } };
    if (m_offset >= 0)
        parameters.insert(QStringLiteral("offset"), m_offset);
    const quint64 generation = m_generation;
    m_reply = m_api->call(m_config, QStringLiteral("getUpdates"), parameters,
        (kPollSeconds + 15) * 1000, [this, generation](const TelegramAnswer &answer) {
            if (generation == m_generation)
                onUpdates(answer);
        });
}

void TelegramPoller::onUpdates(const TelegramAnswer &answer)
{
    m_reply = nullptr;
    if (!answer.ok)
        return retryLater(answer);
    markHealthy();

    QList<InboundMessage> inbound;
    qint64 next = m_offset;
    for (const QJsonValue &value : answer.result.toArray()) {
        QString error;
        const auto update = TelegramUpdateParser::parse(value.toObject(), &error);
        if (!update) {
            log()->warn("Telegram sent something that is not an update: {}", error.toStdString());
            continue;
        }
        next = std::max(next, update->updateId + 1);
        if (update->message)
            inbound.append(*update->message);
        else
            log()->info(
                "Telegram update {} skipped: {}", update->updateId, update->skipped.toStdString());
    }
    if (next == m_offset)
        return poll(); // the long poll ran out with nothing new

    const quint64 generation = m_generation;
    const QString botId = m_config.botId();
    // The messages and the offset commit together: after a crash Telegram hands over exactly
    // the updates that were not stored, and a redelivered one is caught by its message id.
    m_ctx.writer->submit(
        [inbound, next, botId](storage::WriteTx &tx) -> QJsonValue {
            int stored = 0;
            for (const InboundMessage &m : inbound) {
                if (InboundRecorder::record(tx, m))
                    ++stored;
            }
            storage::ChannelCursor cursor(tx.db());
            bool ok = false;
            const qint64 previous = cursor.get(kChannel, kOffset).toLongLong(&ok);
            // A batch of a stopped run may commit after a newer one: never move back.
            const bool sameBot = cursor.get(kChannel, kBot) == botId;
            if (!sameBot || !ok || previous < next) {
                cursor.set(kChannel, kOffset, QString::number(next));
                cursor.set(kChannel, kBot, botId);
            }
            return QJsonObject { { "stored", stored },
                { "duplicates", int(inbound.size()) - stored } };
        },
        this,
        [this, generation, next](const storage::WriteResult &r) {
            if (!r.ok) {
                log()->error("Telegram updates not stored: {}", r.message.toStdString());
                if (generation == m_generation)
                    retryLater(QStringLiteral("error"),
                        QStringLiteral("Telegram messages could not be stored: %1").arg(r.message),
                        5000);
                return;
            }
            const QJsonObject counts = r.value.toObject();
            log()->info("Telegram: {} messages stored, {} duplicates, next offset {}",
                counts.value(QLatin1String("stored")).toInt(),
                counts.value(QLatin1String("duplicates")).toInt(), next);
            if (generation != m_generation)
                return;
            m_offset = next;
            poll();
        });
}

void TelegramPoller::markHealthy()
{
    m_failures = 0;
    if (m_healthy)
        return;
    m_healthy = true;
    m_ctx.status->set(kService, QStringLiteral("ok"),
        QStringLiteral("Receiving Telegram messages by long polling"));
}

void TelegramPoller::retryLater(const TelegramAnswer &answer)
{
    m_reply = nullptr;
    if (answer.aborted)
        return;
    if (answer.errorCode == 409)
        m_webhookCleared = false; // someone set a webhook again: clear it before polling
    const int backoff = std::min(1000 << std::min(m_failures, 6), kMaxBackoffMs);
    const int delay = std::max(backoff, answer.retryAfterSeconds * 1000);
    retryLater(answer.badToken() ? QStringLiteral("error") : QStringLiteral("degraded"),
        answer.explain(), delay);
}

void TelegramPoller::retryLater(const QString &status, const QString &why, int delayMs)
{
    ++m_failures;
    m_healthy = false;
    log()->warn("Telegram polling: {}; retrying in {} ms", why.toStdString(), delayMs);
    m_ctx.status->set(kService, status,
        QStringLiteral("%1. Retrying in %2 s.").arg(why).arg((delayMs + 999) / 1000));
    m_retry.start(delayMs);
}

} // namespace jack::channels
