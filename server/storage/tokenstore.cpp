#include "storage/tokenstore.h"

#include "core/clock.h"
#include "storage/sqlquery.h"

namespace jack::storage {

void TokenStore::insert(
    const QString &tokenHash, const QString &staffId, const QDateTime &expiresAt)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO refresh_tokens (token_hash, staff_id, expires_at, "
                       "created_at) VALUES (?,?,?,?)"))
        .bind(tokenHash)
        .bind(staffId)
        .bind(core::Clock::toIso(expiresAt))
        .bind(core::Clock::nowIso())
        .exec();
}

std::optional<TokenStore::Grant> TokenStore::consume(const QString &tokenHash)
{
    // One UPDATE decides: a token raced by two refreshes is granted to one of them only.
    SqlQuery q(m_db,
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? "
                       "AND revoked_at IS NULL AND expires_at > ? RETURNING staff_id, expires_at"));
    const QString now = core::Clock::nowIso();
    q.bind(now).bind(tokenHash).bind(now).exec();
    if (!q.next())
        return std::nullopt;
    return Grant { q.value(0).toString(), core::Clock::fromIso(q.value(1).toString()) };
}

void TokenStore::revoke(const QString &tokenHash, const QString &staffId)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND "
                       "staff_id = ? AND revoked_at IS NULL"))
        .bind(core::Clock::nowIso())
        .bind(tokenHash)
        .bind(staffId)
        .exec();
}

void TokenStore::revokeAll(const QString &staffId)
{
    SqlQuery(m_db,
        QStringLiteral("UPDATE refresh_tokens SET revoked_at = ? WHERE staff_id = ? AND "
                       "revoked_at IS NULL"))
        .bind(core::Clock::nowIso())
        .bind(staffId)
        .exec();
}

} // namespace jack::storage
