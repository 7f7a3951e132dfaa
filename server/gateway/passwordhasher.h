#pragma once
#include <QString>

namespace jack::gateway {

//! Staff passwords: Argon2id through libsodium at the "interactive" limits (a login costs
//! ~50 ms and 64 MiB; the "moderate" limits would need ~270 MB per concurrent login).
class PasswordHasher {
public:
    [[nodiscard]] static QString hash(const QString &password);
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    //! Why a password is too weak, or an empty string when it is acceptable.
    [[nodiscard]] static QString weakness(const QString &password);
};

} // namespace jack::gateway
