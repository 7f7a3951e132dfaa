// A guest on SMS, end to end: Twilio's signed webhooks → the hub's storage → the offline AI
// → the fake Twilio REST API → status callbacks → the staff API, against a real jack-server.
#include "e2esupport.h"
#include "jackserverprocess.h"
#include "twilio/faketwilio.h"
#include "twilio/twiliowebhooks.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

namespace {

constexpr int ReplyDeadline = 20000; // AI pipeline + outbox round trip
constexpr int RetryDeadline = 30000; // a retry waits 2 s, then 4 s…
const QByteArray EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
const QString PublicBaseUrl = QStringLiteral("https://jack.harbourview.example");
const QString WifiQuestion = QStringLiteral("What is the wifi password?");

QString newPhone()
{
    return QLatin1Char('+') + E2e::newGuestPhone();
}

} // namespace

class TestSmsFlow : public QObject {
    Q_OBJECT

private:
    TwilioAccount m_account;
    FakeTwilio m_twilio { m_account };
    JackServerProcess m_hub;
    std::unique_ptr<TwilioWebhooks> m_hooks;

    // The first conversation's reply, reused by the status tests.
    QString m_replyPhone;
    QString m_replySid;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply configure(const QString &authToken)
    {
        return api().put(QStringLiteral("/api/v1/apps/twilio-sms"),
            QJsonObject { { "enabled", true },
                { "config",
                    QJsonObject { { "accountSid", m_account.accountSid },
                        { "authToken", authToken }, { "phoneNumber", m_account.phoneNumber },
                        { "apiBaseUrl", m_twilio.baseUrl().toString() }, { "segmentBudget", "3" },
                        { "segmentsPerSecond", "5" } } } });
    }

    //! Polls the staff API until `predicate` holds for the message, or the deadline passes.
    QJsonObject waitForMessage(
        const QString &phone, const E2e::Predicate &predicate, int timeoutMs = ReplyDeadline)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            const QJsonObject m = E2e::first(E2e::messagesOfGuest(api(), phone), predicate);
            if (!m.isEmpty())
                return m;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return {};
    }

    QJsonObject messageWithSid(const QString &phone, const QString &sid)
    {
        return E2e::messageByChannelId(api(), phone, sid);
    }

    //! The guest asks; returns the accepted send of Jack's answer (or an empty record).
    TwilioRequest guestAsksAndJackAnswers(const QString &phone, int timeoutMs = ReplyDeadline)
    {
        const HttpReply r = m_hooks->inbound(phone, WifiQuestion, FakeTwilio::newSid("SM"));
        if (r.status != 200)
            return {};
        QDeadlineTimer deadline(timeoutMs);
        while (m_twilio.acceptedSendsTo(phone).isEmpty() && !deadline.hasExpired())
            QTest::qWait(50);
        const auto sends = m_twilio.acceptedSendsTo(phone);
        return sends.isEmpty() ? TwilioRequest {} : sends.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_twilio.start());
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
        m_hooks = std::make_unique<TwilioWebhooks>(m_hub.anonymous(), m_account, PublicBaseUrl);

        // Not configured yet: nothing can be checked, so nothing is taken.
        const HttpReply early = m_hooks->inbound(newPhone(), QStringLiteral("hi"), "SMearly");
        QCOMPARE(early.status, 503);

        const HttpReply app = configure(m_account.authToken);
        QVERIFY2(app.status == 200, app.describe().constData());
        const HttpReply hotel = api().put(QStringLiteral("/api/v1/settings/hotel"),
            QJsonObject { { "publicBaseUrl", PublicBaseUrl } });
        QVERIFY2(hotel.status == 200, hotel.describe().constData());
    }

    void cleanupTestCase()
    {
        if (m_hub.isRunning())
            QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
    }

    void authTokenComesBackMasked()
    {
        const HttpReply reply = api().get(QStringLiteral("/api/v1/apps/twilio-sms"));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QVERIFY2(!reply.body.contains(m_account.authToken.toUtf8()), reply.body.constData());
        QVERIFY(reply.body.contains(m_account.accountSid.toUtf8()));
    }

    void inboundIsStoredAndJackAnswers()
    {
        const QString phone = newPhone();
        const QString sid = FakeTwilio::newSid("SM");
        const HttpReply r = m_hooks->inbound(phone, WifiQuestion, sid);
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY2(
            r.header("Content-Type").startsWith("text/xml"), r.header("Content-Type").constData());
        QCOMPARE(r.body, EmptyTwiml);

        // Answered after commit: the message is visible at once.
        const QJsonObject stored = messageWithSid(phone, sid);
        QVERIFY2(!stored.isEmpty(), "the acknowledged SMS is not stored");
        QCOMPARE(stored.value("channel").toString(), QStringLiteral("sms"));
        QCOMPARE(stored.value("direction").toString(), QStringLiteral("inbound"));
        QCOMPARE(stored.value("content").toString(), WifiQuestion);
        const QJsonArray conversations = E2e::conversationsOfGuest(api(), phone);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(
            conversations.first().toObject().value("channel").toString(), QStringLiteral("sms"));

        QTRY_VERIFY_WITH_TIMEOUT(!m_twilio.acceptedSendsTo(phone).isEmpty(), ReplyDeadline);
        const TwilioRequest send = m_twilio.acceptedSendsTo(phone).first();
        QVERIFY(send.authorised);
        QCOMPARE(send.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(send.value("From"), m_account.phoneNumber);
        QVERIFY(!send.has("MessagingServiceSid"));
        QCOMPARE(
            send.value("StatusCallback"), PublicBaseUrl + QStringLiteral("/webhooks/sms/status"));
        QVERIFY2(!send.value("Body").trimmed().isEmpty(), send.body.constData());

        const QJsonObject reply = waitForMessage(phone, [&](const QJsonObject &m) {
            return m.value("channelMessageId").toString() == send.sid
                && m.value("deliveryStatus").toString() == QLatin1String("sent");
        });
        QVERIFY2(!reply.isEmpty(), "the reply never showed as sent with Twilio's SID");
        QCOMPARE(reply.value("direction").toString(), QStringLiteral("outbound"));
        QCOMPARE(reply.value("content").toString(), send.value("Body"));
        m_replyPhone = phone;
        m_replySid = send.sid;
    }

    void duplicateMessageSidIsStoredOnce()
    {
        const QString phone = newPhone();
        const QString sid = FakeTwilio::newSid("SM");
        for (int i = 0; i < 3; ++i) {
            const HttpReply r
                = m_hooks->inbound(phone, QStringLiteral("Late checkout please"), sid);
            QVERIFY2(r.status == 200, r.describe().constData());
            QCOMPARE(r.body, EmptyTwiml);
        }
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), phone), E2e::fieldIs("channelMessageId", sid)),
            1);
    }

    void badSignaturesAreRefused()
    {
        const QString phone = newPhone();
        const TwilioParams params
            = m_hooks->inboundParams(phone, QStringLiteral("hello"), FakeTwilio::newSid("SM"));
        QCOMPARE(
            m_hooks->post("/webhooks/sms", params, TwilioWebhooks::Signing::Missing).status, 401);
        QCOMPARE(
            m_hooks->post("/webhooks/sms", params, TwilioWebhooks::Signing::Wrong).status, 401);
        // Signed, then a field changed on the way.
        TwilioParams tampered = params;
        for (auto &p : tampered) {
            if (p.first == QLatin1String("Body"))
                p.second = QStringLiteral("hello, send me the master key");
        }
        QCOMPARE(m_hooks->post("/webhooks/sms", tampered, TwilioWebhooks::Signing::Valid, &params)
                     .status,
            401);
        // Signed over the loopback address the hub sees instead of its public URL.
        TwilioWebhooks loopback(m_hub.anonymous(), m_account, m_hub.baseUrl().toString());
        QCOMPARE(loopback.post("/webhooks/sms", params).status, 401);
        QCOMPARE(m_hooks
                     ->post("/webhooks/sms/status",
                         { { "MessageSid", m_replySid }, { "MessageStatus", "failed" } },
                         TwilioWebhooks::Signing::Wrong)
                     .status,
            401);
        QVERIFY(E2e::conversationsOfGuest(api(), phone).isEmpty());

        // The query string is part of what Twilio signs.
        const HttpReply withQuery = m_hooks->post("/webhooks/sms?property=harbourview", params);
        QVERIFY2(withQuery.status == 200, withQuery.describe().constData());
        QCOMPARE(E2e::conversationsOfGuest(api(), phone).size(), 1);
    }

    void statusCallbacksMoveForwardOnly()
    {
        if (m_replySid.isEmpty())
            QSKIP("needs inboundIsStoredAndJackAnswers");
        const auto statusOf = [&]() {
            return messageWithSid(m_replyPhone, m_replySid).value("deliveryStatus").toString();
        };
        HttpReply r = m_hooks->status(m_replySid, "queued", m_replyPhone);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(statusOf(), QStringLiteral("sent"));
        r = m_hooks->status(m_replySid, "delivered", m_replyPhone);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(statusOf(), QStringLiteral("delivered"));
        // Twilio's callbacks can arrive out of order: a late "sent" must not move it back.
        r = m_hooks->status(m_replySid, "sent", m_replyPhone);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(statusOf(), QStringLiteral("delivered"));
        r = m_hooks->status(m_replySid, "undelivered", m_replyPhone, "30003");
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(statusOf(), QStringLiteral("delivered"));
    }

    void undeliveredShowsTheReason()
    {
        const QString phone = newPhone();
        const TwilioRequest send = guestAsksAndJackAnswers(phone);
        QVERIFY2(send.accepted(), "Jack's answer was not sent");
        QVERIFY(!waitForMessage(phone, E2e::fieldIs("channelMessageId", send.sid)).isEmpty());
        const HttpReply r = m_hooks->status(send.sid, "undelivered", phone, "30003");
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject m = messageWithSid(phone, send.sid);
        QCOMPARE(m.value("deliveryStatus").toString(), QStringLiteral("failed"));
        QVERIFY2(m.value("deliveryError").toString().contains(QLatin1String("(30003)")),
            E2e::compact(m).constData());
    }

    void mmsMediaIsDownloadedAndServed()
    {
        QByteArray photo("\xFF\xD8\xFF\xE0", 4);
        for (int i = 0; i < 20000; ++i)
            photo.append(char(QRandomGenerator::global()->bounded(256)));
        const QString mediaUrl = m_twilio.addMedia("image/jpeg", photo);
        const QString phone = newPhone();
        const QString sid = FakeTwilio::newSid("MM");
        const HttpReply r = m_hooks->inbound(phone, QString(), sid, { { mediaUrl, "image/jpeg" } });
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(messageWithSid(phone, sid).value("content").toString(), QStringLiteral("[photo]"));

        const QJsonObject stored = waitForMessage(phone, [&](const QJsonObject &m) {
            return m.value("channelMessageId").toString() == sid
                && m.value("media").toArray().first().toObject().value("status").toString()
                == QLatin1String("stored");
        });
        QVERIFY2(!stored.isEmpty(), E2e::compact(messageWithSid(phone, sid)).constData());
        const QJsonObject media = stored.value("media").toArray().first().toObject();
        QCOMPARE(media.value("kind").toString(), QStringLiteral("image"));
        const HttpReply file = api().get(media.value("url").toString());
        QVERIFY2(file.status == 200, file.describe().constData());
        QCOMPARE(file.body, photo);

        // Credentials went to Twilio's API, not to the storage it redirected to.
        bool askedApi = false, askedStorage = false;
        for (const TwilioRequest &req : m_twilio.requests()) {
            if (req.path == QUrl(mediaUrl).path()) {
                askedApi = true;
                QVERIFY(req.authorised);
            } else if (req.path.startsWith(QLatin1String("/cdn/"))) {
                askedStorage = true;
                QVERIFY(req.header("Authorization").isEmpty());
            }
        }
        QVERIFY(askedApi && askedStorage);
    }

    void serverErrorIsRetriedThenSent()
    {
        const QString phone = newPhone();
        m_twilio.failNext(1, 500, 0, phone);
        const TwilioRequest send = guestAsksAndJackAnswers(phone, RetryDeadline);
        QVERIFY2(send.accepted(), "the reply was not retried after HTTP 500");
        const auto attempts = m_twilio.sendsTo(phone);
        QVERIFY(attempts.size() >= 2);
        QCOMPARE(attempts.first().status, 500);
        QVERIFY(!waitForMessage(phone, [&](const QJsonObject &m) {
            return m.value("channelMessageId").toString() == send.sid
                && m.value("deliveryStatus").toString() == QLatin1String("sent");
        }).isEmpty());
    }

    void invalidNumberFailsWithAClearReason()
    {
        const QString phone = newPhone();
        m_twilio.failNext(1, 400, 21211, phone);
        const HttpReply r = m_hooks->inbound(phone, WifiQuestion, FakeTwilio::newSid("SM"));
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject failed = waitForMessage(phone, [](const QJsonObject &m) {
            return m.value("direction").toString() == QLatin1String("outbound")
                && m.value("deliveryStatus").toString() == QLatin1String("failed");
        });
        QVERIFY2(!failed.isEmpty(), E2e::compact(E2e::messagesOfGuest(api(), phone)).constData());
        QVERIFY2(failed.value("deliveryError").toString().contains(QLatin1String("not a valid")),
            E2e::compact(failed).constData());
        QCOMPARE(m_twilio.sendsTo(phone).size(), 1);
    }

    void testConnection()
    {
        HttpReply r = api().post(QStringLiteral("/api/v1/apps/twilio-sms/test"), QJsonObject {});
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY2(r.object().value("ok").toBool(), r.body.constData());
        QVERIFY2(r.object().value("message").toString().contains(m_account.friendlyName),
            r.body.constData());

        QCOMPARE(configure(QStringLiteral("0123456789abcdef0123456789abcdef")).status, 200);
        r = api().post(QStringLiteral("/api/v1/apps/twilio-sms/test"), QJsonObject {});
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY2(!r.object().value("ok").toBool(), r.body.constData());
        QVERIFY2(r.object().value("message").toString().contains(QLatin1String("auth token")),
            r.body.constData());
        QVERIFY(!r.body.contains("0123456789abcdef0123456789abcdef"));

        QCOMPARE(configure(m_account.authToken).status, 200);
        r = api().post(QStringLiteral("/api/v1/apps/twilio-sms/test"), QJsonObject {});
        QVERIFY2(r.object().value("ok").toBool(), r.body.constData());
    }

    void queuedReplyIsSentAfterRestart()
    {
        const QString phone = newPhone();
        m_twilio.failNext(1000, 503, 0, phone);
        const HttpReply r = m_hooks->inbound(phone, WifiQuestion, FakeTwilio::newSid("SM"));
        QVERIFY2(r.status == 200, r.describe().constData());
        // Twilio is failing for this guest: the reply sits in the outbox, waiting to retry.
        QTRY_VERIFY_WITH_TIMEOUT(!m_twilio.sendsTo(phone).isEmpty(), ReplyDeadline);
        m_hub.kill();
        m_twilio.clearFailures();
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_twilio.acceptedSendsTo(phone).isEmpty(), RetryDeadline);
        const TwilioRequest send = m_twilio.acceptedSendsTo(phone).first();
        QCOMPARE(m_twilio.acceptedSendsTo(phone).size(), 1);
        QVERIFY(!waitForMessage(phone, E2e::fieldIs("channelMessageId", send.sid)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmsFlow)
#include "tst_smsflow.moc"
