#include "channels/outboxworker.h"

#include "channels/retrypolicy.h"
#include "channels/whatsapp/graphclient.h"
#include "channels/whatsapp/whatsappconfig.h"
#include "core/clock.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/outboxstore.h"
#include "storage/settingsstore.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>

namespace jack::channels {

namespace {
constexpr int kBatch = 20;
constexpr int kSafetyPollMs = 5000;
} // namespace

OutboxWorker::OutboxWorker(
    QString databasePath, storage::WriteQueue *writer, const ops::SecretStore *secrets)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("outbox-%1").arg(quintptr(this)))
    , m_writer(writer)
    , m_secrets(secrets)
{
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_graph = new GraphClient(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OutboxWorker::wake);
    const int pending
        = storage::OutboxStore(QSqlDatabase::database(m_connectionName)).pendingCount();
    if (pending > 0)
        ops::Logging::get("channels")->info("resuming {} unsent messages from the outbox", pending);
    wake();
}

void OutboxWorker::stop()
{
    m_stopping = true;
    if (m_timer)
        m_timer->stop();
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

void OutboxWorker::wake()
{
    if (m_stopping || !m_timer)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    try {
        const auto items = storage::OutboxStore(db).due(core::Clock::now(), kBatch);
        // Settings are read once per scan, so a change made by an admin applies to the next one.
        const WhatsAppConfig whatsapp = items.isEmpty()
            ? WhatsAppConfig {}
            : WhatsAppConfig::load(storage::SettingsStore(db), *m_secrets);
        for (const storage::OutboxItem &item : items) {
            if (!m_inFlight.contains(item.id))
                send(item, whatsapp);
        }
    } catch (const std::exception &e) {
        ops::Logging::get("channels")->error("outbox scan failed: {}", e.what());
    }
    scheduleNext();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

void OutboxWorker::scheduleNext()
{
    if (m_stopping)
        return;
    int delay = kSafetyPollMs;
    try {
        const auto next = storage::OutboxStore(QSqlDatabase::database(m_connectionName)).nextDue();
        if (next)
            delay = int(std::clamp<qint64>(core::Clock::now().msecsTo(*next), 50, kSafetyPollMs));
    } catch (const std::exception &) {
    }
    m_timer->start(delay);
}

void OutboxWorker::send(const storage::OutboxItem &item, const WhatsAppConfig &config)
{
    auto log = ops::Logging::get("channels.whatsapp");
    if (item.channel != QLatin1String("whatsapp")) {
        record(item,
            SendResult { SendOutcome::Failed, {},
                QStringLiteral("The %1 channel is not available yet").arg(item.channel) });
        return;
    }
    if (!config.canSend()) {
        record(item,
            SendResult { SendOutcome::Retry, {},
                QStringLiteral("WhatsApp is not connected: add the access token "
                               "and phone number id in Settings") });
        return;
    }
    m_inFlight.insert(item.id);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_graph->sendText(
        config, item.recipient, item.content, [this, item, timer, log](const SendResult &result) {
            log->info("send for conversation {} message {}: {} (took {} ms, attempt {})",
                item.conversationId.toStdString(), item.messageId.toStdString(),
                result.outcome == SendOutcome::Sent        ? "sent"
                    : result.outcome == SendOutcome::Retry ? "will retry"
                                                           : "failed",
                timer->elapsed(), item.attempts + 1);
            record(item, result);
        });
}

void OutboxWorker::record(const storage::OutboxItem &item, const SendResult &result)
{
    m_inFlight.insert(item.id);
    m_writer->submit(
        [item, result](storage::WriteTx &tx) -> QJsonValue {
            storage::OutboxStore outbox(tx.db());
            storage::MessageStore messages(tx.db());
            const int attempts = item.attempts + 1;
            bool changed = false;
            if (result.outcome == SendOutcome::Sent) {
                outbox.markSent(item.id);
                messages.setChannelId(item.messageId, result.channelMessageId);
                changed = messages.applyStatus(item.messageId, QStringLiteral("sent"), {});
                // Meta may have reported "delivered" before we stored the id: apply it now.
                for (const auto &[status, error] :
                    messages.takeHeldStatuses(item.channel, result.channelMessageId))
                    changed = messages.applyStatus(item.messageId, status, error) || changed;
            } else if (result.outcome == SendOutcome::Failed || RetryPolicy::exhausted(attempts)) {
                outbox.markFailed(item.id, attempts, result.error);
                changed
                    = messages.applyStatus(item.messageId, QStringLiteral("failed"), result.error);
            } else {
                const auto delay = RetryPolicy::delayAfter(attempts);
                outbox.reschedule(
                    item.id, attempts, core::Clock::now().addMSecs(delay.count()), result.error);
                // Staff see why a message is still pending, not just a clock.
                changed = messages.setDeliveryNote(item.messageId, result.error);
            }
            if (changed)
                tx.recordChange(
                    QStringLiteral("message:status"), item.messageId, messages.get(item.messageId));
            return {};
        },
        this,
        [this, id = item.id](const storage::WriteResult &) {
            m_inFlight.remove(id);
            scheduleNext();
            if (m_inFlight.isEmpty())
                Q_EMIT idle();
        },
        storage::WriteQueue::Lane::Background);
}

} // namespace jack::channels
