// The e-mail channel's SMTP and IMAP parts against real Dovecot and Postfix on loopback.
#include "channels/email/emailcomposer.h"
#include "channels/email/emailparser.h"
#include "channels/email/imapreceiver.h"
#include "channels/email/imapsession.h"
#include "channels/email/smtpclient.h"
#include "mailservers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace jack::channels;

namespace {
constexpr int Deadline = 30000;

QByteArray guestMail(const QString &messageId, const QString &subject, const QString &body)
{
    return QStringLiteral("From: Ana Silva <%1>\r\nTo: %2\r\nSubject: %3\r\nMessage-ID: %4\r\n"
                          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%5"
                          "\r\n")
        .arg(QLatin1String(MailServers::guestAddress), QLatin1String(MailServers::hotelAddress),
            subject, messageId, body)
        .toUtf8();
}

QString newMessageId()
{
    return QStringLiteral("<%1@guest.example>").arg(QUuid::createUuid().toString(QUuid::Id128));
}
} // namespace

//! Runs an ImapReceiver in its own thread the way the channel does, committing every batch.
class ReceiverRun : public QObject {
    Q_OBJECT
public:
    ReceiverRun(const EmailSettings &settings, const ImapCursor &cursor)
    {
        QPointer<ReceiverRun> self(this);
        m_receiver = new ImapReceiver(
            settings, cursor, m_dir.path(),
            [self](const ImapBatch &batch) {
                QMetaObject::invokeMethod(self.data(), [self, batch]() {
                    if (self)
                        self->onBatch(batch);
                });
            },
            [self](const QString &status, const QString &detail) {
                QMetaObject::invokeMethod(self.data(), [self, status, detail]() {
                    if (self)
                        self->statuses.append(status + QStringLiteral(": ") + detail);
                });
            });
        m_receiver->moveToThread(&m_thread);
        connect(&m_thread, &QThread::started, m_receiver, &ImapReceiver::begin);
        connect(&m_thread, &QThread::finished, m_receiver, &QObject::deleteLater);
        m_thread.start();
    }
    ~ReceiverRun() override
    {
        m_receiver->requestStop();
        m_thread.quit();
        // Keep this thread's event loop turning: a CuttingProxy here relays the goodbye.
        QDeadlineTimer deadline(30000);
        while (!m_thread.wait(10) && !deadline.hasExpired())
            QCoreApplication::processEvents();
    }
    [[nodiscard]] QString lastStatus() const
    {
        return statuses.isEmpty() ? QString() : statuses.last();
    }

    QList<ImapBatch> batches;
    QStringList statuses;
    QStringList messageIds; // every mail handed over, in order
    ImapCursor cursor;

private:
    void onBatch(const ImapBatch &batch)
    {
        batches.append(batch);
        for (const ParsedEmail &m : batch.mails)
            messageIds.append(m.messageId);
        cursor = batch.cursor;
        ImapReceiver *r = m_receiver;
        const ImapCursor c = batch.cursor;
        QMetaObject::invokeMethod(r, [r, c]() { r->committed(c); });
    }

    QTemporaryDir m_dir;
    QThread m_thread;
    ImapReceiver *m_receiver = nullptr;
};

class TestEmailServers : public QObject {
    Q_OBJECT

    MailServers m_servers;

    EmailSettings settings(
        const QString &imapSecurity = QStringLiteral("tls"), quint16 imapPort = 0)
    {
        EmailSettings s;
        s.enabled = true;
        s.fromAddress = QLatin1String(MailServers::hotelAddress);
        s.fromName = QStringLiteral("Harbourview Hôtel");
        s.smtp = { QStringLiteral("127.0.0.1"), m_servers.smtpPort(), QStringLiteral("starttls"),
            QLatin1String(MailServers::hotelAddress), m_servers.hotelPassword(), false };
        s.imap = { QStringLiteral("127.0.0.1"),
            imapPort ? imapPort
                     : (imapSecurity == QLatin1String("tls") ? m_servers.imapsPort()
                                                             : m_servers.imapPort()),
            imapSecurity, QLatin1String(MailServers::hotelAddress), m_servers.hotelPassword(),
            false };
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = MailServers::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString why;
        QVERIFY2(m_servers.start(&why), qPrintable(why));
    }

    void cleanupTestCase() { m_servers.stop(); }

    void smtpDeliversThreadedAlternativeReply_data()
    {
        QTest::addColumn<QString>("security");
        QTest::newRow("starttls") << QStringLiteral("starttls");
        QTest::newRow("implicit tls") << QStringLiteral("tls");
    }
    void smtpDeliversThreadedAlternativeReply()
    {
        QFETCH(QString, security);
        EmailSettings s = settings();
        s.smtp.security = security;
        if (security == QLatin1String("tls"))
            s.smtp.port = m_servers.smtpsPort();
        OutgoingEmail out;
        out.fromAddress = s.fromAddress;
        out.fromName = s.fromName;
        out.to = QLatin1String(MailServers::guestAddress);
        out.subject = QStringLiteral("Re: Frühstück für zwei?");
        out.text = QStringLiteral("Yes, breakfast is served 7–10.\n\nJack");
        out.messageId = QStringLiteral("<%1@hotel.example>")
                            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        out.inReplyTo = QStringLiteral("<g2@guest.example>");
        out.references
            = { QStringLiteral("<g1@guest.example>"), QStringLiteral("<g2@guest.example>") };
        const qsizetype before = m_servers.mailbox(out.to).size();
        const SmtpOutcome sent
            = SmtpClient(s.smtp).send(out.fromAddress, out.to, EmailComposer::compose(out));
        QVERIFY2(sent.kind == SmtpOutcome::Kind::Sent, qPrintable(sent.error));
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_servers.mailbox(out.to).size() > before, m_servers.logs(), Deadline);
        const QByteArray raw = m_servers.mailbox(out.to).last();
        QVERIFY2(raw.contains("multipart/alternative"), raw.constData());
        const QByteArray head = raw.left(raw.indexOf("\n\n"));
        QVERIFY2(head.contains("?utf-8?Q?Fr=C3=BChst=C3=BCck"), raw.constData());
        for (char c : head)
            QVERIFY2(uchar(c) < 0x80, "headers must be 7-bit (RFC 2047)");
        const ParsedEmail got = EmailParser::parse(raw);
        QCOMPARE(got.messageId, out.messageId);
        QCOMPARE(got.inReplyTo, out.inReplyTo);
        QCOMPARE(got.references, out.references);
        QCOMPARE(got.subject, out.subject);
        QCOMPARE(got.fromName, out.fromName);
        QCOMPARE(got.text.trimmed(), out.text);
    }

    void smtpErrorsAreClassified()
    {
        const QByteArray mail = "Subject: x\r\n\r\nx\r\n";
        EmailSettings s = settings();
        s.smtp.password = QStringLiteral("wrong");
        SmtpOutcome o = SmtpClient(s.smtp).send(
            s.fromAddress, QLatin1String(MailServers::guestAddress), mail);
        QVERIFY(o.kind == SmtpOutcome::Kind::Failed);
        QVERIFY2(
            o.error.contains(QStringLiteral("check the e-mail settings")), qPrintable(o.error));
        QVERIFY2(!o.error.contains(QStringLiteral("wrong")), "the password must not leak");

        s = settings();
        o = SmtpClient(s.smtp).send(s.fromAddress, QStringLiteral("nobody@guest.example"), mail);
        QVERIFY2(o.kind == SmtpOutcome::Kind::Failed, qPrintable(o.error));
        QVERIFY2(o.code.startsWith(QLatin1Char('5')), qPrintable(o.code + o.error));
        QVERIFY2(o.error.contains(QStringLiteral("nobody@guest.example")), qPrintable(o.error));

        s.smtp.port = 1; // nothing listens there
        o = SmtpClient(s.smtp).check();
        QVERIFY2(o.kind == SmtpOutcome::Kind::Retry, qPrintable(o.error));

        s = settings();
        QVERIFY(SmtpClient(s.smtp).check().kind == SmtpOutcome::Kind::Sent);
        s.smtp.tlsVerify = true; // the test servers' certificate is self-signed
        o = SmtpClient(s.smtp).check();
        QVERIFY2(
            o.kind == SmtpOutcome::Kind::Retry && o.error.contains(QStringLiteral("certificate")),
            qPrintable(o.error));
    }

    void imapLogsInAndReportsProblems()
    {
        EmailSettings s = settings();
        {
            ImapSession ok(s.imap);
            const QString error = ok.open(s.mailbox);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(ok.uidValidity() > 0);
            QVERIFY(ok.canIdle());
        }
        {
            const EmailSettings plain = settings(QStringLiteral("starttls"));
            ImapSession upgraded(plain.imap);
            const QString error = upgraded.open(plain.mailbox);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        s.imap.password = QStringLiteral("wrong");
        ImapSession refused(s.imap);
        const QString error = refused.open(s.mailbox);
        QVERIFY2(error.contains(QStringLiteral("authentication failed")), qPrintable(error));
        QVERIFY(refused.loginRefused());
        s = settings();
        s.imap.tlsVerify = true;
        ImapSession untrusted(s.imap);
        const QString tlsError = untrusted.open(s.mailbox);
        QVERIFY2(tlsError.contains(QStringLiteral("certificate")), qPrintable(tlsError));
    }

    void receiverWakesOnNewMailAndKeepsItsCursor()
    {
        ImapCursor start;
        {
            ReceiverRun run(settings(), {});
            // First connection: only the cursor is set (history is not answered).
            QTRY_VERIFY2_WITH_TIMEOUT(
                !run.batches.isEmpty(), qPrintable(run.lastStatus()), Deadline);
            QVERIFY(run.batches.first().mails.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(run.lastStatus().startsWith(QStringLiteral("ok")), Deadline);
            const QString id = newMessageId();
            QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
                QLatin1String(MailServers::hotelAddress),
                guestMail(id, QStringLiteral("Towels"), QStringLiteral("Two more towels please"))));
            // Delivered while the receiver IDLEs: it wakes up and hands the mail over.
            QTRY_VERIFY2_WITH_TIMEOUT(run.messageIds.contains(id), m_servers.logs(), Deadline);
            QCOMPARE(run.messageIds.count(id), 1);
            start = run.cursor;
        }
        // Mail that arrives while nobody watches is fetched on the next start, exactly once.
        const QString a = newMessageId();
        const QString b = newMessageId();
        QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress),
            guestMail(a, QStringLiteral("A"), QStringLiteral("a"))));
        QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress),
            guestMail(b, QStringLiteral("B"), QStringLiteral("b"))));
        ReceiverRun again(settings(), start);
        QTRY_VERIFY2_WITH_TIMEOUT(again.messageIds.contains(a) && again.messageIds.contains(b),
            qPrintable(again.messageIds.join(QLatin1Char(' ')) + again.lastStatus()), Deadline);
        QCOMPARE(again.messageIds, QStringList({ a, b }));
    }

    void receiverRecoversFromCutMidFetch()
    {
        CuttingProxy proxy(m_servers.imapPort());
        EmailSettings s = settings(QStringLiteral("none"), proxy.port());
        ReceiverRun run(s, {});
        QTRY_VERIFY2_WITH_TIMEOUT(!run.batches.isEmpty(), qPrintable(run.lastStatus()), Deadline);
        proxy.cutOnceAt(QByteArrayLiteral(" FETCH ("));
        const QString a = newMessageId();
        const QString b = newMessageId();
        QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress),
            guestMail(a, QStringLiteral("A"), QStringLiteral("a"))));
        QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress),
            guestMail(b, QStringLiteral("B"), QStringLiteral("b"))));
        QTRY_VERIFY2_WITH_TIMEOUT(run.messageIds.contains(a) && run.messageIds.contains(b),
            qPrintable(run.statuses.join(QLatin1Char('\n'))), 60000);
        QCOMPARE(proxy.cuts(), 1);
        QVERIFY(proxy.connections() >= 2);
        QCOMPARE(run.messageIds.count(a), 1);
        QCOMPARE(run.messageIds.count(b), 1);
        QVERIFY2(run.statuses.join(QLatin1Char('\n')).contains(QStringLiteral("degraded: ")),
            qPrintable(run.statuses.join(QLatin1Char('\n'))));
    }

    void receiverReportsAndRecoversFromOutage()
    {
        ReceiverRun run(settings(), {});
        QTRY_VERIFY_WITH_TIMEOUT(run.lastStatus().startsWith(QStringLiteral("ok")), Deadline);
        QVERIFY(m_servers.stopImap());
        const QString id = newMessageId();
        QVERIFY(m_servers.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress),
            guestMail(id, QStringLiteral("Late"), QStringLiteral("x"))));
        QTRY_VERIFY2_WITH_TIMEOUT(!run.lastStatus().startsWith(QStringLiteral("ok")),
            qPrintable(run.lastStatus()), Deadline);
        QVERIFY2(
            run.lastStatus().contains(QStringLiteral("retrying in")), qPrintable(run.lastStatus()));
        QString why;
        QVERIFY2(m_servers.startImap(&why), qPrintable(why));
        QTRY_VERIFY2_WITH_TIMEOUT(run.messageIds.contains(id), qPrintable(run.lastStatus()), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(run.lastStatus().startsWith(QStringLiteral("ok")), Deadline);
    }
};

QTEST_GUILESS_MAIN(TestEmailServers)
#include "tst_emailservers.moc"
