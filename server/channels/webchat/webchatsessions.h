#pragma once
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::channels {

//! One browser's chat with the hotel.
struct WebchatSession {
    QString id;
    QString conversationId; // empty until the guest wrote
    QString guestId; // set once verified
    QString reservationId;
    int verifyAttempts = 0; // failed verifications
    [[nodiscard]] bool verified() const { return !guestId.isEmpty(); }
};

//! The webchat_sessions table. Sessions are found by their token, of which only a SHA-256
//! hash is stored: the token has 256 random bits, so a plain hash cannot be reversed.
class WebchatSessions {
public:
    explicit WebchatSessions(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    //! A fresh session token: 32 random bytes, base64url without padding.
    [[nodiscard]] static QString newToken();
    [[nodiscard]] static QString hashToken(const QString &token);

    //! Nothing when the token is unknown or malformed.
    [[nodiscard]] std::optional<WebchatSession> byToken(const QString &token) const;
    [[nodiscard]] std::optional<WebchatSession> byId(const QString &id) const;

    //! Stores a session for `token`; returns its id.
    QString create(const QString &token, const QString &language);
    void touch(const QString &id);
    void setConversation(const QString &id, const QString &conversationId);
    void countFailedVerification(const QString &id);
    void markVerified(const QString &id, const QString &guestId, const QString &reservationId);

private:
    [[nodiscard]] std::optional<WebchatSession> find(
        const QString &column, const QString &value) const;
    QSqlDatabase m_db;
};

} // namespace jack::channels
