// E-mail end to end: a real jack-server reads a real Dovecot mailbox and answers through a real
// Postfix; the guest's side is the guest's Maildir. Needs root (throw-away mail servers).
#include "e2esupport.h"
#include "mailservers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

namespace {
constexpr int Deadline = 30000;

QString newMessageId()
{
    return QStringLiteral("<%1@guest.example>").arg(QUuid::createUuid().toString(QUuid::Id128));
}

//! One raw header of a mail, unfolded ("" when absent).
QString header(const QByteArray &raw, const QByteArray &name)
{
    const QByteArray head
        = raw.left(raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n"));
    const QRegularExpression re(
        QStringLiteral("^%1:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)").arg(QString::fromLatin1(name)),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromUtf8(head));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}
} // namespace

class TestEmailFlow : public QObject {
    Q_OBJECT

    MailServers m_mail;
    JackServerProcess m_hub;
    JsonHttpClient &api() { return m_hub.api(); }

    QJsonObject emailConfig(const QString &imapPassword)
    {
        return QJsonObject { { "fromAddress", QLatin1String(MailServers::hotelAddress) },
            { "fromName", QStringLiteral("Harbourview Hôtel") }, { "smtpHost", "127.0.0.1" },
            { "smtpPort", QString::number(m_mail.smtpPort()) }, { "smtpSecurity", "starttls" },
            { "smtpUsername", QLatin1String(MailServers::hotelAddress) },
            { "smtpPassword", m_mail.hotelPassword() }, { "imapHost", "127.0.0.1" },
            { "imapPort", QString::number(m_mail.imapsPort()) }, { "imapSecurity", "tls" },
            { "imapUsername", QLatin1String(MailServers::hotelAddress) },
            { "imapPassword", imapPassword }, { "imapMailbox", "INBOX" }, { "tlsVerify", "no" } };
    }

    [[nodiscard]] bool configure(const QString &imapPassword)
    {
        const HttpReply r = api().put(QStringLiteral("/api/v1/apps/email"),
            QJsonObject { { "enabled", true }, { "config", emailConfig(imapPassword) } });
        if (r.status != 200)
            qWarning("PUT /api/v1/apps/email: %s", r.describe().constData());
        return r.status == 200;
    }

    //! GET /health: services.channels.details["channels.email"] ({status, detail, since}).
    QJsonObject emailHealth()
    {
        return m_hub.anonymous()
            .get(QStringLiteral("/health"))
            .object()
            .value("services")
            .toObject()
            .value("channels")
            .toObject()
            .value("details")
            .toObject()
            .value("channels.email")
            .toObject();
    }

    //! Every e-mail message the hub stores, across conversations.
    QJsonArray emailMessages()
    {
        QJsonArray all;
        for (const QJsonValue &c : E2e::conversations(api())) {
            const QJsonObject conversation = c.toObject();
            if (conversation.value("channel").toString() != QLatin1String("email"))
                continue;
            for (const QJsonValue &m : E2e::messages(api(), conversation.value("id").toString()))
                all.append(m);
        }
        return all;
    }

    int storedWithId(const QString &channelMessageId)
    {
        return E2e::count(emailMessages(), E2e::fieldIs("channelMessageId", channelMessageId));
    }

    QJsonObject stored(const QString &channelMessageId)
    {
        return E2e::first(emailMessages(), E2e::fieldIs("channelMessageId", channelMessageId));
    }

    [[nodiscard]] bool guestWrites(const QString &messageId, const QString &subject,
        const QString &body, const QString &inReplyTo = {})
    {
        QString threading;
        if (!inReplyTo.isEmpty())
            threading = QStringLiteral("In-Reply-To: %1\r\nReferences: %1\r\n").arg(inReplyTo);
        const QByteArray raw
            = QStringLiteral("From: Ana Silva <%1>\r\nTo: %2\r\nSubject: %3\r\n"
                             "Message-ID: %4\r\n%5MIME-Version: 1.0\r\n"
                             "Content-Type: text/plain; charset=utf-8\r\n\r\n%6\r\n")
                  .arg(QLatin1String(MailServers::guestAddress),
                      QLatin1String(MailServers::hotelAddress), subject, messageId, threading, body)
                  .toUtf8();
        return m_mail.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress), raw);
    }

    [[nodiscard]] bool emailConnected()
    {
        return emailHealth().value("status").toString() == QLatin1String("ok");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = MailServers::unavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        QString why;
        QVERIFY2(m_mail.start(&why), qPrintable(why));
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString() + m_hub.outputTail()));
        QVERIFY(configure(m_mail.hotelPassword()));
        QTRY_VERIFY2_WITH_TIMEOUT(emailConnected(), E2e::compact(emailHealth()), Deadline);
    }

    void cleanupTestCase()
    {
        if (m_hub.isRunning())
            QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
        m_mail.stop();
    }

    void testConnectionNamesBothSides()
    {
        const HttpReply r = api().post(QStringLiteral("/api/v1/apps/email/test"), {});
        QVERIFY2(r.status == 200, r.describe().constData());
        const QString message = r.object().value("message").toString();
        QVERIFY2(r.object().value("ok").toBool() || r.object().value("success").toBool(),
            r.body.constData());
        QVERIFY2(message.contains("IMAP") && message.contains("SMTP"), qPrintable(message));
    }

    void guestMailIsAnsweredInTheGuestsThread()
    {
        const QString guestId = newMessageId();
        const qsizetype before = m_mail.mailbox(QLatin1String(MailServers::guestAddress)).size();
        QVERIFY(guestWrites(guestId, QStringLiteral("WLAN für Zimmer 12?"),
            QStringLiteral("What is the wifi password?\n\n-- \nAna Silva\nLisbon")));

        QJsonObject inbound;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(inbound = stored(guestId)).isEmpty(), qPrintable(m_hub.outputTail()), Deadline);
        QCOMPARE(inbound.value("direction").toString(), QStringLiteral("inbound"));
        QCOMPARE(inbound.value("content").toString(), QStringLiteral("What is the wifi password?"));

        // Jack's answer reaches the guest's mailbox through Postfix, threaded under theirs.
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_mail.mailbox(QLatin1String(MailServers::guestAddress)).size() > before,
            qPrintable(m_hub.outputTail() + m_mail.logs()), Deadline);
        const QByteArray reply = m_mail.mailbox(QLatin1String(MailServers::guestAddress)).last();
        QVERIFY2(reply.contains("seagull2026"), reply.constData());
        QCOMPARE(header(reply, "In-Reply-To"), guestId);
        QVERIFY2(header(reply, "References").contains(guestId), reply.constData());
        const QString jackId = header(reply, "Message-ID");
        QVERIFY2(jackId.endsWith(QStringLiteral("@hotel.example>")), qPrintable(jackId));
        QVERIFY2(
            header(reply, "Content-Type").contains("multipart/alternative"), reply.constData());
        QVERIFY2(reply.contains("text/html"), reply.constData());
        QVERIFY2(header(reply, "Subject").contains(QStringLiteral("?utf-8?")), reply.constData());
        QVERIFY2(
            !header(reply, "Subject").contains(QStringLiteral("ü")), "subject must be encoded");

        // The stored reply carries the Message-ID the guest's client will quote.
        QJsonObject outbound;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(outbound = stored(jackId)).isEmpty(), E2e::compact(emailMessages()), Deadline);
        QCOMPARE(outbound.value("conversationId").toString(),
            inbound.value("conversationId").toString());

        // The guest answers Jack's mail, quoting it: same conversation, quote stripped.
        const QString followUp = newMessageId();
        QVERIFY(guestWrites(followUp, QStringLiteral("Re: WLAN für Zimmer 12?"),
            QStringLiteral("Thanks, and is breakfast included?\n\nOn Mon, 1 Jun 2026 Harbourview "
                           "wrote:\n> The wifi password is seagull2026"),
            jackId));
        QJsonObject second;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(second = stored(followUp)).isEmpty(), qPrintable(m_hub.outputTail()), Deadline);
        QCOMPARE(
            second.value("conversationId").toString(), inbound.value("conversationId").toString());
        QCOMPARE(second.value("content").toString(),
            QStringLiteral("Thanks, and is breakfast included?"));
    }

    void attachmentIsStoredAndServed()
    {
        const QString id = newMessageId();
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUg==");
        const QByteArray raw
            = QStringLiteral("From: %1\r\nTo: %2\r\nSubject: Broken lamp\r\n"
                             "Message-ID: %3\r\nMIME-Version: 1.0\r\n"
                             "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                             "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                             "<p>The lamp in my room is <b>broken</b>.</p>\r\n"
                             "--b\r\nContent-Type: image/png; name=lamp.png\r\n"
                             "Content-Disposition: attachment; filename=lamp.png\r\n"
                             "Content-Transfer-Encoding: base64\r\n\r\n%4\r\n--b--\r\n")
                  .arg(QLatin1String(MailServers::guestAddress),
                      QLatin1String(MailServers::hotelAddress), id,
                      QString::fromLatin1(png.toBase64()))
                  .toUtf8();
        QVERIFY(m_mail.deliver(QLatin1String(MailServers::guestAddress),
            QLatin1String(MailServers::hotelAddress), raw));
        QJsonObject message;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(message = stored(id)).isEmpty(), qPrintable(m_hub.outputTail()), Deadline);
        QCOMPARE(
            message.value("content").toString(), QStringLiteral("The lamp in my room is broken."));
        const QJsonArray media = message.value("media").toArray();
        QCOMPARE(media.size(), 1);
        const QJsonObject file = media.first().toObject();
        QCOMPARE(file.value("status").toString(), QStringLiteral("stored"));
        QCOMPARE(file.value("fileName").toString(), QStringLiteral("lamp.png"));
        const HttpReply served = api().get(file.value("url").toString());
        QVERIFY2(served.status == 200, served.describe().constData());
        QCOMPARE(served.body, png);
    }

    void mailArrivingWhileTheHubIsDownIsFetchedOnce()
    {
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
        const QString a = newMessageId();
        const QString b = newMessageId();
        QVERIFY(guestWrites(a, QStringLiteral("Parking"), QStringLiteral("Is there parking?")));
        QVERIFY(guestWrites(b, QStringLiteral("Pets"), QStringLiteral("Can I bring my dog?")));
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString() + m_hub.outputTail()));
        QTRY_VERIFY2_WITH_TIMEOUT(
            storedWithId(a) == 1 && storedWithId(b) == 1, E2e::compact(emailMessages()), Deadline);
        // A further restart fetches nothing again.
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(emailConnected(), Deadline);
        QCOMPARE(storedWithId(a), 1);
        QCOMPARE(storedWithId(b), 1);
    }

    void wrongPasswordIsAnErrorUntilFixed()
    {
        QVERIFY(configure(QStringLiteral("not-the-password")));
        QTRY_VERIFY2_WITH_TIMEOUT(
            emailHealth().value("status").toString() == QLatin1String("error"),
            E2e::compact(emailHealth()), Deadline);
        const QString detail = emailHealth().value("detail").toString();
        QVERIFY2(detail.contains(QStringLiteral("authentication failed")), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("not-the-password")), qPrintable(detail));
        const HttpReply test = api().post(QStringLiteral("/api/v1/apps/email/test"), {});
        QVERIFY2(test.body.contains("IMAP"), test.body.constData());

        QVERIFY(configure(m_mail.hotelPassword()));
        QTRY_VERIFY2_WITH_TIMEOUT(emailConnected(), E2e::compact(emailHealth()), Deadline);
        const QString id = newMessageId();
        QVERIFY(guestWrites(id, QStringLiteral("Late"), QStringLiteral("Late check-out?")));
        QTRY_COMPARE_WITH_TIMEOUT(storedWithId(id), 1, Deadline);
    }
};

QTEST_GUILESS_MAIN(TestEmailFlow)
#include "tst_emailflow.moc"
