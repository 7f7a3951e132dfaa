#pragma once
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QTcpServer;
class QTcpSocket;

//! Real mail servers for the e-mail tests, with a throw-away configuration in a temp folder:
//! Dovecot (IMAP on a plain and an implicit-TLS port) and Postfix (SMTP with STARTTLS and on
//! an implicit-TLS port, AUTH through Dovecot), delivering into Maildirs Dovecot serves.
//! Nothing under /etc is read or changed; the system's own daemons keep running. Needs root.
class MailServers {
public:
    static constexpr const char *hotelAddress = "jack@hotel.example";
    static constexpr const char *guestAddress = "guest@guest.example";

    MailServers();
    ~MailServers();

    //! Empty when the servers can run here, else why not (for QSKIP).
    [[nodiscard]] static QString unavailableReason();

    [[nodiscard]] bool start(QString *why);
    void stop();
    //! Stops / starts only Dovecot (an IMAP outage); mail still lands in the Maildirs.
    [[nodiscard]] bool stopImap();
    [[nodiscard]] bool startImap(QString *why);

    [[nodiscard]] quint16 imapPort() const { return m_ports[0]; } // plain / STARTTLS
    [[nodiscard]] quint16 imapsPort() const { return m_ports[1]; }
    [[nodiscard]] quint16 smtpPort() const { return m_ports[3]; } // STARTTLS
    [[nodiscard]] quint16 smtpsPort() const { return m_ports[4]; }
    [[nodiscard]] QString hotelPassword() const { return m_hotelPassword; }
    [[nodiscard]] QString guestPassword() const { return m_guestPassword; }

    //! Hands `raw` to Postfix (sendmail), which delivers it like any mail from outside.
    [[nodiscard]] bool deliver(const QString &from, const QString &to, const QByteArray &raw);
    //! Every mail in the user's Maildir, oldest first.
    [[nodiscard]] QList<QByteArray> mailbox(const QString &user) const;
    //! The tail of both servers' logs, for failure messages.
    [[nodiscard]] QByteArray logs() const;

private:
    [[nodiscard]] bool writeConfig(QString *why);
    [[nodiscard]] bool runDovecot(QString *why);
    [[nodiscard]] QString path(const QString &relative) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_ports[5] = {};
    QString m_hotelPassword;
    QString m_guestPassword;
    bool m_dovecot = false;
    bool m_postfix = false;
};

//! A TCP relay on loopback in front of a server that can cut the line once, right after the
//! server starts sending a chosen reply (e.g. the literal of a FETCH): the client sees a
//! connection lost mid-response, as with a flaky network.
class CuttingProxy : public QObject {
    Q_OBJECT
public:
    explicit CuttingProxy(quint16 targetPort, QObject *parent = nullptr);
    [[nodiscard]] quint16 port() const;
    //! The next server-to-client chunk containing `marker` is cut short and both sides closed.
    void cutOnceAt(const QByteArray &marker) { m_marker = marker; }
    [[nodiscard]] int cuts() const { return m_cuts; }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    void accept();

    QTcpServer *m_server;
    quint16 m_target;
    QByteArray m_marker;
    int m_cuts = 0;
    int m_connections = 0;
};
