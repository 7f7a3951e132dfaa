#pragma once
#include "channels/email/emailsettings.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMutex>
#include <QString>

struct mailimap;

namespace jack::channels {

//! One logged-in IMAP connection on one mailbox, with libetpan (chosen for IDLE). Blocking:
//! lives in the receiver's thread; only interrupt() may be called from another thread.
//! Every call returns an empty string on success, else a staff-readable reason.
class ImapSession {
public:
    explicit ImapSession(MailServer server);
    ~ImapSession();
    ImapSession(const ImapSession &) = delete;
    ImapSession &operator=(const ImapSession &) = delete;

    //! Connects (TLS / STARTTLS / plain), checks the certificate, logs in, selects `mailbox`.
    [[nodiscard]] QString open(const QString &mailbox);
    [[nodiscard]] bool isOpen() const { return m_imap != nullptr; }
    //! True when the last failure was the server refusing the login.
    [[nodiscard]] bool loginRefused() const { return m_loginRefused; }
    [[nodiscard]] quint32 uidValidity() const { return m_uidValidity; }
    [[nodiscard]] quint32 uidNext() const { return m_uidNext; }
    [[nodiscard]] bool canIdle() const { return m_canIdle; }

    //! UIDs above `after`, ascending.
    [[nodiscard]] QString uidsAfter(quint32 after, QList<quint32> *uids);
    //! UIDs of mail the server received on or after `day`, ascending.
    [[nodiscard]] QString uidsSince(const QDate &day, QList<quint32> *uids);
    //! The raw bytes of one mail (BODY.PEEK[]: the \Seen flag stays as it was).
    [[nodiscard]] QString fetch(quint32 uid, QByteArray *raw);
    //! Keeps the connection alive (NOOP) so the server reports new mail.
    [[nodiscard]] QString noop();

    enum class Wake { NewMail, Timeout, Interrupted, Failed };
    //! IDLE until the server reports something, `seconds` pass, or interrupt() is called.
    [[nodiscard]] Wake idle(int seconds, QString *error);
    //! Thread-safe: makes a running or the next idle() return Interrupted.
    void interrupt();
    void close();

private:
    [[nodiscard]] QString failure(const QString &what, int code);

    MailServer m_server;
    mailimap *m_imap = nullptr;
    QMutex m_streamMutex; // guards m_imap against interrupt() from another thread
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    bool m_canIdle = false;
    bool m_loginRefused = false;
    bool m_idleReady = false; // guarded by m_streamMutex
};

} // namespace jack::channels
