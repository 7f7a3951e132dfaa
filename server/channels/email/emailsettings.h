#pragma once
#include <QSqlDatabase>
#include <QString>

namespace jack::ops {
class SecretStore;
}

namespace jack::channels {

//! One mail server as the e-mail app's settings describe it.
struct MailServer {
    QString host;
    int port = 0;
    QString security; // tls | starttls | none
    QString username;
    QString password;
    bool tlsVerify = true;

    [[nodiscard]] bool configured() const { return !host.isEmpty() && port > 0; }
    //! "imap.example.com:993", for staff-readable sentences (never the password).
    [[nodiscard]] QString label() const { return host + QLatin1Char(':') + QString::number(port); }
};

//! The e-mail app's settings, copied by value into the mail threads.
struct EmailSettings {
    bool enabled = false;
    QString fromAddress;
    QString fromName; // the hotel's name when empty
    QString hotelName;
    QString mailbox = QStringLiteral("INBOX");
    MailServer smtp;
    MailServer imap;

    [[nodiscard]] bool canSend() const
    {
        return enabled && smtp.configured() && !fromAddress.isEmpty();
    }
    [[nodiscard]] bool canReceive() const { return enabled && imap.configured(); }
    //! The part after '@' of fromAddress: the right-hand side of our Message-IDs.
    [[nodiscard]] QString domain() const;

    [[nodiscard]] static EmailSettings load(
        const QSqlDatabase &db, const ops::SecretStore &secrets);
};

} // namespace jack::channels
