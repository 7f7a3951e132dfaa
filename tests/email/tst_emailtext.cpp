// What the e-mail channel does to text, without any server: quote and signature stripping,
// HTML conversion, MIME parsing and composing, subjects and thread matching.
#include "channels/email/emailcomposer.h"
#include "channels/email/emailparser.h"
#include "channels/email/emailthreads.h"
#include "channels/email/htmltext.h"
#include "channels/email/replycleaner.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/gueststore.h"
#include "storage/messagestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace jack::channels;
using namespace jack;

class TestEmailText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replyCleaner_data()
    {
        QTest::addColumn<QString>("mail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Is breakfast included?"
                               << "Is breakfast included?";
        QTest::newRow("gmail attribution")
            << "Yes please, two towels.\n\nOn Mon, 3 Jun 2026 at 10:02, Jack <jack@hotel.example> "
               "wrote:\n> Would you like towels?\n> Jack"
            << "Yes please, two towels.";
        QTest::newRow("wrapped attribution")
            << "Thanks!\n\nOn Mon, 3 Jun 2026 at 10:02, Harbourview Hotel\n<jack@hotel.example> "
               "wrote:\n> Hello"
            << "Thanks!";
        QTest::newRow("german attribution")
            << "Danke!\n\nAm 03.06.2026 um 10:02 schrieb Jack <jack@hotel.example>:\n> Hallo"
            << "Danke!";
        QTest::newRow("inline quote lines dropped")
            << "> Is the pool open?\nYes until 10pm?\n> Thanks"
            << "Yes until 10pm?";
        QTest::newRow("outlook original message")
            << "See you at 8.\n\n-----Original Message-----\nFrom: Jack\nSent: Monday\nSubject: "
               "Dinner"
            << "See you at 8.";
        QTest::newRow("outlook header block")
            << "Perfect.\n\n________________________________\nFrom: Jack <jack@hotel.example>\n"
               "Sent: Monday\nTo: Ana"
            << "Perfect.";
        QTest::newRow("outlook header block without line")
            << "Perfect.\n\nFrom: Jack <jack@hotel.example>\nSent: Monday, 3 June\nTo: Ana\n"
            << "Perfect.";
        QTest::newRow("a From: in the text stays") << "From: the airport, how do I get to you?"
                                                   << "From: the airport, how do I get to you?";
        QTest::newRow("signature") << "Late check-out possible?\n-- \nAna Silva\n+351 912 345 678"
                                   << "Late check-out possible?";
        QTest::newRow("iphone") << "Can I park my car?\n\nSent from my iPhone"
                                << "Can I park my car?";
        QTest::newRow("crlf") << "Room 12 please.\r\n\r\n-- \r\nAna"
                              << "Room 12 please.";
        QTest::newRow("only a quote keeps the text") << "> forwarded question"
                                                     << "> forwarded question";
    }
    void replyCleaner()
    {
        QFETCH(QString, mail);
        QFETCH(QString, expected);
        QCOMPARE(ReplyCleaner::clean(mail), expected);
    }

    void htmlToText()
    {
        const QString html = QStringLiteral(
            "<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;Jack,</p>"
            "<p>Is the <b>spa</b> open &amp; free?<br>Thanks</p><ul><li>one</li><li>two</li>"
            "</ul><div class=\"gmail_quote\">On Mon Jack wrote:<blockquote>old</blockquote>"
            "</div></body></html>");
        QCOMPARE(HtmlText::toText(html),
            QStringLiteral("Hello Jack,\nIs the spa open & free?\nThanks\n- one\n- two"));
        QCOMPARE(HtmlText::toText(QStringLiteral("caf&#233; &#x263A; &lt;b&gt;")),
            QStringLiteral("café ☺ <b>"));
    }

    void textToHtmlIsEscaped()
    {
        const QString html
            = HtmlText::fromText(QStringLiteral("Dear <guest>,\nA & B\n\nJack \"the\" butler"));
        QVERIFY(html.contains(QStringLiteral("<p>Dear &lt;guest&gt;,<br>\nA &amp; B</p>")));
        QVERIFY(html.contains(QStringLiteral("<p>Jack &quot;the&quot; butler</p>")));
        QVERIFY(!html.contains(QStringLiteral("<guest>")));
    }

    void replySubject()
    {
        QCOMPARE(EmailThreads::replySubject(QStringLiteral("Breakfast"), QStringLiteral("H")),
            QStringLiteral("Re: Breakfast"));
        QCOMPARE(EmailThreads::replySubject(QStringLiteral("RE: Breakfast"), QStringLiteral("H")),
            QStringLiteral("RE: Breakfast"));
        QCOMPARE(EmailThreads::replySubject(QStringLiteral("AW: Frühstück"), {}),
            QStringLiteral("AW: Frühstück"));
        QCOMPARE(EmailThreads::replySubject({}, QStringLiteral("Harbourview")),
            QStringLiteral("A message from Harbourview"));
    }

    void parsesEncodedHeadersAndAlternative()
    {
        const QByteArray raw = "From: =?UTF-8?Q?Ana_S=C3=A1=20Silva?= <Ana@Guest.Example>\r\n"
                               "To: jack@hotel.example\r\n"
                               "Subject: =?UTF-8?B?RnLDvGhzdMO8Y2s/?=\r\n"
                               "Message-ID: <m1@guest.example>\r\n"
                               "In-Reply-To: <jack-1@hotel.example>\r\n"
                               "References: <first@guest.example>\r\n <jack-1@hotel.example>\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                               "--b1\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                               "Um caf=E9, por favor.\r\n"
                               "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                               "<p>HTML version</p>\r\n--b1--\r\n";
        const ParsedEmail mail = EmailParser::parse(raw);
        QCOMPARE(mail.messageId, QStringLiteral("<m1@guest.example>"));
        QCOMPARE(mail.inReplyTo, QStringLiteral("<jack-1@hotel.example>"));
        QCOMPARE(mail.references,
            QStringList({ QStringLiteral("<first@guest.example>"),
                QStringLiteral("<jack-1@hotel.example>") }));
        QCOMPARE(mail.subject, QStringLiteral("Frühstück?"));
        QCOMPARE(mail.fromAddress, QStringLiteral("ana@guest.example"));
        QCOMPARE(mail.fromName, QStringLiteral("Ana Sá Silva"));
        QCOMPARE(mail.text.trimmed(), QStringLiteral("Um café, por favor."));
        QVERIFY(!mail.automatic);
        QVERIFY(mail.attachments.isEmpty());
    }

    void parsesHtmlOnlyAndAttachments()
    {
        const QByteArray raw = "From: guest@guest.example\r\nSubject: photo\r\n"
                               "Message-ID: <m2@guest.example>\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n"
                               "--x\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                               "<div>The lamp is <i>broken</i>.</div>\r\n"
                               "--x\r\nContent-Type: image/png; name=\"lamp.png\"\r\n"
                               "Content-Disposition: attachment; filename=\"lamp.png\"\r\n"
                               "Content-Transfer-Encoding: base64\r\n\r\n"
                               "iVBORw0KGgo=\r\n--x--\r\n";
        const ParsedEmail mail = EmailParser::parse(raw);
        QCOMPARE(mail.text, QStringLiteral("The lamp is broken."));
        QCOMPARE(mail.attachments.size(), 1);
        QCOMPARE(mail.attachments.first().fileName, QStringLiteral("lamp.png"));
        QCOMPARE(mail.attachments.first().mimeType, QStringLiteral("image/png"));
        QCOMPARE(mail.attachments.first().bytes, QByteArray::fromBase64("iVBORw0KGgo="));
    }

    void recognisesMachines_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("person") << QByteArray("From: ana@guest.example\r\n") << false;
        QTest::newRow("auto-submitted no")
            << QByteArray("From: ana@guest.example\r\nAuto-Submitted: no\r\n") << false;
        QTest::newRow("vacation") << QByteArray(
            "From: ana@guest.example\r\nAuto-Submitted: auto-replied\r\n")
                                  << true;
        QTest::newRow("bulk") << QByteArray("From: news@shop.example\r\nPrecedence: bulk\r\n")
                              << true;
        QTest::newRow("bounce") << QByteArray("From: MAILER-DAEMON@mx.example\r\n") << true;
        QTest::newRow("report") << QByteArray(
            "From: mx@mx.example\r\nContent-Type: multipart/report; "
            "report-type=delivery-status; boundary=z\r\n")
                                << true;
    }
    void recognisesMachines()
    {
        QFETCH(QByteArray, headers);
        QFETCH(bool, automatic);
        const ParsedEmail mail
            = EmailParser::parse(headers + "Subject: x\r\nMessage-ID: <a@b>\r\n\r\nhello\r\n");
        QCOMPARE(mail.automatic, automatic);
    }

    void missingMessageIdIsStable()
    {
        const QByteArray raw = "From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n";
        const QString id = EmailParser::parse(raw).messageId;
        QVERIFY(id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')));
        QCOMPARE(EmailParser::parse(raw).messageId, id);
        QVERIFY(EmailParser::parse(raw + "more").messageId != id);
    }

    void composesThreadedAlternative()
    {
        OutgoingEmail out;
        out.fromAddress = QStringLiteral("jack@hotel.example");
        out.fromName = QStringLiteral("Hôtel Harbourview");
        out.to = QStringLiteral("ana@guest.example");
        out.subject = QStringLiteral("Re: Frühstück?");
        out.text = QStringLiteral("Breakfast is 7–10 <in the lounge> & free.");
        out.messageId = QStringLiteral("<abc-123@hotel.example>");
        out.inReplyTo = QStringLiteral("<m1@guest.example>");
        out.references
            = { QStringLiteral("<first@guest.example>"), QStringLiteral("<m1@guest.example>") };
        const QByteArray raw = EmailComposer::compose(out);
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n")).toLower();
        QVERIFY2(head.contains("subject: re: =?utf-8?"), raw.constData());
        QVERIFY2(!raw.contains("Frühstück"), "non-ASCII subject must be encoded");
        QVERIFY(raw.contains("multipart/alternative"));
        QVERIFY(raw.contains("text/plain"));
        QVERIFY(raw.contains("text/html"));
        QVERIFY2(head.contains("message-id: <abc-123@hotel.example>"), raw.constData());
        QVERIFY2(head.contains("in-reply-to: <m1@guest.example>"), raw.constData());
        // Read back through the parser: everything survives the round trip.
        const ParsedEmail back = EmailParser::parse(raw);
        QCOMPARE(back.subject, out.subject);
        QCOMPARE(back.messageId, out.messageId);
        QCOMPARE(back.inReplyTo, out.inReplyTo);
        QCOMPARE(back.references, out.references);
        QCOMPARE(back.fromName, out.fromName);
        QCOMPARE(back.text.trimmed(), out.text);
    }

    void threadMatching()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = storage::Database::open(
                dir.filePath(QStringLiteral("t.db")), QStringLiteral("t"));
            storage::Database::migrate(db);
            storage::GuestStore guests(db);
            storage::ConversationStore conversations(db);
            const QString ana = guests.findOrCreateByEmail(
                QStringLiteral("ana@guest.example"), QStringLiteral("Ana"));
            bool created = false;
            const QString conv = conversations
                                     .openFor(ana, QStringLiteral("email"),
                                         QStringLiteral("ana@guest.example"), &created)
                                     .id;
            storage::MessageStore messages(db);
            auto add
                = [&](const QString &direction, const QString &messageId, const QString &subject,
                      const QString &references, const QString &createdAt) {
                      storage::NewMessage m;
                      m.conversationId = conv;
                      m.direction = direction;
                      m.senderType = direction == QLatin1String("inbound") ? QStringLiteral("guest")
                                                                           : QStringLiteral("ai");
                      m.content = QStringLiteral("x");
                      m.channel = QStringLiteral("email");
                      m.channelMessageId = messageId;
                      m.createdAt = createdAt;
                      m.meta = { { "messageId", messageId }, { "subject", subject },
                          { "references", references } };
                      return messages.insert(m);
                  };
            add(QStringLiteral("inbound"), QStringLiteral("<g1@guest.example>"),
                QStringLiteral("Parking"), {}, QStringLiteral("2026-06-01T10:00:00.000Z"));
            add(QStringLiteral("outbound"), QStringLiteral("<j1@hotel.example>"),
                QStringLiteral("Re: Parking"), QStringLiteral("<g1@guest.example>"),
                QStringLiteral("2026-06-01T10:05:00.000Z"));

            ParsedEmail reply;
            reply.inReplyTo = QStringLiteral("<j1@hotel.example>");
            QCOMPARE(EmailThreads::conversationFor(db, reply), conv);
            ParsedEmail viaReferences;
            viaReferences.inReplyTo = QStringLiteral("<unknown@elsewhere>");
            viaReferences.references = { QStringLiteral("<g1@guest.example>") };
            QCOMPARE(EmailThreads::conversationFor(db, viaReferences), conv);
            ParsedEmail fresh;
            fresh.references = { QStringLiteral("<nobody@nowhere>") };
            QVERIFY(EmailThreads::conversationFor(db, fresh).isEmpty());

            const EmailThreads::ReplyContext context
                = EmailThreads::replyContext(db, conv, QStringLiteral("Harbourview"));
            QCOMPARE(context.inReplyTo, QStringLiteral("<j1@hotel.example>"));
            QCOMPARE(context.references,
                QStringList({ QStringLiteral("<g1@guest.example>"),
                    QStringLiteral("<j1@hotel.example>") }));
            QCOMPARE(context.subject, QStringLiteral("Re: Parking"));
            const EmailThreads::ReplyContext none
                = EmailThreads::replyContext(db, QStringLiteral("no-such"), QStringLiteral("H"));
            QVERIFY(none.inReplyTo.isEmpty());
            QCOMPARE(none.subject, QStringLiteral("A message from H"));
        }
        storage::Database::close(QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestEmailText)
#include "tst_emailtext.moc"
