#include "channels/whatsapp/whatsappcoalescer.h"

#include "core/clock.h"
#include "storage/messagestore.h"
#include "storage/writequeue.h"

#include <QStringList>

namespace jack::channels {

namespace {
const QString kSeparator = QStringLiteral("\n\n");
}

bool WhatsAppCoalescer::isAutomaticText(const storage::OutboxItem &item)
{
    return item.kind == QLatin1String("text")
        && (item.senderType == QLatin1String("ai") || item.senderType == QLatin1String("system"));
}

QList<storage::OutboxItem> WhatsAppCoalescer::claimFollowers(
    storage::WriteTx &tx, const storage::OutboxItem &lead)
{
    storage::OutboxStore outbox(tx.db());
    QList<storage::OutboxItem> claimed;
    qsizetype size = lead.content.size();
    for (const storage::OutboxItem &next : outbox.queuedAfter(lead.id, kMaxRows)) {
        // Order is a promise to the guest: a staff message in between ends the run.
        if (!isAutomaticText(next) || next.conversationId != lead.conversationId)
            break;
        size += kSeparator.size() + next.content.size();
        if (size > kMaxChars)
            break;
        if (!outbox.markSending(next.id))
            break;
        claimed.append(next);
    }
    return claimed;
}

QString WhatsAppCoalescer::join(
    const storage::OutboxItem &lead, const QList<storage::OutboxItem> &followers)
{
    QStringList parts { lead.content };
    for (const storage::OutboxItem &f : followers)
        parts.append(f.content);
    return parts.join(kSeparator);
}

void WhatsAppCoalescer::settle(storage::WriteTx &tx, const QList<storage::OutboxItem> &followers,
    const QString &leadMessageId, const SendResult &result)
{
    storage::OutboxStore outbox(tx.db());
    storage::MessageStore messages(tx.db());
    for (const storage::OutboxItem &f : followers) {
        if (result.outcome == SendOutcome::Sent) {
            outbox.markSent(f.id, f.attempts + 1);
            QJsonObject meta = f.meta;
            meta.insert(QStringLiteral("coalescedInto"), leadMessageId);
            messages.setMeta(f.messageId, meta);
            messages.applyStatus(f.messageId, QStringLiteral("sent"), {});
        } else if (result.outcome == SendOutcome::Failed) {
            outbox.markFailed(f.id, f.attempts + 1, result.error, result.errorCode);
            messages.applyStatus(f.messageId, QStringLiteral("failed"), result.error);
        } else {
            // Due at once but held behind the lead (one recipient's rows go in order); the
            // lead's next attempt claims it again. Its own attempt count is untouched.
            outbox.reschedule(f.id, f.attempts, core::Clock::now(), result.error, result.errorCode);
            messages.setDeliveryNote(f.messageId, result.error);
        }
        tx.recordChange(QStringLiteral("message:status"), f.messageId, messages.get(f.messageId));
    }
}

} // namespace jack::channels
