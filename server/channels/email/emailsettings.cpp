#include "channels/email/emailsettings.h"

#include "storage/appsettings.h"
#include "storage/settingsstore.h"

namespace jack::channels {

QString EmailSettings::domain() const
{
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    const QString d = at >= 0 ? fromAddress.mid(at + 1).trimmed() : QString();
    return d.isEmpty() ? QStringLiteral("jack.invalid") : d;
}

EmailSettings EmailSettings::load(const QSqlDatabase &db, const ops::SecretStore &secrets)
{
    const storage::AppSettings app
        = storage::AppSettings::load(db, secrets, QStringLiteral("email"));
    EmailSettings s;
    s.enabled = app.enabled;
    s.fromAddress = app.value(QStringLiteral("fromAddress")).trimmed();
    s.fromName = app.value(QStringLiteral("fromName")).trimmed();
    s.hotelName = storage::SettingsStore(db)
                      .json(QLatin1String(storage::HotelSettings::key))
                      .value(QLatin1String("name"))
                      .toString();
    if (s.fromName.isEmpty())
        s.fromName = s.hotelName;
    const QString mailbox = app.value(QStringLiteral("imapMailbox")).trimmed();
    if (!mailbox.isEmpty())
        s.mailbox = mailbox;
    const bool verify = app.value(QStringLiteral("tlsVerify")) != QLatin1String("no");
    auto server = [&](const QString &prefix, int defaultPort, const QString &defaultSecurity) {
        MailServer m;
        m.host = app.value(prefix + QStringLiteral("Host")).trimmed();
        m.port = app.integer(prefix + QStringLiteral("Port"), defaultPort);
        m.security = app.value(prefix + QStringLiteral("Security"));
        if (m.security.isEmpty())
            m.security = defaultSecurity;
        m.username = app.value(prefix + QStringLiteral("Username"));
        m.password = app.value(prefix + QStringLiteral("Password"));
        m.tlsVerify = verify;
        return m;
    };
    s.smtp = server(QStringLiteral("smtp"), 587, QStringLiteral("starttls"));
    s.imap = server(QStringLiteral("imap"), 993, QStringLiteral("tls"));
    // Most providers use one account for both sides: IMAP falls back to the SMTP login.
    if (s.imap.username.isEmpty()) {
        s.imap.username = s.smtp.username;
        s.imap.password = s.imap.password.isEmpty() ? s.smtp.password : s.imap.password;
    }
    return s;
}

} // namespace jack::channels
