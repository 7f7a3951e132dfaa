#include "channels/email/emailchannel.h"

#include "channels/email/emailcomposer.h"
#include "channels/email/emailthreads.h"
#include "channels/email/imapsession.h"
#include "channels/email/replycleaner.h"
#include "channels/email/smtpclient.h"
#include "channels/inboundrecorder.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/channelcursor.h"
#include "storage/outboxstore.h"
#include "storage/writequeue.h"

#include <QJsonObject>
#include <QThread>

namespace jack::channels {

namespace {
const QString statusKey = QStringLiteral("channels.email");
const QString channelName = QStringLiteral("email");

QString cursorName(const QString &what, const QString &mailbox)
{
    return what + QLatin1Char(':') + mailbox;
}

QString mediaKind(const QString &mimeType)
{
    if (mimeType.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (mimeType.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    if (mimeType.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mimeType.startsWith(QLatin1String("application/")))
        return QStringLiteral("document");
    return QStringLiteral("file");
}

//! A fetched mail as the recorder takes it.
InboundMessage inboundFrom(const ParsedEmail &mail, const QStringList &paths)
{
    InboundMessage in;
    in.channel = channelName;
    in.address = mail.fromAddress;
    in.addressKind = AddressKind::Email;
    in.displayName = mail.fromName;
    in.channelMessageId = mail.messageId;
    in.contentType = QStringLiteral("text");
    in.text = ReplyCleaner::clean(mail.text);
    if (in.text.isEmpty())
        in.text = mail.subject;
    in.meta = QJsonObject { { "messageId", mail.messageId }, { "inReplyTo", mail.inReplyTo },
        { "references", mail.references.join(QLatin1Char(' ')) }, { "subject", mail.subject },
        { "from", mail.fromAddress } };
    for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
        const EmailAttachment &file = mail.attachments.at(i);
        InboundMedia media;
        media.kind = mediaKind(file.mimeType);
        media.mimeType = file.mimeType;
        media.fileName = file.fileName;
        media.size = file.size;
        media.localPath = paths.value(i);
        if (media.localPath.isEmpty())
            continue; // could not be saved: logged by the receiver
        in.media.append(media);
    }
    return in;
}
} // namespace

EmailChannel::EmailChannel(const ChannelContext &context, QObject *parent)
    : Channel(context, parent)
{
}

EmailChannel::~EmailChannel()
{
    stop();
}

const EmailSettings &EmailChannel::settings()
{
    if (!m_settings)
        m_settings = EmailSettings::load(m_ctx.db(), *m_ctx.secrets);
    return *m_settings;
}

void EmailChannel::start()
{
    m_started = true;
    startReceiver();
}

void EmailChannel::stop()
{
    m_started = false;
    stopReceiver(true);
    if (m_mailThread) {
        m_mailThread->quit();
        // A send in flight ends within its SMTP deadline; the outbox retries it if cut short.
        if (m_mailThread->wait(35000)) {
            delete m_mailWorker;
            delete m_mailThread;
        } else {
            // Still inside a blocking call: leave both to the process exit rather than pull
            // the worker from under it.
            ops::Logging::get("channels.email")->warn("the SMTP thread did not stop in time");
        }
        m_mailWorker = nullptr;
        m_mailThread = nullptr;
    }
}

void EmailChannel::reconfigure()
{
    m_settings.reset();
    if (!m_started)
        return;
    stopReceiver(false);
    startReceiver();
}

ImapCursor EmailChannel::loadCursor(const QString &mailbox) const
{
    const storage::ChannelCursor cursors(m_ctx.db());
    ImapCursor cursor;
    cursor.uidValidity
        = cursors.get(channelName, cursorName(QStringLiteral("uidvalidity"), mailbox)).toUInt();
    cursor.lastUid
        = cursors.get(channelName, cursorName(QStringLiteral("lastuid"), mailbox)).toUInt();
    cursor.lastFetch = cursors.get(channelName, cursorName(QStringLiteral("lastfetch"), mailbox));
    return cursor;
}

void EmailChannel::startReceiver()
{
    const EmailSettings &s = settings();
    if (!s.enabled) {
        m_ctx.status->clear(statusKey);
        return;
    }
    if (!s.canReceive()) {
        setStatus(QStringLiteral("degraded"),
            QStringLiteral(
                "Guests' e-mail is not read: add the IMAP server in the e-mail settings"));
        return;
    }
    const quint64 generation = ++m_generation;
    QPointer<EmailChannel> self(this);
    auto onBatch = [self, generation](const ImapBatch &batch) {
        QMetaObject::invokeMethod(self.data(), [self, generation, batch]() {
            if (self)
                self->store(batch, generation);
        });
    };
    auto onStatus = [self, generation](const QString &status, const QString &detail) {
        QMetaObject::invokeMethod(self.data(), [self, generation, status, detail]() {
            if (self && self->m_generation == generation)
                self->setStatus(status, detail);
        });
    };
    auto *receiver = new ImapReceiver(s, loadCursor(s.mailbox), m_ctx.dataDir, onBatch, onStatus);
    auto *thread = new QThread; // not parented: it may outlive us by one network timeout
    thread->setObjectName(QStringLiteral("imap"));
    receiver->moveToThread(thread);
    connect(thread, &QThread::started, receiver, &ImapReceiver::begin);
    connect(thread, &QThread::finished, receiver, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_receiver = receiver;
    m_receiverThread = thread;
    setStatus(QStringLiteral("degraded"),
        QStringLiteral("Connecting to IMAP server %1…").arg(s.imap.label()));
    thread->start();
}

void EmailChannel::stopReceiver(bool wait)
{
    ++m_generation;
    if (!m_receiverThread)
        return;
    QThread *thread = m_receiverThread;
    m_receiverThread = nullptr;
    if (m_receiver)
        m_receiver->requestStop();
    thread->quit();
    if (wait && !thread->wait(10000))
        ops::Logging::get("channels.email")->warn("the IMAP thread did not stop in time");
}

void EmailChannel::setStatus(const QString &status, const QString &detail)
{
    m_ctx.status->set(statusKey, status, detail);
}

void EmailChannel::store(const ImapBatch &batch, quint64 generation)
{
    if (generation != m_generation)
        return; // a replaced receiver's batch: the new one fetches it again
    const EmailSettings &s = settings();
    QStringList ownAddresses { s.fromAddress.toLower() };
    if (s.imap.username.contains(QLatin1Char('@')))
        ownAddresses.append(s.imap.username.toLower());
    const QString mailbox = s.mailbox;
    auto job = [batch, ownAddresses, mailbox](storage::WriteTx &tx) -> QJsonValue {
        int stored = 0;
        int skipped = 0;
        for (qsizetype i = 0; i < batch.mails.size(); ++i) {
            const ParsedEmail &mail = batch.mails.at(i);
            // Our own copies, auto-replies and bounces would make Jack answer a machine.
            if (mail.automatic || mail.fromAddress.isEmpty()
                || ownAddresses.contains(mail.fromAddress)) {
                ++skipped;
                continue;
            }
            InboundMessage in = inboundFrom(mail, batch.savedPaths.value(i));
            in.conversationId = EmailThreads::conversationFor(tx.db(), mail);
            if (InboundRecorder::record(tx, in))
                ++stored;
        }
        storage::ChannelCursor cursors(tx.db());
        cursors.set(channelName, cursorName(QStringLiteral("uidvalidity"), mailbox),
            QString::number(batch.cursor.uidValidity));
        cursors.set(channelName, cursorName(QStringLiteral("lastuid"), mailbox),
            QString::number(batch.cursor.lastUid));
        cursors.set(
            channelName, cursorName(QStringLiteral("lastfetch"), mailbox), batch.cursor.lastFetch);
        return QJsonObject { { "stored", stored }, { "skipped", skipped } };
    };
    QPointer<ImapReceiver> receiver = m_receiver;
    const ImapCursor cursor = batch.cursor;
    m_ctx.writer->submit(
        job, this,
        [this, receiver, cursor, generation, count = batch.mails.size()](
            const storage::WriteResult &result) {
            if (generation != m_generation || !receiver)
                return;
            if (result.ok) {
                if (count > 0)
                    ops::Logging::get("channels.email")
                        ->info("fetched {} mail(s) up to UID {}: {} stored, {} skipped", count,
                            cursor.lastUid,
                            result.value.toObject().value(QLatin1String("stored")).toInt(),
                            result.value.toObject().value(QLatin1String("skipped")).toInt());
                QMetaObject::invokeMethod(
                    receiver.data(), [receiver, cursor]() { receiver->committed(cursor); });
            } else {
                const QString why = result.message;
                QMetaObject::invokeMethod(
                    receiver.data(), [receiver, why]() { receiver->commitFailed(why); });
            }
        },
        storage::WriteQueue::Lane::Interactive);
}

void EmailChannel::inMailThread(std::function<void()> work)
{
    if (!m_mailThread) {
        m_mailThread = new QThread;
        m_mailThread->setObjectName(QStringLiteral("smtp"));
        m_mailWorker = new QObject;
        m_mailWorker->moveToThread(m_mailThread);
        m_mailThread->start();
    }
    QMetaObject::invokeMethod(m_mailWorker, std::move(work));
}

Pacing EmailChannel::pacing(const storage::OutboxItem &item) const
{
    // Mail servers frown on bursts to one address; a guest never needs more than this.
    return Pacing { QStringLiteral("email:") + item.recipient, 1.0 / 2.0, 5, 1 };
}

void EmailChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    const EmailSettings s = settings();
    if (!s.canSend()) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("E-mail is not set up: add the SMTP server and the hotel's address in "
                           "the e-mail settings"),
            {}, 0, {} });
        return;
    }
    const EmailThreads::ReplyContext thread
        = EmailThreads::replyContext(m_ctx.db(), item.conversationId, s.hotelName);
    OutgoingEmail mail;
    mail.fromAddress = s.fromAddress;
    mail.fromName = s.fromName;
    mail.to = item.recipient;
    mail.subject = thread.subject;
    mail.text = item.content;
    // Derived from our message id, so a retried send carries the same Message-ID.
    mail.messageId = QStringLiteral("<%1@%2>").arg(item.messageId, s.domain());
    mail.inReplyTo = thread.inReplyTo;
    mail.references = thread.references;
    const QJsonObject meta { { "messageId", mail.messageId }, { "inReplyTo", mail.inReplyTo },
        { "references", mail.references.join(QLatin1Char(' ')) }, { "subject", mail.subject },
        { "from", mail.fromAddress } };
    QPointer<EmailChannel> self(this);
    inMailThread([self, s, mail, meta, done]() {
        SmtpOutcome outcome;
        try {
            const QByteArray bytes = EmailComposer::compose(mail);
            outcome = SmtpClient(s.smtp).send(mail.fromAddress, mail.to, bytes);
        } catch (const std::exception &e) {
            outcome.kind = SmtpOutcome::Kind::Failed;
            outcome.error
                = QStringLiteral("cannot write the e-mail: %1").arg(QString::fromUtf8(e.what()));
        }
        SendResult result;
        result.error = outcome.error;
        result.errorCode = outcome.code;
        switch (outcome.kind) {
        case SmtpOutcome::Kind::Sent:
            result.outcome = SendOutcome::Sent;
            result.channelMessageId = mail.messageId;
            result.meta = meta;
            break;
        case SmtpOutcome::Kind::Retry:
            result.outcome = SendOutcome::Retry;
            break;
        case SmtpOutcome::Kind::Failed:
            result.outcome = SendOutcome::Failed;
            break;
        }
        QMetaObject::invokeMethod(self.data(), [self, done, result]() {
            if (self)
                done(result);
        });
    });
}

void EmailChannel::testConnection(TestCallback done)
{
    const EmailSettings s = settings();
    if (!s.imap.configured() || !s.smtp.configured()) {
        done(false, QStringLiteral("Add the IMAP and SMTP servers first"));
        return;
    }
    QPointer<EmailChannel> self(this);
    inMailThread([self, s, done]() {
        QStringList problems;
        ImapSession imap(s.imap);
        const QString imapError = imap.open(s.mailbox);
        if (!imapError.isEmpty())
            problems.append(QStringLiteral("IMAP: ") + imapError);
        imap.close();
        const SmtpOutcome smtp = SmtpClient(s.smtp).check();
        if (smtp.kind != SmtpOutcome::Kind::Sent)
            problems.append(QStringLiteral("SMTP: ") + smtp.error);
        const bool ok = problems.isEmpty();
        const QString message = ok ? QStringLiteral("Connected: IMAP %1 (%2) / SMTP %3")
                                         .arg(s.imap.label(), s.mailbox, s.smtp.label())
                                   : problems.join(QStringLiteral(" / "));
        QMetaObject::invokeMethod(self.data(), [self, done, ok, message]() {
            if (self)
                done(ok, message);
        });
    });
}

} // namespace jack::channels
