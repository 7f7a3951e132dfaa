#include "channels/webchat/webchatsessions.h"

#include "core/clock.h"
#include "core/ids.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace jack::channels {

using storage::SqlQuery;

QString WebchatSessions::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString WebchatSessions::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<WebchatSession> WebchatSessions::byToken(const QString &token) const
{
    // Our tokens are 43 base64url characters; anything else cannot be one.
    if (token.size() < 22 || token.size() > 128)
        return std::nullopt;
    return find(QStringLiteral("token_hash"), hashToken(token));
}

std::optional<WebchatSession> WebchatSessions::byId(const QString &id) const
{
    return find(QStringLiteral("id"), id);
}

std::optional<WebchatSession> WebchatSessions::find(
    const QString &column, const QString &value) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT id, conversation_id, guest_id, reservation_id, verify_attempts "
                       "FROM webchat_sessions WHERE %1 = ?")
            .arg(column));
    q.bind(value).exec();
    if (!q.next())
        return std::nullopt;
    return WebchatSession { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toInt() };
}

QString WebchatSessions::create(const QString &token, const QString &language)
{
    const QString id = core::Ids::make();
    const QString now = core::Clock::nowIso();
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO webchat_sessions (id, token_hash, language, created_at, "
                       "last_seen_at) VALUES (?,?,?,?,?)"))
        .bind(id)
        .bind(hashToken(token))
        .bind(language.isEmpty() ? QVariant() : QVariant(language.left(16)))
        .bind(now)
        .bind(now)
        .exec();
    return id;
}

void WebchatSessions::touch(const QString &id)
{
    SqlQuery(m_db, QStringLiteral("UPDATE webchat_sessions SET last_seen_at = ? WHERE id = ?"))
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void WebchatSessions::setConversation(const QString &id, const QString &conversationId)
{
    SqlQuery(m_db,
        QStringLiteral(
            "UPDATE webchat_sessions SET conversation_id = ?, last_seen_at = ? WHERE id = ?"))
        .bind(conversationId)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

void WebchatSessions::countFailedVerification(const QString &id)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE webchat_sessions SET verify_attempts = verify_attempts + 1 WHERE "
                       "id = ?"))
        .bind(id)
        .exec();
}

void WebchatSessions::markVerified(
    const QString &id, const QString &guestId, const QString &reservationId)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE webchat_sessions SET guest_id = ?, reservation_id = ?, "
                       "verified_at = ? WHERE id = ?"))
        .bind(guestId)
        .bind(reservationId)
        .bind(core::Clock::nowIso())
        .bind(id)
        .exec();
}

} // namespace jack::channels
