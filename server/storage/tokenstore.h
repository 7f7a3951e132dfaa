#pragma once
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! Refresh tokens, stored only as their SHA-256 hash; each is used once.
class TokenStore {
public:
    explicit TokenStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    void insert(const QString &tokenHash, const QString &staffId, const QDateTime &expiresAt);
    //! What a consumed refresh token was good for.
    struct Grant {
        QString staffId;
        QDateTime expiresAt; // a rotated token keeps the session's end, it does not extend it
    };
    //! Revokes the token and returns its grant when it was valid and unused.
    [[nodiscard]] std::optional<Grant> consume(const QString &tokenHash);
    //! Revokes the token when it belongs to `staffId`.
    void revoke(const QString &tokenHash, const QString &staffId);
    //! Revokes every session of `staffId` (a password reset or a deactivation signs them out).
    void revokeAll(const QString &staffId);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
