#pragma once
#include "channels/email/emailsettings.h"

#include <QByteArray>
#include <QString>

namespace jack::channels {

//! What became of one SMTP conversation.
struct SmtpOutcome {
    enum class Kind { Sent, Retry, Failed };
    Kind kind = Kind::Retry;
    QString error; // staff-readable, names the server; never a password
    QString code; // the server's reply code when it gave one ("550", "535")
};

//! Talks SMTP (STARTTLS or implicit TLS, AUTH) to the hotel's outgoing server with vmime.
//! Blocking: used only in the mail threads.
class SmtpClient {
public:
    explicit SmtpClient(MailServer server)
        : m_server(std::move(server))
    {
    }
    //! Delivers `message` (a complete MIME message) from `from` to `to`.
    [[nodiscard]] SmtpOutcome send(
        const QString &from, const QString &to, const QByteArray &message);
    //! Connects, says EHLO and logs in, then quits without sending anything.
    [[nodiscard]] SmtpOutcome check();

private:
    MailServer m_server;
};

} // namespace jack::channels
