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
    //! Revokes the token and returns its staff id when it was valid and unused.
    [[nodiscard]] std::optional<QString> consume(const QString &tokenHash);
    void revoke(const QString &tokenHash);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
