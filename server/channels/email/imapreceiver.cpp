#include "channels/email/imapreceiver.h"

#include "channels/email/emailparser.h"
#include "ops/logging.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QTimer>
#include <QUuid>

namespace jack::channels {

namespace {
constexpr int batchSize = 10;
constexpr int maxBackoffSeconds = 300;

QString inWords(int seconds)
{
    if (seconds < 90)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min").arg((seconds + 30) / 60);
}
} // namespace

ImapReceiver::ImapReceiver(EmailSettings settings, ImapCursor cursor, QString dataDir,
    BatchHandler onBatch, StatusHandler onStatus)
    : m_settings(std::move(settings))
    , m_cursor(std::move(cursor))
    , m_dataDir(std::move(dataDir))
    , m_onBatch(std::move(onBatch))
    , m_onStatus(std::move(onStatus))
    , m_session(m_settings.imap)
{
}

void ImapReceiver::requestStop()
{
    m_stop = true;
    m_session.interrupt();
}

void ImapReceiver::setWaits(int idleSeconds, int pollSeconds)
{
    m_idleSeconds = idleSeconds;
    m_pollSeconds = pollSeconds;
}

void ImapReceiver::begin()
{
    schedule(0);
}

void ImapReceiver::schedule(int ms)
{
    if (m_cycleScheduled || m_stop)
        return;
    m_cycleScheduled = true;
    QTimer::singleShot(ms, this, [this]() {
        m_cycleScheduled = false;
        cycle();
    });
}

void ImapReceiver::committed(const ImapCursor &cursor)
{
    m_cursor = cursor;
    m_waitingForCommit = false;
    schedule(0);
}

void ImapReceiver::commitFailed(const QString &why)
{
    m_waitingForCommit = false;
    ops::Logging::get("channels.email")->warn("storing fetched mail failed: {}", why.toStdString());
    schedule(10000);
}

QString ImapReceiver::connectAndSync()
{
    const QString error = m_session.open(m_settings.mailbox);
    if (!error.isEmpty())
        return error;
    const quint32 validity = m_session.uidValidity();
    if (m_cursor.uidValidity == validity)
        return {};
    ImapBatch batch;
    batch.cursor.uidValidity = validity;
    batch.cursor.lastFetch = QDate::currentDate().toString(Qt::ISODate);
    const quint32 newest = m_session.uidNext() > 0 ? m_session.uidNext() - 1 : 0;
    if (m_cursor.uidValidity == 0) {
        // First connection: Jack answers mail from now on, not the mailbox's history.
        batch.cursor.lastUid = newest;
    } else {
        // The server renumbered the mailbox: everything since the last fetch is read again;
        // mail already stored is recognised by its Message-ID and skipped.
        QDate since = QDate::fromString(m_cursor.lastFetch, Qt::ISODate);
        since = (since.isValid() ? since : QDate::currentDate()).addDays(-1);
        QList<quint32> uids;
        const QString searchError = m_session.uidsSince(since, &uids);
        if (!searchError.isEmpty())
            return searchError;
        batch.cursor.lastUid = uids.isEmpty() ? newest : uids.first() - 1;
        ops::Logging::get("channels.email")
            ->warn("mailbox {} has a new UIDVALIDITY ({} → {}); reading again from {}",
                m_settings.mailbox.toStdString(), m_cursor.uidValidity, validity,
                since.toString(Qt::ISODate).toStdString());
    }
    post(batch);
    return {};
}

void ImapReceiver::post(const ImapBatch &batch)
{
    m_waitingForCommit = true;
    m_onBatch(batch);
}

void ImapReceiver::cycle()
{
    if (m_stop || m_waitingForCommit)
        return;
    if (!m_session.isOpen()) {
        const QString error = connectAndSync();
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        m_failures = 0;
        ops::Logging::get("channels.email")
            ->info("connected to IMAP server {} ({}), UIDVALIDITY {}, next UID {}",
                m_settings.imap.label().toStdString(), m_settings.mailbox.toStdString(),
                m_session.uidValidity(), m_session.uidNext());
        m_onStatus(QStringLiteral("ok"),
            QStringLiteral("Connected to IMAP server %1 (%2); %3")
                .arg(m_settings.imap.label(), m_settings.mailbox,
                    m_session.canIdle()
                        ? QStringLiteral("waiting for new mail")
                        : QStringLiteral("checking for new mail every %1 s").arg(m_pollSeconds)));
        if (m_waitingForCommit)
            return;
    }

    QList<quint32> uids;
    QString error = m_session.uidsAfter(m_cursor.lastUid, &uids);
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    if (!uids.isEmpty()) {
        ImapBatch batch;
        batch.cursor = m_cursor;
        for (quint32 uid : uids.mid(0, batchSize)) {
            QByteArray raw;
            error = m_session.fetch(uid, &raw);
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            ParsedEmail mail;
            try {
                mail = EmailParser::parse(raw);
            } catch (const std::exception &e) {
                // An unreadable mail must not block the mailbox: staff see a placeholder.
                ops::Logging::get("channels.email")
                    ->warn("cannot parse mail UID {}: {}", uid, e.what());
                mail.messageId = QStringLiteral("<uid-%1-%2@jack.unreadable>")
                                     .arg(m_cursor.uidValidity)
                                     .arg(uid);
                mail.text = QStringLiteral("(Jack could not read this e-mail; open the mailbox)");
            }
            batch.uids.append(uid);
            batch.savedPaths.append(saveAttachments(mail));
            for (EmailAttachment &file : mail.attachments)
                file.bytes.clear(); // saved: only names and sizes travel on
            batch.mails.append(mail);
            batch.cursor.lastUid = uid;
        }
        batch.cursor.lastFetch = QDate::currentDate().toString(Qt::ISODate);
        post(batch);
        return;
    }

    if (!m_session.canIdle()) {
        if (const QString e = m_session.noop(); !e.isEmpty()) {
            fail(e);
            return;
        }
        schedule(m_pollSeconds * 1000);
        return;
    }
    const ImapSession::Wake wake = m_session.idle(m_idleSeconds, &error);
    if (wake == ImapSession::Wake::Failed) {
        fail(error);
        return;
    }
    schedule(0); // back through the event loop: stop requests and commits get their turn
}

void ImapReceiver::fail(const QString &why)
{
    m_session.close();
    if (m_stop)
        return;
    ++m_failures;
    const int delay = std::min(maxBackoffSeconds, 5 << std::min(m_failures - 1, 6));
    // A refused login or a lasting outage is an error staff must fix; one dropped line is not.
    const bool serious = m_session.loginRefused() || m_failures >= 3;
    const QString detail = QStringLiteral("%1; retrying in %2").arg(why, inWords(delay));
    m_onStatus(serious ? QStringLiteral("error") : QStringLiteral("degraded"), detail);
    ops::Logging::get("channels.email")->warn("{}", detail.toStdString());
    schedule(delay * 1000);
}

QStringList ImapReceiver::saveAttachments(const ParsedEmail &mail) const
{
    QStringList paths;
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    QDir dir(m_dataDir);
    dir.mkpath(QStringLiteral("media/") + month);
    static const QMimeDatabase mimes;
    for (const EmailAttachment &file : mail.attachments) {
        QString suffix = QFileInfo(file.fileName).suffix().toLower();
        if (suffix.isEmpty() || suffix.size() > 8)
            suffix = mimes.mimeTypeForName(file.mimeType).preferredSuffix();
        if (suffix.isEmpty())
            suffix = QStringLiteral("bin");
        const QString relative
            = QStringLiteral("media/%1/%2.%3")
                  .arg(month, QUuid::createUuid().toString(QUuid::WithoutBraces), suffix);
        QFile out(dir.filePath(relative));
        if (out.open(QIODevice::WriteOnly) && out.write(file.bytes) == file.bytes.size()
            && out.flush()) {
            paths.append(relative);
        } else {
            ops::Logging::get("channels.email")
                ->warn("cannot save an attachment to {}: {}", relative.toStdString(),
                    out.errorString().toStdString());
            paths.append(QString());
        }
    }
    return paths;
}

} // namespace jack::channels
