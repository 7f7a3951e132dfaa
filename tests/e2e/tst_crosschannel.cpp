// What holds across channels: a staff "retry" re-sends the same outbox row (not a copy), a
// reply that does not reach the guest in time is re-sent by e-mail, a guest's conversations on
// several channels read as one timeline, and the hotel and app settings the channels rely on.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace WhatsAppPayloads;

namespace {
constexpr int Deadline = 20000;
// A demo guest with a reservation, a phone and an e-mail address.
const QString kMariaPhone = QStringLiteral("351912345678");
const QString kMariaEmail = QStringLiteral("maria.santos@example.com");
} // namespace

class TestCrossChannel : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply guestSays(const QString &phone, const QString &text)
    {
        return m_hub.postSignedWhatsAppWebhook(
            m_account, inboundText(m_account, phone, QStringLiteral("Guest"), newWamid(), text));
    }

    QJsonObject aiReply(const QString &phone)
    {
        return E2e::first(E2e::messagesOfGuest(api(), phone), [](const QJsonObject &m) {
            return m.value("senderType").toString() == QLatin1String("ai");
        });
    }

    //! Jack's newest reply to the guest (demo guests already have older ones).
    QJsonObject latestAiReply(const QString &phone, const QString &notBefore)
    {
        QJsonObject latest;
        for (const QJsonValue &v : E2e::messagesOfGuest(api(), phone)) {
            const QJsonObject m = v.toObject();
            if (m.value("senderType").toString() == QLatin1String("ai")
                && m.value("createdAt").toString() >= notBefore)
                latest = m;
        }
        return latest;
    }

    QJsonObject message(const QString &conversationId, const QString &id)
    {
        return E2e::first(E2e::messages(api(), conversationId), E2e::fieldIs("id", id));
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

    void retrySendsTheSameRowAgain()
    {
        // 131026: Meta says the number cannot receive this message — a permanent failure.
        m_graph.failNext(1, 400, 131026);
        const QString phone = E2e::newGuestPhone();
        QCOMPARE(guestSays(phone, QStringLiteral("What time is breakfast?")).status, 200);
        QJsonObject reply;
        QTRY_VERIFY_WITH_TIMEOUT(
            (reply = aiReply(phone)).value("deliveryStatus").toString() == QLatin1String("failed"),
            Deadline);
        const QJsonObject failedDelivery = reply.value("delivery").toObject();
        QCOMPARE(failedDelivery.value("state").toString(), QStringLiteral("failed"));
        QCOMPARE(failedDelivery.value("attempts").toInt(), 1);
        QCOMPARE(failedDelivery.value("errorCode").toString(), QStringLiteral("131026"));
        QVERIFY2(reply.value("deliveryError").toString().contains(QLatin1String("131026")),
            E2e::compact(reply).constData());
        QCOMPARE(m_graph.acceptedSendsTo(phone).size(), 0);

        const QString conversationId = reply.value("conversationId").toString();
        const int messagesBefore = E2e::messages(api(), conversationId).size();
        const HttpReply retried
            = api().post(QStringLiteral("/api/v1/conversations/%1/messages/%2/retry")
                             .arg(conversationId, reply.value("id").toString()),
                {});
        QVERIFY2(retried.status == 200, retried.describe().constData());
        QCOMPARE(retried.object().value("deliveryStatus").toString(), QStringLiteral("pending"));

        QTRY_COMPARE_WITH_TIMEOUT(m_graph.acceptedSendsTo(phone).size(), 1, Deadline);
        QCOMPARE(
            m_graph.acceptedSendsTo(phone).first().textBody(), reply.value("content").toString());
        QJsonObject after;
        QTRY_VERIFY_WITH_TIMEOUT((after = message(conversationId, reply.value("id").toString()))
                                     .value("deliveryStatus")
                                     .toString()
                == QLatin1String("sent"),
            Deadline);
        QCOMPARE(after.value("delivery").toObject().value("attempts").toInt(), 2);
        QCOMPARE(after.value("channelMessageId").toString(),
            m_graph.acceptedSendsTo(phone).first().wamid);
        // The same row went out again: no second message appeared.
        QCOMPARE(E2e::messages(api(), conversationId).size(), messagesBefore);

        // Only a failed message can be retried; unknown ones are 404.
        const HttpReply again
            = api().post(QStringLiteral("/api/v1/conversations/%1/messages/%2/retry")
                             .arg(conversationId, reply.value("id").toString()),
                {});
        QCOMPARE(again.status, 409);
        QCOMPARE(api()
                     .post(QStringLiteral("/api/v1/conversations/%1/messages/nope/retry")
                               .arg(conversationId),
                         {})
                     .status,
            404);
    }

    void undeliveredReplyFallsBackToEmail()
    {
        // The e-mail app is what the fallback writes through; its servers need not answer for
        // the copy to be queued.
        const HttpReply configured = api().put(QStringLiteral("/api/v1/apps/email"),
            QJsonObject { { "enabled", true },
                { "config",
                    QJsonObject { { "fromAddress", "frontdesk@harbourview.example" },
                        { "smtpHost", "127.0.0.1" }, { "smtpPort", 9 }, { "imapHost", "127.0.0.1" },
                        { "imapPort", "9" }, { "fallbackMinutes", 2 } } } });
        QVERIFY2(configured.status == 200, configured.describe().constData());

        // WhatsApp refuses connections: Jack's reply to Maria stays queued.
        QVERIFY(m_graph.setDown(true));
        const QString asked
            = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs);
        QCOMPARE(guestSays(kMariaPhone, QStringLiteral("Is the pool open today?")).status, 200);
        QJsonObject reply;
        QTRY_VERIFY_WITH_TIMEOUT(!(reply = latestAiReply(kMariaPhone, asked)).isEmpty(), Deadline);
        QCOMPARE(reply.value("deliveryStatus").toString(), QStringLiteral("pending"));
        const QString replyId = reply.value("id").toString();
        const QString guestId = E2e::conversationsOfGuest(api(), kMariaPhone)
                                    .first()
                                    .toObject()
                                    .value("guestId")
                                    .toString();
        QVERIFY(!guestId.isEmpty());

        // Three minutes pass: the hub is stopped and the reply's time moved back, as if it had
        // been waiting that long (the clock of a running hub cannot be moved).
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
            db.setDatabaseName(m_hub.dataDir() + QStringLiteral("/jack.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(
                QStringLiteral("UPDATE messages SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                               "'now', '-3 minutes') WHERE id = ?")));
            q.addBindValue(replyId);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));

        // The copy is an e-mail to Maria's address, linked both ways, in her one timeline.
        QJsonArray timeline;
        QJsonObject copy;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(copy = E2e::first(timeline
                  = api().get(QStringLiteral("/api/v1/guests/%1/messages").arg(guestId)).items(),
                  E2e::fieldIs("channel", QStringLiteral("email"))))
                 .isEmpty(),
            Deadline);
        QCOMPARE(copy.value("content").toString(), reply.value("content").toString());
        QCOMPARE(copy.value("meta").toObject().value("fallbackFor").toString(), replyId);
        const QJsonObject original = E2e::first(timeline, E2e::fieldIs("id", replyId));
        QCOMPARE(original.value("meta").toObject().value("fallbackMessageId").toString(),
            copy.value("id").toString());
        QCOMPARE(original.value("channel").toString(), QStringLiteral("whatsapp"));
        const QJsonArray emailConversations
            = api().get(QStringLiteral("/api/v1/guests/%1/conversations").arg(guestId)).items();
        const QJsonObject emailConversation
            = E2e::first(emailConversations, E2e::fieldIs("channel", QStringLiteral("email")));
        QVERIFY2(!emailConversation.isEmpty(), E2e::compact(emailConversations).constData());
        QCOMPARE(copy.value("conversationId").toString(), emailConversation.value("id").toString());
        // The timeline is in time order across both channels.
        QString previous;
        for (const QJsonValue &v : timeline) {
            const QString at = v.toObject().value("createdAt").toString();
            QVERIFY2(previous <= at, qPrintable(previous + QStringLiteral(" > ") + at));
            previous = at;
        }

        // Once only: another scan finds nothing new to copy.
        QCOMPARE(
            E2e::count(api().get(QStringLiteral("/api/v1/guests/%1/messages").arg(guestId)).items(),
                [&](const QJsonObject &m) {
                    return m.value("meta").toObject().value("fallbackFor").toString() == replyId;
                }),
            1);
        QVERIFY(m_graph.setDown(false));
        // Switch the fallback off again for the other tests.
        QCOMPARE(
            api()
                .put(QStringLiteral("/api/v1/apps/email"), QJsonObject { { "enabled", false } })
                .status,
            200);
    }

    void killedWhileSendingIsSentAfterRestart()
    {
        // A provider that accepts the connection and never answers: the send stays in flight.
        QTcpServer stall;
        QList<QTcpSocket *> held;
        QVERIFY(stall.listen(QHostAddress::LocalHost));
        connect(&stall, &QTcpServer::newConnection, this, [&]() {
            while (QTcpSocket *s = stall.nextPendingConnection())
                held.append(s);
        });
        QUrl stallUrl(QStringLiteral("http://127.0.0.1/v21.0"));
        stallUrl.setPort(stall.serverPort());
        QCOMPARE(m_hub.configureWhatsApp(m_account, stallUrl).status, 200);

        const QString phone = E2e::newGuestPhone();
        QCOMPARE(guestSays(phone, QStringLiteral("Do you have parking?")).status, 200);
        QJsonObject reply;
        QTRY_VERIFY_WITH_TIMEOUT(
            (reply = aiReply(phone)).value("delivery").toObject().value("state").toString()
                == QLatin1String("sending"),
            Deadline);
        QVERIFY(!held.isEmpty());

        // kill -9 in the middle of the send; the row says "sending" on disk.
        m_hub.kill();
        qDeleteAll(held);
        held.clear();
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));
        QCOMPARE(m_hub.configureWhatsApp(m_account, m_graph.baseUrl()).status, 200);
        // Whatever the restarted hub already sent to the stalled address fails fast now.
        stall.close();
        qDeleteAll(held);
        held.clear();

        QTRY_COMPARE_WITH_TIMEOUT(m_graph.acceptedSendsTo(phone).size(), 1, Deadline);
        QCOMPARE(
            m_graph.acceptedSendsTo(phone).first().textBody(), reply.value("content").toString());
        QJsonObject after;
        QTRY_VERIFY_WITH_TIMEOUT((after = message(reply.value("conversationId").toString(),
                                      reply.value("id").toString()))
                                     .value("deliveryStatus")
                                     .toString()
                == QLatin1String("sent"),
            Deadline);
        QCOMPARE(
            after.value("delivery").toObject().value("state").toString(), QStringLiteral("sent"));
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), phone), E2e::fieldIs("senderType", "ai")), 1);
    }

    void hotelSettingsKeepThePublicAddress()
    {
        const HttpReply bad = api().put(QStringLiteral("/api/v1/settings/hotel"),
            QJsonObject { { "publicBaseUrl", "ftp://jack.example" } });
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object()
                     .value("error")
                     .toObject()
                     .value("details")
                     .toObject()
                     .value("field")
                     .toString(),
            QStringLiteral("publicBaseUrl"));
        QCOMPARE(
            api()
                .put(QStringLiteral("/api/v1/settings/hotel"), QJsonObject { { "colour", "red" } })
                .status,
            400);
        const HttpReply good = api().put(QStringLiteral("/api/v1/settings/hotel"),
            QJsonObject { { "publicBaseUrl", "https://jack.harbourview.example/" } });
        QVERIFY2(good.status == 200, good.describe().constData());
        const QJsonObject hotel = api().get(QStringLiteral("/api/v1/settings/hotel")).object();
        QCOMPARE(hotel.value("publicBaseUrl").toString(),
            QStringLiteral("https://jack.harbourview.example"));
        // The rest of the hotel's settings were kept.
        QCOMPARE(hotel.value("name").toString(), QStringLiteral("Harbour View Hotel"));
    }

    void appsCanBeTested()
    {
        const HttpReply offline = api().post(QStringLiteral("/api/v1/apps/offline/test"), {});
        QCOMPARE(offline.status, 200);
        QCOMPARE(offline.object().value("ok").toBool(), true);
        QVERIFY(offline.object().contains("latencyMs"));
        QCOMPARE(api().post(QStringLiteral("/api/v1/apps/nope/test"), {}).status, 404);
        // Every channel answers with a readable outcome, never an empty one.
        for (const char *app : { "whatsapp", "twilio-sms", "email", "webchat", "telegram" }) {
            const HttpReply r
                = api().post(QStringLiteral("/api/v1/apps/%1/test").arg(QLatin1String(app)), {});
            QVERIFY2(r.status == 200, r.describe().constData());
            QVERIFY2(!r.object().value("message").toString().isEmpty(), r.describe().constData());
            QVERIFY(r.object().value("ok").isBool());
        }
    }

    void unknownSettingsAreRefused()
    {
        const HttpReply r = api().put(QStringLiteral("/api/v1/apps/twilio-sms"),
            QJsonObject {
                { "enabled", false }, { "config", QJsonObject { { "segmentBudget", "many" } } } });
        QCOMPARE(r.status, 400);
        const HttpReply select = api().put(QStringLiteral("/api/v1/apps/telegram"),
            QJsonObject {
                { "enabled", false }, { "config", QJsonObject { { "mode", "carrier-pigeon" } } } });
        QCOMPARE(select.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestCrossChannel)
#include "tst_crosschannel.moc"
