#pragma once
#include <QByteArray>
#include <QString>
#include <optional>

namespace jack::gateway {

//! What a verified access token says.
struct AccessClaims {
    QString staffId;
    QString role;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
};

//! HS256 JWT access tokens (`sub`, `role`, `type: "access"`, `iat`, `exp`).
class AccessToken {
public:
    static constexpr int kLifetimeSeconds = 15 * 60;
    [[nodiscard]] static QByteArray issue(
        const QByteArray &key, const QString &staffId, const QString &role, qint64 nowSeconds);
    //! Checks signature (constant time), type and expiry.
    [[nodiscard]] static std::optional<AccessClaims> verify(
        const QByteArray &key, const QByteArray &token, qint64 nowSeconds);
};

} // namespace jack::gateway
