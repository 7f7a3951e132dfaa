// The web chat's small pieces: origin rules, the per-session rate limit, the guest-facing
// message shape.
#include "channels/webchat/webchatconfig.h"
#include "channels/webchat/webchatmessage.h"
#include "channels/webchat/webchatratelimit.h"
#include "channels/webchat/webchatsessions.h"

#include <QTest>

using namespace jack::channels;

class TestWebchatUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void originRules()
    {
        WebchatConfig c;
        QString why;
        // No Origin (not a browser) and the hub's own pages always pass.
        QVERIFY(c.allowsOrigin({}, QStringLiteral("127.0.0.1:3000")));
        QVERIFY(c.allowsOrigin(
            QStringLiteral("http://127.0.0.1:3000"), QStringLiteral("127.0.0.1:3000")));
        QVERIFY(!c.allowsOrigin(
            QStringLiteral("https://hotel.example"), QStringLiteral("127.0.0.1:3000"), &why));
        QVERIFY2(why.contains(QLatin1String("lists no allowed origins")), qPrintable(why));
        c.allowedOrigins
            = { WebchatConfig::normaliseOrigin(QStringLiteral("https://Hotel.Example/")) };
        QVERIFY(c.allowsOrigin(
            QStringLiteral("https://hotel.example"), QStringLiteral("127.0.0.1:3000")));
        QVERIFY(!c.allowsOrigin(QStringLiteral("https://hotel.example.evil.test"),
            QStringLiteral("127.0.0.1:3000"), &why));
        QVERIFY(why.contains(QLatin1String("not among")));
        QVERIFY(!c.allowsOrigin(
            QStringLiteral("http://hotel.example"), QStringLiteral("127.0.0.1:3000")));
    }

    void rateLimitIsPerSessionAndSlides()
    {
        WebchatRateLimit limit;
        qint64 retry = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(limit.take(QStringLiteral("a"), 3, 1000 + i));
        QVERIFY(!limit.take(QStringLiteral("a"), 3, 2000, &retry));
        QCOMPARE(retry, 59000);
        QVERIFY(limit.take(QStringLiteral("b"), 3, 2000)); // another session is not affected
        QVERIFY(limit.take(QStringLiteral("a"), 3, 61000)); // the first one left the window
        limit.prune(200000);
        QVERIFY(limit.take(QStringLiteral("a"), 1, 200001));
    }

    void guestViewHidesInternals()
    {
        const QJsonObject stored { { "id", "m1" }, { "senderType", "guest" },
            { "senderId", "secret-staff" }, { "content", "Hi" }, { "createdAt", "2026-01-01" },
            { "deliveryStatus", "delivered" }, { "channelMessageId", "s1:c-1" },
            { "intent", "greeting" } };
        const QJsonObject view = WebchatMessage::fromStored(stored);
        QCOMPARE(view.value("from").toString(), QStringLiteral("guest"));
        QCOMPARE(view.value("clientId").toString(), QStringLiteral("c-1"));
        QVERIFY(!view.contains("senderId"));
        QVERIFY(!view.contains("intent"));
        QJsonObject ai = stored;
        ai.insert("senderType", "ai");
        QCOMPARE(WebchatMessage::fromStored(ai).value("from").toString(), QStringLiteral("jack"));
        QVERIFY(!WebchatMessage::fromStored(ai).contains("clientId"));
    }

    void tokensAreLongAndRandom()
    {
        const QString a = WebchatSessions::newToken();
        const QString b = WebchatSessions::newToken();
        QVERIFY(a != b);
        QCOMPARE(a.size(), 43); // 256 bits in base64url
        QCOMPARE(WebchatSessions::hashToken(a).size(), 64);
        QVERIFY(WebchatSessions::hashToken(a) != a);
    }
};

QTEST_GUILESS_MAIN(TestWebchatUnits)
#include "tst_webchatunits.moc"
