#include "channels/emailfallback.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "storage/appsettings.h"
#include "storage/conversationstore.h"
#include "storage/messagestore.h"
#include "storage/outboundmessage.h"
#include "storage/sqlquery.h"
#include "storage/writequeue.h"

#include <QJsonArray>
#include <QTimer>

namespace jack::channels {

namespace {
constexpr int kCheckMs = 30000;
constexpr int kBatch = 20;
// Older replies are history, not something to chase when the fallback is switched on.
constexpr int kMaxAgeHours = 24;

//! A reply waiting too long: who to write to instead.
struct Overdue {
    QString messageId, guestId, email, content;
};

QList<Overdue> overdue(const QSqlDatabase &db, const QDateTime &before)
{
    storage::SqlQuery q(db,
        QStringLiteral(
            "SELECT m.id, c.guest_id, g.email, m.content FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id JOIN guests g ON g.id = c.guest_id "
            "WHERE m.direction = 'outbound' AND m.sender_type IN ('ai', 'staff') "
            "AND m.channel <> 'email' AND g.email IS NOT NULL AND g.email <> '' "
            "AND m.created_at < ? AND m.created_at > ? "
            "AND json_extract(m.meta, '$.fallbackMessageId') IS NULL "
            "AND (m.delivery_status IN ('pending', 'sent', 'failed') "
            "     OR (m.channel = 'webchat' AND m.delivery_status <> 'read')) "
            "ORDER BY m.created_at LIMIT ?"));
    q.bind(core::Clock::toIso(before))
        .bind(core::Clock::toIso(before.addSecs(-kMaxAgeHours * 3600)))
        .bind(kBatch)
        .exec();
    QList<Overdue> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() });
    return out;
}
} // namespace

EmailFallback::EmailFallback(const ChannelContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void EmailFallback::start()
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &EmailFallback::check);
    m_timer->start(kCheckMs);
    check();
}

void EmailFallback::stop()
{
    if (m_timer)
        m_timer->stop();
}

void EmailFallback::check()
{
    if (m_busy)
        return;
    QList<Overdue> items;
    try {
        const auto email
            = storage::AppSettings::load(m_ctx.db(), *m_ctx.secrets, QStringLiteral("email"));
        const int minutes = email.integer(QStringLiteral("fallbackMinutes"), 0);
        if (!email.enabled || !email.complete() || minutes <= 0)
            return;
        items = overdue(m_ctx.db(), core::Clock::now().addSecs(-qint64(minutes) * 60));
    } catch (const std::exception &e) {
        ops::Logging::get("channels")->error("e-mail fallback scan failed: {}", e.what());
        return;
    }
    if (items.isEmpty())
        return;
    m_busy = true;
    m_ctx.writer->submit(
        [items](storage::WriteTx &tx) -> QJsonValue {
            storage::MessageStore messages(tx.db());
            storage::ConversationStore conversations(tx.db());
            int sent = 0;
            for (const Overdue &o : items) {
                const QJsonObject original = messages.get(o.messageId);
                QJsonObject meta = original.value(QLatin1String("meta")).toObject();
                // Re-checked inside the transaction: a late "delivered" wins over the fallback.
                const QString status = original.value(QLatin1String("deliveryStatus")).toString();
                const bool stillOverdue = !meta.contains(QLatin1String("fallbackMessageId"))
                    && (status == QLatin1String("pending") || status == QLatin1String("sent")
                        || status == QLatin1String("failed")
                        || (original.value(QLatin1String("channel")).toString()
                                == QLatin1String("webchat")
                            && status != QLatin1String("read")));
                if (!stillOverdue)
                    continue;
                bool created = false;
                const auto conversation
                    = conversations.openFor(o.guestId, QStringLiteral("email"), o.email, &created);
                if (created)
                    tx.recordChange(QStringLiteral("conversation:created"), conversation.id,
                        conversations.get(conversation.id));
                storage::NewMessage copy;
                copy.conversationId = conversation.id;
                copy.senderType = original.value(QLatin1String("senderType")).toString();
                copy.senderId = original.value(QLatin1String("senderId")).toString();
                copy.content = o.content;
                copy.channel = QStringLiteral("email");
                copy.meta = QJsonObject { { "fallbackFor", o.messageId },
                    { "fallbackFromChannel", original.value(QLatin1String("channel")) } };
                const QJsonObject queued = storage::OutboundMessage::queue(tx, copy, o.email);
                meta.insert(QStringLiteral("fallbackMessageId"), queued.value(QLatin1String("id")));
                messages.setMeta(o.messageId, meta);
                tx.recordChange(
                    QStringLiteral("message:status"), o.messageId, messages.get(o.messageId));
                ++sent;
            }
            return sent;
        },
        this,
        [this](const storage::WriteResult &r) {
            m_busy = false;
            if (!r.ok)
                ops::Logging::get("channels")
                    ->error("e-mail fallback not queued: {}", r.message.toStdString());
            else if (r.value.toInt() > 0)
                ops::Logging::get("channels")
                    ->info("{} undelivered replies re-sent by e-mail", r.value.toInt());
        },
        storage::WriteQueue::Lane::Background);
}

} // namespace jack::channels
