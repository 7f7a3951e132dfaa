#pragma once
#include <QString>

namespace jack::storage {
class WriteTx;
}

namespace jack::channels {

//! Proves who is chatting by booking reference + last name, inside a write transaction, and
//! links the chat to that guest and reservation. Five failed attempts lock the session.
class WebchatVerification {
public:
    static constexpr int kMaxAttempts = 5;

    enum class Outcome { Verified, Failed, Locked, UnknownSession };
    struct Result {
        Outcome outcome = Outcome::Failed;
        int attemptsLeft = 0;
        QString firstName; // of the verified guest, for the widget's "Welcome, Maria"
        QString guestId;
        QString reservationId;
    };

    [[nodiscard]] static Result verify(storage::WriteTx &tx, const QString &sessionId,
        const QString &bookingReference, const QString &lastName);

    //! Moves the conversation (and the tasks made from it) to `guestId`; records the change.
    //! False when it already belonged to that guest.
    static bool linkConversation(
        storage::WriteTx &tx, const QString &conversationId, const QString &guestId);

private:
    [[nodiscard]] static QByteArray digest(const QString &reference);
};

} // namespace jack::channels
