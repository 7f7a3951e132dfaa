// When Meta's Graph API is down, slow to accept or refuses, the hub keeps every guest message,
// retries what may be retried, gives up on what may not, and survives its own crash with
// unsent replies still queued.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QTest>

using namespace WhatsAppPayloads;

namespace {

constexpr int AckDeadline = 5000;
constexpr int ReplyDeadline = 20000;
// "429 and 5xx are retried with backoff, first retries within seconds"; an outage of a few
// seconds must be over within this.
constexpr int RecoveryDeadline = 45000;

} // namespace

class TestGraphOutage : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply guestSays(const QString &phone, const QString &wamid, const QString &text)
    {
        return m_hub.postSignedWhatsAppWebhook(m_account,
            inboundText(
                m_account, phone, QStringLiteral("Guest %1").arg(phone.right(3)), wamid, text));
    }

    //! The AI's reply to the guest as stored by the hub (empty until it exists).
    QJsonObject aiReply(const QString &phone)
    {
        return E2e::first(E2e::messagesOfGuest(api(), phone), [](const QJsonObject &m) {
            return m.value("direction").toString() == QLatin1String("outbound")
                && m.value("senderType").toString() == QLatin1String("ai");
        });
    }

    //! Sends are made to one recipient in these tests; all other traffic must have settled.
    int sendsTo(const QString &phone)
    {
        int n = 0;
        for (const GraphRequest &r : m_graph.messageSends()) {
            if (r.to() == phone)
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
    }

    void cleanupTestCase()
    {
        if (m_graph.isDown())
            QVERIFY(m_graph.setDown(false));
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
    }

    void graphDownInboundKeptReplyDeliveredLater()
    {
        QVERIFY(m_graph.setDown(true));
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const HttpReply ack = guestSays(phone, wamid, QStringLiteral("What is the wifi password?"));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        QVERIFY2(ack.elapsedMs < 2000,
            qPrintable(QStringLiteral("webhook ack took %1 ms while Graph API is down")
                           .arg(ack.elapsedMs)));

        // Visible at once, whatever the Graph API does.
        QTRY_VERIFY_WITH_TIMEOUT(
            !E2e::messageByChannelId(api(), phone, wamid).isEmpty(), AckDeadline);
        // The reply is written and waits in the outbox.
        QJsonObject reply;
        QTRY_VERIFY2_WITH_TIMEOUT((reply = aiReply(phone), !reply.isEmpty()),
            "no AI reply stored while the Graph API was down", ReplyDeadline);
        QVERIFY2(reply.value("deliveryStatus").toString() != QLatin1String("sent")
                && reply.value("deliveryStatus").toString() != QLatin1String("delivered"),
            E2e::compact(reply));
        QVERIFY(m_graph.acceptedSendsTo(phone).isEmpty());

        QVERIFY(m_graph.setDown(false));
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), RecoveryDeadline);
        QCOMPARE(m_graph.acceptedSendsTo(phone).size(), 1);
        QVERIFY(m_graph.acceptedSendsTo(phone).first().textBody().contains("seagull2026"));
        const QString sentWamid = m_graph.acceptedSendsTo(phone).first().wamid;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (reply = aiReply(phone),
                reply.value("deliveryStatus").toString() == QLatin1String("sent")),
            E2e::compact(reply), AckDeadline);
        QCOMPARE(reply.value("channelMessageId").toString(), sentWamid);
    }

    void throttlingAndServerErrorsAreRetried()
    {
        m_graph.failNext(1, 500);
        m_graph.failNext(1, 429);
        m_graph.failNext(1, 503);
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const HttpReply ack = guestSays(phone, wamid, QStringLiteral("What time is check-out?"));
        QVERIFY2(ack.status == 200, ack.describe().constData());

        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), RecoveryDeadline);
        QCOMPARE(m_graph.pendingFailures(), 0);
        QCOMPARE(sendsTo(phone), 4); // three refused tries, one accepted
        QCOMPARE(m_graph.acceptedSendsTo(phone).size(), 1);
        // Every try carried the same reply.
        const QList<GraphRequest> sends = m_graph.messageSends();
        QString body;
        for (const GraphRequest &r : sends) {
            if (r.to() != phone)
                continue;
            if (body.isEmpty())
                body = r.textBody();
            QCOMPARE(r.textBody(), body);
        }
        QJsonObject reply;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (reply = aiReply(phone),
                reply.value("deliveryStatus").toString() == QLatin1String("sent")),
            E2e::compact(reply), AckDeadline);
    }

    void permanentRefusalIsNotRetried()
    {
        // 131047: the 24-hour window is closed; resending the same free-form text can never
        // succeed.
        m_graph.failNext(1, 400, 131047);
        const QString phone = E2e::newGuestPhone();
        const HttpReply ack
            = guestSays(phone, newWamid(), QStringLiteral("What time is check-out?"));
        QVERIFY2(ack.status == 200, ack.describe().constData());

        QJsonObject reply;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (reply = aiReply(phone),
                reply.value("deliveryStatus").toString() == QLatin1String("failed")),
            "reply not marked failed: " + E2e::compact(reply), ReplyDeadline);
        QCOMPARE(sendsTo(phone), 1);

        // Another guest's reply goes through the same outbox afterwards; the refused one has
        // still not been tried again.
        const QString other = E2e::newGuestPhone();
        QCOMPARE(
            guestSays(other, newWamid(), QStringLiteral("What time is breakfast?")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(other).isEmpty(), ReplyDeadline);
        QCOMPARE(sendsTo(phone), 1);
        QCOMPARE(aiReply(phone).value("deliveryStatus").toString(), QStringLiteral("failed"));
    }

    void unsentReplySurvivesAHubCrash()
    {
        QVERIFY(m_graph.setDown(true));
        const QString phone = E2e::newGuestPhone();
        const HttpReply ack
            = guestSays(phone, newWamid(), QStringLiteral("What is the wifi password?"));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!aiReply(phone).isEmpty(), ReplyDeadline);

        m_hub.kill();
        QVERIFY(m_graph.setDown(false));
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));

        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), RecoveryDeadline);
        QCOMPARE(m_graph.acceptedSendsTo(phone).size(), 1);
        QVERIFY(m_graph.acceptedSendsTo(phone).first().textBody().contains("seagull2026"));
        QTRY_COMPARE_WITH_TIMEOUT(
            aiReply(phone).value("deliveryStatus").toString(), QStringLiteral("sent"), AckDeadline);
        // One reply, not one per restart.
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), phone), E2e::fieldIs("senderType", "ai")), 1);
    }
};

QTEST_GUILESS_MAIN(TestGraphOutage)
#include "tst_graphoutage.moc"
