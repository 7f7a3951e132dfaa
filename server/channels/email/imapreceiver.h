#pragma once
#include "channels/email/emailmessage.h"
#include "channels/email/emailsettings.h"
#include "channels/email/imapsession.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace jack::channels {

//! Where the receiver got to in one mailbox; persisted as channel cursors.
struct ImapCursor {
    quint32 uidValidity = 0; // 0: never connected
    quint32 lastUid = 0; // every mail up to here is committed
    QString lastFetch; // ISO date of the last committed batch: the refetch horizon
};

//! Guest mails fetched in one go, and where the cursor stands once they are committed.
//! An empty batch only moves the cursor (first connection, new UIDVALIDITY).
struct ImapBatch {
    ImapCursor cursor;
    QList<quint32> uids;
    QList<ParsedEmail> mails; // attachments already saved (see savedPaths)
    QList<QStringList> savedPaths; // per mail, per attachment: path relative to dataDir
};

//! Watches the hotel's mailbox from its own thread: connects, fetches every mail above the
//! committed UID, hands them over and waits until they are committed before going on, then
//! IDLEs (or polls when the server cannot IDLE). Reconnects with backoff forever.
class ImapReceiver : public QObject {
    Q_OBJECT
public:
    using BatchHandler = std::function<void(const ImapBatch &)>;
    using StatusHandler = std::function<void(const QString &status, const QString &detail)>;

    ImapReceiver(EmailSettings settings, ImapCursor cursor, QString dataDir, BatchHandler onBatch,
        StatusHandler onStatus);

    //! Thread-safe: ends the current wait; the receiver does nothing more.
    void requestStop();

    //! How long one IDLE lasts before it is renewed, and the polling interval without IDLE.
    void setWaits(int idleSeconds, int pollSeconds);

    //! The batch ending at `cursor` is committed.
    void committed(const ImapCursor &cursor);
    //! The batch could not be stored: fetched again later from the same cursor.
    void commitFailed(const QString &why);

public Q_SLOTS:
    void begin();

private:
    void cycle();
    void schedule(int ms);
    [[nodiscard]] QString connectAndSync();
    void fail(const QString &why);
    void post(const ImapBatch &batch);
    [[nodiscard]] QStringList saveAttachments(const ParsedEmail &mail) const;

    EmailSettings m_settings;
    ImapCursor m_cursor;
    QString m_dataDir;
    BatchHandler m_onBatch;
    StatusHandler m_onStatus;
    ImapSession m_session;
    std::atomic_bool m_stop { false };
    bool m_waitingForCommit = false;
    bool m_cycleScheduled = false;
    int m_failures = 0;
    int m_idleSeconds = 600;
    int m_pollSeconds = 30;
};

} // namespace jack::channels
