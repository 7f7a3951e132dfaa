#include "channels/outboxworker.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>

namespace jack::channels {

namespace {
constexpr int kBatch = 20;
constexpr int kSafetyPollMs = 5000;

const char *describe(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Sent:
        return "sent";
    case SendOutcome::Retry:
        return "will retry";
    case SendOutcome::Failed:
        return "failed";
    }
    return "?";
}
} // namespace

OutboxWorker::OutboxWorker(const ChannelContext &context, ChannelLookup lookup, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_lookup(std::move(lookup))
{
}

void OutboxWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::wake);
    // A send cut off by a crash may or may not have reached the provider; sending it again is
    // better than losing it (at-least-once).
    m_ctx.writer->submit(
        [](storage::WriteTx &tx) -> QJsonValue {
            return storage::OutboxStore(tx.db()).recoverInterrupted();
        },
        this,
        [this](const storage::WriteResult &r) {
            const int interrupted = r.value.toInt();
            if (interrupted > 0)
                ops::Logging::get("channels")
                    ->warn("{} sends were interrupted by the last stop; sending them again",
                        interrupted);
            const int pending = storage::OutboxStore(m_ctx.db()).pendingCount();
            if (pending > 0)
                ops::Logging::get("channels")
                    ->info("resuming {} unsent messages from the outbox", pending);
            wake();
        });
}

void OutboxWorker::stop()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
}

void OutboxWorker::wake()
{
    if (m_stopping || !m_timer)
        return;
    qint64 pacedWait = -1;
    try {
        const auto items = storage::OutboxStore(m_ctx.db()).due(core::Clock::now(), kBatch);
        for (const storage::OutboxItem &item : items) {
            if (m_inFlight.contains(item.id))
                continue;
            Channel *channel = m_lookup(item.channel);
            if (!channel) {
                m_inFlight.insert(item.id);
                record(item,
                    SendResult { SendOutcome::Failed, {},
                        QStringLiteral("Jack cannot send on the %1 channel").arg(item.channel), {},
                        0, {} });
                continue;
            }
            const qint64 wait = m_pacer.take(channel->pacing(item));
            if (wait > 0) {
                pacedWait = pacedWait < 0 ? wait : std::min(pacedWait, wait);
                continue;
            }
            begin(item, channel);
        }
    } catch (const std::exception &e) {
        ops::Logging::get("channels")->error("outbox scan failed: {}", e.what());
    }
    scheduleNext(pacedWait);
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxWorker::scheduleNext(qint64 pacedWaitMs)
{
    if (m_stopping || !m_timer)
        return;
    qint64 delay = kSafetyPollMs;
    try {
        const auto next = storage::OutboxStore(m_ctx.db()).nextDue();
        if (next)
            delay = std::clamp<qint64>(core::Clock::now().msecsTo(*next), 50, kSafetyPollMs);
    } catch (const std::exception &) {
    }
    if (pacedWaitMs > 0)
        delay = std::min(delay, std::max<qint64>(pacedWaitMs, 20));
    // Never push an earlier wake-up further out.
    if (m_timer->isActive() && m_timer->remainingTime() < delay)
        return;
    m_timer->start(int(delay));
}

void OutboxWorker::begin(const storage::OutboxItem &item, Channel *channel)
{
    m_inFlight.insert(item.id);
    // The row says "sending" on disk before the provider is called, so a crash leaves a trace.
    m_ctx.writer->submit(
        [id = item.id, messageId = item.messageId](storage::WriteTx &tx) -> QJsonValue {
            if (!storage::OutboxStore(tx.db()).markSending(id))
                return false;
            storage::MessageStore messages(tx.db());
            tx.recordChange(QStringLiteral("message:status"), messageId, messages.get(messageId));
            return true;
        },
        this,
        [this, item, channel](const storage::WriteResult &r) {
            if (!r.ok || !r.value.toBool() || m_stopping) {
                finished(item.id);
                return;
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            channel->send(item, [this, item, timer](const SendResult &result) {
                ops::Logging::get("channels." + item.channel.toStdString())
                    ->info("send for conversation {} message {}: {} (took {} ms, attempt {})",
                        item.conversationId.toStdString(), item.messageId.toStdString(),
                        describe(result.outcome), timer->elapsed(), item.attempts + 1);
                record(item, result);
            });
        },
        storage::WriteQueue::Lane::Background);
}

void OutboxWorker::record(const storage::OutboxItem &item, const SendResult &result)
{
    m_ctx.writer->submit(
        [item, result](storage::WriteTx &tx) -> QJsonValue {
            storage::OutboxStore outbox(tx.db());
            storage::MessageStore messages(tx.db());
            const int attempts = item.attempts + 1;
            if (result.outcome == SendOutcome::Sent) {
                outbox.markSent(item.id, attempts);
                if (!result.channelMessageId.isEmpty())
                    messages.setChannelId(item.messageId, result.channelMessageId);
                if (!result.meta.isEmpty()) {
                    QJsonObject meta = item.meta;
                    for (auto it = result.meta.begin(); it != result.meta.end(); ++it)
                        meta.insert(it.key(), it.value());
                    messages.setMeta(item.messageId, meta);
                }
                messages.applyStatus(item.messageId, QStringLiteral("sent"), {});
                // The provider may have reported "delivered" before we stored its id.
                if (!result.channelMessageId.isEmpty()) {
                    for (const auto &[status, error] :
                        messages.takeHeldStatuses(item.channel, result.channelMessageId))
                        messages.applyStatus(item.messageId, status, error);
                }
            } else if (result.outcome == SendOutcome::Failed || RetryPolicy::exhausted(attempts)) {
                outbox.markFailed(item.id, attempts, result.error, result.errorCode);
                messages.applyStatus(item.messageId, QStringLiteral("failed"), result.error);
            } else {
                const qint64 delay = std::max<qint64>(
                    RetryPolicy::delayAfter(attempts).count(), result.retryAfterMs);
                outbox.reschedule(item.id, attempts, core::Clock::now().addMSecs(delay),
                    result.error, result.errorCode);
                // Staff see why a message is still pending, not just a clock.
                messages.setDeliveryNote(item.messageId, result.error);
            }
            tx.recordChange(
                QStringLiteral("message:status"), item.messageId, messages.get(item.messageId));
            return {};
        },
        this, [this, id = item.id](const storage::WriteResult &) { finished(id); },
        storage::WriteQueue::Lane::Background);
}

void OutboxWorker::finished(const QString &id)
{
    m_inFlight.remove(id);
    scheduleNext();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

} // namespace jack::channels
