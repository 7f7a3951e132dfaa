#pragma once
#include <QByteArray>

namespace jack::channels {

//! Meta's X-Hub-Signature-256 check: HMAC-SHA256 of the raw body bytes, key = app secret.
class WhatsAppSignature {
public:
    //! "sha256=" + lowercase hex
    [[nodiscard]] static QByteArray sign(const QByteArray &appSecret, const QByteArray &body);
    //! Constant-time comparison; false for a missing or malformed header.
    [[nodiscard]] static bool verify(
        const QByteArray &appSecret, const QByteArray &body, const QByteArray &header);
};

} // namespace jack::channels
