// A guest on WhatsApp, end to end: Meta's webhook → the hub's storage → the offline AI →
// the fake Graph API → statuses → the staff API and WebSocket, against a real jack-server.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace WhatsAppPayloads;

namespace {

constexpr int AckDeadline = 5000; // a committed webhook is visible at once; allow a slow CI
constexpr int ReplyDeadline = 20000; // AI pipeline + outbox round trip

QString frameType(const QJsonObject &frame)
{
    return frame.value("type").toString();
}
QJsonObject framePayload(const QJsonObject &frame)
{
    return frame.value("payload").toObject();
}

} // namespace

class TestWhatsAppFlow : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;
    StaffFeedClient m_feed;

    // The Wi-Fi conversation, reused by the status and staff-reply tests.
    QString m_wifiGuest;
    QString m_wifiConversation;
    QString m_wifiReplyWamid;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply guestSays(
        const QString &phone, const QString &name, const QString &wamid, const QString &text)
    {
        return m_hub.postSignedWhatsAppWebhook(
            m_account, inboundText(m_account, phone, name, wamid, text));
    }

    QJsonObject waitForMessage(
        const QString &phone, const QString &channelMessageId, int timeoutMs = AckDeadline)
    {
        QJsonObject message;
        QDeadlineTimer deadline(timeoutMs);
        do {
            message = E2e::messageByChannelId(api(), phone, channelMessageId);
            if (!message.isEmpty())
                break;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
        m_feed.open(m_hub.webSocketUrl());
        QVERIFY2(m_feed.waitForConnected(), qPrintable(m_feed.errorString()));
        QVERIFY(m_feed.connectedSeq() >= 0);
    }

    void cleanupTestCase()
    {
        m_feed.close();
        // SIGTERM is the service manager's stop: the hub must exit cleanly with code 0.
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
    }

    void whatsAppSecretsComeBackMasked()
    {
        const HttpReply reply = api().get("/api/v1/apps/whatsapp");
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QVERIFY2(!reply.body.contains(m_account.accessToken.toUtf8()), reply.body.constData());
        QVERIFY2(!reply.body.contains(m_account.appSecret.toUtf8()), reply.body.constData());
        QCOMPARE(reply.object().value("enabled").toBool(), true);
    }

    void verificationHandshake_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("correct token")
            << "hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444" << 200
            << QByteArray("1158201444");
        QTest::newRow("wrong token")
            << "hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444" << 403
            << QByteArray();
        QTest::newRow("no token") << "hub.mode=subscribe&hub.challenge=1158201444" << 403
                                  << QByteArray();
        QTest::newRow("wrong mode")
            << "hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1158201444" << 403
            << QByteArray();
    }

    void verificationHandshake()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const HttpReply reply = m_hub.anonymous().get("/webhooks/whatsapp?" + query);
        QVERIFY2(reply.status == status, reply.describe().constData());
        if (status == 200)
            QCOMPARE(reply.body.trimmed(), body);
        else
            QVERIFY2(!reply.body.contains("1158201444"), reply.body.constData());
    }

    void guestQuestionIsAnsweredFromKnowledge()
    {
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const QString question = QStringLiteral("What is the wifi password?");

        const HttpReply ack = guestSays(phone, QStringLiteral("Maria Lopez"), wamid, question);
        QVERIFY2(ack.status == 200, ack.describe().constData());

        // The guest's message is stored and visible to staff.
        const QJsonObject inbound = waitForMessage(phone, wamid);
        QVERIFY2(!inbound.isEmpty(),
            "inbound message not visible: " + E2e::compact(E2e::conversations(api())));
        QCOMPARE(inbound.value("direction").toString(), QStringLiteral("inbound"));
        QCOMPARE(inbound.value("senderType").toString(), QStringLiteral("guest"));
        QCOMPARE(inbound.value("content").toString(), question);
        QCOMPARE(inbound.value("contentType").toString(), QStringLiteral("text"));
        const QString conversationId = inbound.value("conversationId").toString();
        QVERIFY(!conversationId.isEmpty());

        const QJsonArray mine = E2e::conversationsOfGuest(api(), phone);
        QCOMPARE(mine.size(), 1);
        const QJsonObject conversation = mine.first().toObject();
        QCOMPARE(conversation.value("id").toString(), conversationId);
        QCOMPARE(conversation.value("channel").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(conversation.value("guestName").toString(), QStringLiteral("Maria Lopez"));
        QVERIFY(!conversation.value("guestId").toString().isEmpty());

        // The offline AI answers from the demo hotel's knowledge through the Graph API.
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), ReplyDeadline);
        const GraphRequest send = m_graph.acceptedSendsTo(phone).first();
        QCOMPARE(send.path, QStringLiteral("/v21.0/1234567890/messages"));
        QCOMPARE(send.header("Authorization"), QByteArray("Bearer EAAG-test"));
        QCOMPARE(send.json.value("messaging_product").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(send.json.value("recipient_type").toString(), QStringLiteral("individual"));
        QCOMPARE(send.json.value("to").toString(), phone);
        QCOMPARE(send.json.value("type").toString(), QStringLiteral("text"));
        QCOMPARE(send.json.value("text").toObject().value("preview_url"), QJsonValue(false));
        QVERIFY2(send.textBody().contains(QStringLiteral("seagull2026")),
            qPrintable("reply lacks the Wi-Fi password: " + send.textBody()));

        // The reply is stored as the AI's, with the wamid Meta handed out, and marked sent.
        QJsonObject reply;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (reply = E2e::messageByChannelId(api(), phone, send.wamid),
                reply.value("deliveryStatus").toString() == QLatin1String("sent")),
            "reply not stored as sent: " + E2e::compact(E2e::messagesOfGuest(api(), phone)),
            AckDeadline);
        QCOMPARE(reply.value("direction").toString(), QStringLiteral("outbound"));
        QCOMPARE(reply.value("senderType").toString(), QStringLiteral("ai"));
        QCOMPARE(reply.value("conversationId").toString(), conversationId);
        QCOMPARE(reply.value("content").toString(), send.textBody());

        // The question was understood as one.
        const QJsonObject classified = E2e::messageByChannelId(api(), phone, wamid);
        QCOMPARE(classified.value("intent").toString(), QStringLiteral("inquiry.wifi"));

        // Staff desks saw both messages live, with increasing sequence numbers.
        const auto messageFrame = [&](const QString &channelMessageId) {
            return [=](const QJsonObject &frame) {
                const QJsonObject payload = framePayload(frame);
                return frameType(frame) == QLatin1String("conversation:message")
                    && payload.value("conversationId").toString() == conversationId
                    && payload.value("message").toObject().value("channelMessageId").toString()
                    == channelMessageId;
            };
        };
        QVERIFY2(m_feed.waitFor(messageFrame(wamid)),
            "no conversation:message frame for the guest's message");
        // The reply is announced when it is written, before the Graph API gave it a wamid.
        const QString replyId = reply.value("id").toString();
        QVERIFY2(m_feed.waitFor([&](const QJsonObject &frame) {
            return frameType(frame) == QLatin1String("conversation:message")
                && framePayload(frame).value("message").toObject().value("id").toString()
                == replyId;
        }),
            "no conversation:message frame for the AI reply");
        QVERIFY(!m_feed
                     .find([&](const QJsonObject &frame) {
                         return frameType(frame) == QLatin1String("conversation:created")
                             && (framePayload(frame).value("id").toString() == conversationId
                                 || framePayload(frame)
                                         .value("conversation")
                                         .toObject()
                                         .value("id")
                                         .toString()
                                     == conversationId);
                     })
                     .isEmpty());
        qint64 previous = m_feed.connectedSeq();
        for (const QJsonObject &change : m_feed.changes()) {
            const qint64 seq = change.value("seq").toInteger();
            QVERIFY2(seq > previous, E2e::compact(change));
            previous = seq;
        }

        m_wifiGuest = phone;
        m_wifiConversation = conversationId;
        m_wifiReplyWamid = send.wamid;
    }

    void deliveryStatusOnlyMovesForward()
    {
        if (m_wifiReplyWamid.isEmpty())
            QSKIP("needs the reply of guestQuestionIsAnsweredFromKnowledge");
        const QString phone = m_wifiGuest;
        const QString wamid = m_wifiReplyWamid;
        const auto statusOf = [&] {
            return E2e::messageByChannelId(api(), phone, wamid).value("deliveryStatus").toString();
        };

        HttpReply ack = m_hub.postSignedWhatsAppWebhook(
            m_account, statuses(m_account, QJsonArray { status(wamid, "delivered", phone) }));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("delivered"), AckDeadline);

        ack = m_hub.postSignedWhatsAppWebhook(
            m_account, statuses(m_account, QJsonArray { status(wamid, "read", phone) }));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("read"), AckDeadline);

        const QString messageId
            = E2e::messageByChannelId(api(), phone, wamid).value("id").toString();
        QVERIFY2(m_feed.waitFor([&](const QJsonObject &frame) {
            return frameType(frame) == QLatin1String("message:status")
                && E2e::compact(frame).contains(messageId.toUtf8());
        }),
            "no message:status frame for the reply");

        // Meta does not promise order: late "delivered" and "sent" reports, batched in one
        // notification, and a stale failure must not move the message back.
        const QString earlier = timestamp(QDateTime::currentDateTimeUtc().addSecs(-30));
        ack = m_hub.postSignedWhatsAppWebhook(m_account,
            statuses(m_account,
                QJsonArray { status(wamid, "delivered", phone, earlier),
                    status(wamid, "sent", phone, earlier),
                    status(wamid, "failed", phone, earlier) }));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        // The webhook is answered after the commit: what it changed is visible now.
        QCOMPARE(statusOf(), QStringLiteral("read"));

        // A status for a message the hub never sent is acknowledged and ignored.
        ack = m_hub.postSignedWhatsAppWebhook(
            m_account, statuses(m_account, QJsonArray { status(newWamid(), "read", phone) }));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        QCOMPARE(statusOf(), QStringLiteral("read"));
    }

    void duplicateDeliveryIsStoredOnce()
    {
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const QByteArray body = inboundText(m_account, phone, QStringLiteral("Ken Adams"), wamid,
            QStringLiteral("What time is breakfast?"));
        // Meta redelivers the same bytes when it thinks the first try failed.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const HttpReply ack = m_hub.postSignedWhatsAppWebhook(m_account, body);
            QVERIFY2(ack.status == 200, ack.describe().constData());
        }
        QVERIFY(!waitForMessage(phone, wamid).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), ReplyDeadline);

        // A later message flushes the pipeline: had a duplicate been processed, its reply
        // would have gone out before this one's.
        const QString second = newWamid();
        QCOMPARE(guestSays(phone, QStringLiteral("Ken Adams"), second,
                     QStringLiteral("And where can I park my car?"))
                     .status,
            200);
        QVERIFY(!waitForMessage(phone, second).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_graph.acceptedSendsTo(phone).size() >= 2, ReplyDeadline);

        const QJsonArray all = E2e::messagesOfGuest(api(), phone);
        QCOMPARE(E2e::count(all, E2e::fieldIs("channelMessageId", wamid)), 1);
        QCOMPARE(E2e::count(all, E2e::fieldIs("direction", "inbound")), 2);
        QCOMPARE(E2e::conversationsOfGuest(api(), phone).size(), 1);
        QVERIFY2(m_graph.acceptedSendsTo(phone).size() == 2,
            qPrintable(QStringLiteral("%1 replies for 2 distinct guest messages")
                           .arg(m_graph.acceptedSendsTo(phone).size())));
    }

    void concurrentDuplicatesAreStoredOnce()
    {
        // Meta's retry can overlap its first delivery still in flight: the same bytes arrive
        // on several connections at once and only the unique index can decide.
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const QByteArray body = inboundText(m_account, phone, QStringLiteral("Lena Vogel"), wamid,
            QStringLiteral("Is the spa open on Sundays?"));
        QNetworkRequest request(m_hub.anonymous().urlFor(QStringLiteral("/webhooks/whatsapp")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("X-Hub-Signature-256", signature(body, m_account.appSecret.toUtf8()));
        constexpr int Copies = 6;
        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < Copies; ++i) {
            clients.push_back(std::make_unique<QNetworkAccessManager>());
            replies.append(clients.back()->post(request, body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                     [](QNetworkReply *r) { return r->isFinished(); }),
            AckDeadline);
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        QVERIFY(!waitForMessage(phone, wamid).isEmpty());
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), phone), E2e::fieldIs("channelMessageId", wamid)),
            1);
        QCOMPARE(E2e::conversationsOfGuest(api(), phone).size(), 1);
    }

    void malformedOrOversizedWebhookIsRefused()
    {
        // Correctly signed but not JSON: nothing can be stored, so nothing may be acknowledged.
        const QByteArray garbage = "{\"object\":\"whatsapp_business_account\",\"entry\":[";
        HttpReply reply = m_hub.postSignedWhatsAppWebhook(m_account, garbage);
        QVERIFY2(reply.status == 400, reply.describe().constData());

        // Bodies are size-limited before anything else happens.
        const QString phone = E2e::newGuestPhone();
        const QByteArray huge = inboundText(m_account, phone, QStringLiteral("Big Sender"),
            newWamid(), QString(3 * 1024 * 1024, u'x'));
        reply = m_hub.postSignedWhatsAppWebhook(m_account, huge);
        QVERIFY2(reply.status == 413, reply.describe().constData());
        QVERIFY(E2e::conversationsOfGuest(api(), phone).isEmpty());
    }

    void badSignatureIsRejected_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("missing header") << "missing";
        QTest::newRow("wrong secret") << "wrong-secret";
        QTest::newRow("signature of another body") << "other-body";
        QTest::newRow("not hex") << "garbage";
        QTest::newRow("sha1 scheme") << "sha1";
        QTest::newRow("empty value") << "empty";
    }

    void badSignatureIsRejected()
    {
        QFETCH(QString, kind);
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const QByteArray body = inboundText(m_account, phone, QStringLiteral("Mallory"), wamid,
            QStringLiteral("Please charge room 101 to me"));
        const QByteArray good = signature(body, m_account.appSecret.toUtf8());
        QByteArray header;
        if (kind == QLatin1String("wrong-secret"))
            header = signature(body, "not-the-app-secret");
        else if (kind == QLatin1String("other-body"))
            header = signature(body + ' ', m_account.appSecret.toUtf8());
        else if (kind == QLatin1String("garbage"))
            header = "sha256=zzzz" + good.mid(11);
        else if (kind == QLatin1String("sha1"))
            header = "sha1=" + good.mid(7, 40);
        else if (kind == QLatin1String("empty"))
            header = "sha256=";

        HttpReply reply;
        if (kind == QLatin1String("empty")) {
            reply = m_hub.anonymous().send("POST", "/webhooks/whatsapp", body,
                { { "Content-Type", "application/json" }, { "X-Hub-Signature-256", header } });
        } else {
            reply = m_hub.postWhatsAppWebhook(body, header);
        }
        QVERIFY2(reply.status == 401, reply.describe().constData());
        QVERIFY2(E2e::conversationsOfGuest(api(), phone).isEmpty(),
            "a rejected webhook created a conversation");

        // Rejecting it must not have reserved the wamid: Meta's genuine delivery still counts.
        const HttpReply genuine = m_hub.postWhatsAppWebhook(body, good);
        QVERIFY2(genuine.status == 200, genuine.describe().constData());
        QVERIFY(!waitForMessage(phone, wamid).isEmpty());
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), phone), E2e::fieldIs("direction", "inbound")),
            1);
    }

    void batchedNotificationIsStoredWhole()
    {
        const QString anna = E2e::newGuestPhone();
        const QString ben = E2e::newGuestPhone();
        const QString a1 = newWamid(), a2 = newWamid(), b1 = newWamid();
        const QByteArray body = notification(m_account,
            { changeValue(m_account, QJsonArray { contact(anna, "Anna Berg") },
                  QJsonArray { textMessage(anna, a1, "Hello!"),
                      textMessage(anna, a2, "Is the pool open today?") }),
                changeValue(m_account, QJsonArray { contact(ben, "Ben Okafor") },
                    QJsonArray { textMessage(ben, b1, "What time is check-out?") },
                    QJsonArray { status(newWamid(), "delivered", ben) }) });
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(m_account, body);
        QVERIFY2(ack.status == 200, ack.describe().constData());

        QVERIFY(!waitForMessage(anna, a1).isEmpty());
        QVERIFY(!waitForMessage(anna, a2).isEmpty());
        QVERIFY(!waitForMessage(ben, b1).isEmpty());
        QCOMPARE(
            E2e::count(E2e::messagesOfGuest(api(), anna), E2e::fieldIs("direction", "inbound")), 2);
        QCOMPARE(E2e::conversationsOfGuest(api(), anna).size(), 1);
        QCOMPARE(E2e::conversationsOfGuest(api(), ben).first().toObject().value("guestName"),
            QJsonValue("Ben Okafor"));
    }

    void imageAndLocationAreStored()
    {
        const QString phone = E2e::newGuestPhone();
        const QString photo = newWamid(), place = newWamid();
        m_graph.addMedia(QStringLiteral("1037543291543636"), "image/jpeg",
            QByteArray::fromHex("ffd8ffe000104a464946"));
        const QByteArray body = notification(m_account,
            { changeValue(m_account, QJsonArray { contact(phone, "Chen Wei") },
                QJsonArray { imageMessage(phone, photo, "1037543291543636", "image/jpeg",
                                 "The lamp in my room"),
                    locationMessage(phone, place, 38.7079, -9.1366, "Praça do Comércio",
                        "Praça do Comércio, Lisboa") }) });
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(m_account, body);
        QVERIFY2(ack.status == 200, ack.describe().constData());

        const QJsonObject image = waitForMessage(phone, photo);
        const QJsonObject location = waitForMessage(phone, place);
        QVERIFY2(!image.isEmpty(), E2e::compact(E2e::messagesOfGuest(api(), phone)));
        QVERIFY2(!location.isEmpty(), E2e::compact(E2e::messagesOfGuest(api(), phone)));
        QCOMPARE(image.value("contentType").toString(), QStringLiteral("image"));
        QCOMPARE(location.value("contentType").toString(), QStringLiteral("location"));
        QCOMPARE(image.value("direction").toString(), QStringLiteral("inbound"));
    }

    void staffReplyGoesOutThroughWhatsApp()
    {
        if (m_wifiConversation.isEmpty())
            QSKIP("needs the conversation of guestQuestionIsAnsweredFromKnowledge");
        const QString path
            = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_wifiConversation);
        // Bad input changes nothing.
        HttpReply rejected = api().post(path, QJsonObject { { "content", "   " } });
        QVERIFY2(rejected.status == 400, rejected.describe().constData());
        QCOMPARE(rejected.object().value("error").toObject().value("code").toString(),
            QStringLiteral("VALIDATION_ERROR"));
        rejected = api().post("/api/v1/conversations/no-such-conversation/messages",
            QJsonObject { { "content", "Hello" } });
        QVERIFY2(rejected.status == 404, rejected.describe().constData());

        const QString text = QStringLiteral("Hi Maria, Tom from the front desk here. The network "
                                            "is HarbourView-Guest; tell me if it gives you "
                                            "trouble.");
        const HttpReply created = api().post(path, QJsonObject { { "content", text } });
        QVERIFY2(created.status == 201, created.describe().constData());
        const QJsonObject message = created.object();
        const QString messageId = message.value("id").toString();
        QVERIFY(!messageId.isEmpty());
        QCOMPARE(message.value("senderType").toString(), QStringLiteral("staff"));
        QCOMPARE(message.value("direction").toString(), QStringLiteral("outbound"));
        QCOMPARE(message.value("content").toString(), text);

        const auto staffSends = [&] {
            QList<GraphRequest> found;
            for (const GraphRequest &r : m_graph.acceptedSendsTo(m_wifiGuest)) {
                if (r.textBody() == text)
                    found.append(r);
            }
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(staffSends().size(), 1, ReplyDeadline);
        const GraphRequest send = staffSends().first();
        QCOMPARE(send.header("Authorization"), QByteArray("Bearer EAAG-test"));
        QCOMPARE(send.json.value("to").toString(), m_wifiGuest);
        QCOMPARE(send.json.value("type").toString(), QStringLiteral("text"));
        int attempts = 0;
        for (const GraphRequest &r : m_graph.messageSends())
            attempts += r.textBody() == text ? 1 : 0;
        QCOMPARE(attempts, 1);

        QJsonObject stored;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (stored = E2e::first(
                 E2e::messages(api(), m_wifiConversation), E2e::fieldIs("id", messageId)),
                stored.value("deliveryStatus").toString() == QLatin1String("sent")),
            "staff message not marked sent: " + E2e::compact(stored), AckDeadline);
        QCOMPARE(stored.value("channelMessageId").toString(), send.wamid);
        QVERIFY(m_feed.waitFor([&](const QJsonObject &frame) {
            return frameType(frame) == QLatin1String("conversation:message")
                && framePayload(frame).value("message").toObject().value("id").toString()
                == messageId;
        }));
    }

    void jackStaysQuietOnceStaffRepliedUntilResolved()
    {
        if (m_wifiConversation.isEmpty())
            QSKIP("needs the conversation of guestQuestionIsAnsweredFromKnowledge");
        const QString conversationPath
            = QStringLiteral("/api/v1/conversations/%1").arg(m_wifiConversation);
        const auto aiReplies = [&] {
            return E2e::count(
                E2e::messages(api(), m_wifiConversation), E2e::fieldIs("senderType", "ai"));
        };
        const int before = aiReplies();
        QVERIFY(before >= 1);

        // Staff replied in staffReplyGoesOutThroughWhatsApp: Jack reads but does not answer.
        const QString quiet = WhatsAppPayloads::newWamid();
        QCOMPARE(guestSays(m_wifiGuest, QStringLiteral("Maria Santos"), quiet,
                     QStringLiteral("What time is breakfast?"))
                     .status,
            200);
        QJsonObject classified;
        QTRY_VERIFY2_WITH_TIMEOUT((classified = E2e::messageByChannelId(api(), m_wifiGuest, quiet),
                                      !classified.value("intent").toString().isEmpty()),
            "the guest's message was not processed", ReplyDeadline);
        QCOMPARE(classified.value("intent").toString(), QStringLiteral("inquiry.dining"));
        QCOMPARE(aiReplies(), before);

        // Resolved by staff: the next question is Jack's again.
        const HttpReply resolved
            = api().patch(conversationPath, QJsonObject { { "state", "resolved" } });
        QVERIFY2(resolved.status == 200, resolved.describe().constData());
        QCOMPARE(guestSays(m_wifiGuest, QStringLiteral("Maria Santos"),
                     WhatsAppPayloads::newWamid(), QStringLiteral("Is there parking at the hotel?"))
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(aiReplies(), before + 1, ReplyDeadline);
        // The guest's message reopened the conversation.
        QVERIFY(api().get(conversationPath).object().value("state").toString()
            != QLatin1String("resolved"));
    }

    void serviceRequestCreatesHousekeepingTask()
    {
        const QString phone = E2e::newGuestPhone();
        const QString wamid = newWamid();
        const HttpReply ack = guestSays(phone, QStringLiteral("Priya Shah"), wamid,
            QStringLiteral("Can I get 2 more towels to room 412?"));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        const QJsonObject inbound = waitForMessage(phone, wamid);
        QVERIFY(!inbound.isEmpty());
        const QString conversationId = inbound.value("conversationId").toString();

        QJsonObject task;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (task = E2e::first(E2e::tasks(api()), E2e::fieldIs("conversationId", conversationId)),
                !task.isEmpty()),
            "no task for the conversation: " + E2e::compact(E2e::tasks(api())), ReplyDeadline);
        QCOMPARE(task.value("department").toString(), QStringLiteral("housekeeping"));
        QCOMPARE(task.value("roomNumber").toString(), QStringLiteral("412"));
        QCOMPARE(E2e::count(E2e::tasks(api()), E2e::fieldIs("conversationId", conversationId)), 1);

        QTRY_COMPARE_WITH_TIMEOUT(E2e::messageByChannelId(api(), phone, wamid).value("intent"),
            QJsonValue("request.housekeeping.towels"), AckDeadline);
        // The guest hears back, and desks get the task live.
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), ReplyDeadline);
        const QString taskId = task.value("id").toString();
        QVERIFY2(m_feed.waitFor([&](const QJsonObject &frame) {
            return frameType(frame) == QLatin1String("task:created")
                && (framePayload(frame).value("id").toString() == taskId
                    || framePayload(frame).value("task").toObject().value("id").toString()
                        == taskId);
        }),
            "no task:created frame");
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppFlow)
#include "tst_whatsappflow.moc"
