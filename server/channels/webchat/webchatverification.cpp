#include "channels/webchat/webchatverification.h"

#include "channels/webchat/webchatsessions.h"
#include "core/clock.h"
#include "storage/conversationstore.h"
#include "storage/sqlquery.h"
#include "storage/writequeue.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace jack::channels {

using storage::SqlQuery;

QByteArray WebchatVerification::digest(const QString &reference)
{
    // Hashing first gives every comparison the same length, so sodium_memcmp's constant time
    // does not depend on how long the stored or the typed reference is.
    const QString normalised = reference.trimmed().toUpper().remove(QLatin1Char(' '));
    return QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256);
}

WebchatVerification::Result WebchatVerification::verify(storage::WriteTx &tx,
    const QString &sessionId, const QString &bookingReference, const QString &lastName)
{
    WebchatSessions sessions(tx.db());
    const auto session = sessions.byId(sessionId);
    if (!session)
        return { Outcome::UnknownSession, 0, {}, {}, {} };
    if (session->verifyAttempts >= kMaxAttempts)
        return { Outcome::Locked, 0, {}, {}, {} };

    const QByteArray wanted = digest(bookingReference);
    const QString name = lastName.trimmed().normalized(QString::NormalizationForm_C);
    // Every reservation is compared, whatever matches early, so the time taken does not tell
    // how close a guess was. A hotel holds thousands of reservations at most.
    SqlQuery q(tx.db(),
        QStringLiteral("SELECT r.id, r.confirmation_number, r.guest_id, g.last_name, "
                       "g.first_name FROM reservations r JOIN guests g ON g.id = r.guest_id"));
    q.exec();
    Result found { Outcome::Failed, 0, {}, {}, {} };
    while (q.next()) {
        const QByteArray stored = digest(q.value(1).toString());
        const bool referenceMatches
            = sodium_memcmp(stored.constData(), wanted.constData(), size_t(wanted.size())) == 0;
        const bool nameMatches = !name.isEmpty()
            && QString::compare(
                   q.value(3).toString().trimmed().normalized(QString::NormalizationForm_C), name,
                   Qt::CaseInsensitive)
                == 0;
        if (referenceMatches && nameMatches && found.outcome != Outcome::Verified) {
            found.outcome = Outcome::Verified;
            found.reservationId = q.value(0).toString();
            found.guestId = q.value(2).toString();
            found.firstName = q.value(4).toString();
        }
    }
    if (found.outcome != Outcome::Verified) {
        sessions.countFailedVerification(sessionId);
        const int left = kMaxAttempts - session->verifyAttempts - 1;
        return { left > 0 ? Outcome::Failed : Outcome::Locked, std::max(0, left), {}, {}, {} };
    }
    sessions.markVerified(sessionId, found.guestId, found.reservationId);
    if (!session->conversationId.isEmpty())
        linkConversation(tx, session->conversationId, found.guestId);
    return found;
}

bool WebchatVerification::linkConversation(
    storage::WriteTx &tx, const QString &conversationId, const QString &guestId)
{
    SqlQuery current(tx.db(), QStringLiteral("SELECT guest_id FROM conversations WHERE id = ?"));
    current.bind(conversationId).exec();
    if (!current.next() || current.value(0).toString() == guestId)
        return false;
    const QString previous = current.value(0).toString();
    // The anonymous guest made for the chat stays (other records may point at it); only this
    // conversation and what was made from it move to the verified guest.
    SqlQuery(tx.db(),
        QStringLiteral("UPDATE conversations SET guest_id = ?, updated_at = ? WHERE id = ?"))
        .bind(guestId)
        .bind(core::Clock::nowIso())
        .bind(conversationId)
        .exec();
    SqlQuery(tx.db(),
        QStringLiteral("UPDATE tasks SET guest_id = ? WHERE conversation_id = ? AND guest_id = ?"))
        .bind(guestId)
        .bind(conversationId)
        .bind(previous)
        .exec();
    tx.recordChange(QStringLiteral("conversation:updated"), conversationId,
        storage::ConversationStore(tx.db()).get(conversationId));
    return true;
}

} // namespace jack::channels
