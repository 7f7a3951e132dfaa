// WhatsApp media and rich messages end to end: a guest's photo is downloaded from the fake
// Graph API and served by the hub; locations, button replies and reactions read well; a file
// staff upload goes out through Meta's media upload; the connection test and the template
// list work against a real jack-server.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using namespace WhatsAppPayloads;

namespace {
constexpr int AckDeadline = 5000;
constexpr int SendDeadline = 20000;
} // namespace

class TestWhatsAppMedia : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    JsonHttpClient &api() { return m_hub.api(); }

    QJsonObject waitForMessage(const QString &phone, const QString &wamid)
    {
        return E2e::waitForMessageByChannelId(api(), phone, wamid, AckDeadline);
    }

    //! One notification with `messages` from a new guest; returns the guest's phone.
    QString guestSends(const QJsonArray &messages, const QString &phone)
    {
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(m_account,
            notification(m_account,
                { changeValue(m_account, QJsonArray { contact(phone, "Chen Wei") }, messages) }));
        return ack.status == 200 ? phone : QString();
    }

    HttpReply upload(const QByteArray &bytes, const QByteArray &type, const QString &fileName)
    {
        return api().send("POST",
            QStringLiteral("/api/v1/media?fileName=%1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(fileName))),
            bytes, { { "Content-Type", type } });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void guestPhotoIsDownloadedAndServed()
    {
        const QString phone = E2e::newGuestPhone();
        const QString photo = newWamid();
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600010100") + "lamp";
        m_graph.addMedia(QStringLiteral("7711"), "image/jpeg", jpeg);
        QVERIFY(!guestSends(
            { imageMessage(phone, photo, "7711", "image/jpeg", "The lamp in my room") }, phone)
                     .isEmpty());
        const QJsonObject message = waitForMessage(phone, photo);
        QVERIFY2(!message.isEmpty(), E2e::compact(E2e::messagesOfGuest(api(), phone)));
        QCOMPARE(
            message.value("content").toString(), QStringLiteral("[image]: The lamp in my room"));
        QCOMPARE(message.value("media").toArray().size(), 1);

        // Fetched after the commit: GET /{mediaId} then the URL, both with the token.
        QJsonObject media;
        QTRY_VERIFY2_WITH_TIMEOUT((media = E2e::messageByChannelId(api(), phone, photo)
                                               .value("media")
                                               .toArray()
                                               .first()
                                               .toObject(),
                                      media.value("status").toString() == QLatin1String("stored")),
            E2e::compact(media), SendDeadline);
        QCOMPARE(media.value("kind").toString(), QStringLiteral("image"));
        QCOMPARE(media.value("mimeType").toString(), QStringLiteral("image/jpeg"));
        const HttpReply file = api().get(media.value("url").toString());
        QVERIFY2(file.status == 200, file.describe().constData());
        QCOMPARE(file.body, jpeg);
        int graphCalls = 0;
        for (const GraphRequest &r : m_graph.requests()) {
            if (r.path.endsWith(QLatin1String("7711"))) {
                ++graphCalls;
                QCOMPARE(r.header("Authorization"), QByteArray("Bearer EAAG-test"));
            }
        }
        QCOMPARE(graphCalls, 2);

        // A file Meta no longer has ends as failed, with the reason, and is not retried.
        const QString gone = newWamid();
        QVERIFY(
            !guestSends({ imageMessage(phone, gone, "9999", "image/jpeg", {}) }, phone).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(E2e::messageByChannelId(api(), phone, gone)
                                      .value("media")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value("status")
                                      .toString(),
            QStringLiteral("failed"), SendDeadline);
    }

    void richMessagesReadWell()
    {
        const QString phone = E2e::newGuestPhone();
        const QString place = newWamid(), button = newWamid(), reaction = newWamid();
        QJsonObject buttonMessage { { "from", phone }, { "id", button },
            { "timestamp", timestamp() }, { "type", "interactive" },
            { "interactive",
                QJsonObject { { "type", "button_reply" },
                    { "button_reply",
                        QJsonObject {
                            { "id", "late-checkout" }, { "title", "Late check-out" } } } } } };
        QJsonObject reactionMessage { { "from", phone }, { "id", reaction },
            { "timestamp", timestamp() }, { "type", "reaction" },
            { "reaction", QJsonObject { { "message_id", "wamid.earlier" }, { "emoji", "👍" } } } };
        QVERIFY(!guestSends(
            { locationMessage(phone, place, 38.7079, -9.1366, "Praça do Comércio", "Lisboa"),
                buttonMessage, reactionMessage },
            phone)
                     .isEmpty());

        const QJsonObject location = waitForMessage(phone, place);
        QCOMPARE(location.value("content").toString(),
            QStringLiteral("📍 Praça do Comércio, Lisboa (38.7079, -9.1366)"));
        QCOMPARE(location.value("meta").toObject().value("location").toObject().value("longitude"),
            QJsonValue(-9.1366));
        const QJsonObject reply = waitForMessage(phone, button);
        QCOMPARE(reply.value("content").toString(), QStringLiteral("Late check-out"));
        QCOMPARE(reply.value("contentType").toString(), QStringLiteral("interactive"));
        QCOMPARE(reply.value("meta").toObject().value("reply").toObject().value("id").toString(),
            QStringLiteral("late-checkout"));
        const QJsonObject reacted = waitForMessage(phone, reaction);
        QCOMPARE(reacted.value("content").toString(), QStringLiteral("reacted 👍 to a message"));
    }

    void staffSendAnUploadedImage()
    {
        // A guest wrote a minute ago: the window is open.
        const QString phone = E2e::newGuestPhone();
        const QString hello = newWamid();
        QVERIFY(!guestSends({ textMessage(phone, hello, "Where is the gym?") }, phone).isEmpty());
        const QString conversationId
            = waitForMessage(phone, hello).value("conversationId").toString();
        QVERIFY(!conversationId.isEmpty());
        const QString path
            = QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId);

        // Refused uploads store nothing.
        HttpReply refused = upload("MZ\x90\x00", "application/x-msdownload", "tool.exe");
        QVERIFY2(refused.status == 415, refused.describe().constData());
        refused = upload(QByteArray(6 * 1024 * 1024, 'x'), "image/jpeg", "huge.jpg");
        QVERIFY2(refused.status == 413, refused.describe().constData());
        refused = upload({}, "image/png", "empty.png");
        QVERIFY2(refused.status == 400, refused.describe().constData());
        refused = m_hub.anonymous().send(
            "POST", "/api/v1/media", "x", { { "Content-Type", "image/png" } });
        QVERIFY2(refused.status == 401, refused.describe().constData());

        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + "gym";
        const HttpReply uploaded = upload(png, "image/png", "../../gym map.png");
        QVERIFY2(uploaded.status == 201, uploaded.describe().constData());
        const QJsonObject media = uploaded.object();
        QCOMPARE(media.value("kind").toString(), QStringLiteral("image"));
        QCOMPARE(media.value("status").toString(), QStringLiteral("stored"));
        QCOMPARE(media.value("fileName").toString(), QStringLiteral("gym map.png"));
        QCOMPARE(media.value("size").toInt(), png.size());
        QCOMPARE(api().get(media.value("url").toString()).body, png);

        const HttpReply created = api().post(path,
            QJsonObject { { "content", "The gym is on floor -1" },
                { "media", QJsonObject { { "id", media.value("id") } } } });
        QVERIFY2(created.status == 201, created.describe().constData());
        const QJsonObject message = created.object();
        QCOMPARE(message.value("content").toString(), QStringLiteral("The gym is on floor -1"));
        QCOMPARE(
            message.value("media").toArray().first().toObject().value("id"), media.value("id"));

        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.uploads().isEmpty(), SendDeadline);
        const FakeGraphApi::Upload sent = m_graph.uploads().last();
        QCOMPARE(sent.bytes, png);
        QCOMPARE(sent.type, QStringLiteral("image/png"));
        QCOMPARE(sent.fileName, QStringLiteral("gym map.png"));
        QList<GraphRequest> imageSends;
        QTRY_VERIFY_WITH_TIMEOUT((imageSends = m_graph.acceptedSendsTo(phone),
                                     std::any_of(imageSends.cbegin(), imageSends.cend(),
                                         [](const GraphRequest &r) {
                                             return r.json.value("type") == QLatin1String("image");
                                         })),
            SendDeadline);
        const GraphRequest send = *std::find_if(imageSends.cbegin(), imageSends.cend(),
            [](const GraphRequest &r) { return r.json.value("type") == QLatin1String("image"); });
        QCOMPARE(send.json.value("image").toObject(),
            (QJsonObject { { "id", sent.id }, { "caption", "The gym is on floor -1" } }));
        QTRY_COMPARE_WITH_TIMEOUT(E2e::first(E2e::messages(api(), conversationId),
                                      E2e::fieldIs("id", message.value("id").toString()))
                                      .value("deliveryStatus")
                                      .toString(),
            QStringLiteral("sent"), AckDeadline);

        // An uploaded file goes out once; sending it again needs a new upload.
        const HttpReply again = api().post(
            path, QJsonObject { { "media", QJsonObject { { "id", media.value("id") } } } });
        QVERIFY2(again.status == 400, again.describe().constData());
        QCOMPARE(again.object().value("error").toObject().value("code").toString(),
            QStringLiteral("VALIDATION_ERROR"));
    }

    void connectionTestAndTemplateList()
    {
        const HttpReply test = api().post("/api/v1/apps/whatsapp/test", QJsonObject {});
        QVERIFY2(test.status == 200, test.describe().constData());
        QVERIFY2(test.object().value("ok").toBool(), test.body.constData());
        QVERIFY(test.object().value("message").toString().contains("15550001234"));
        const QList<GraphRequest> requests = m_graph.requests();
        QVERIFY(std::any_of(requests.cbegin(), requests.cend(), [](const GraphRequest &r) {
            return r.method == "GET" && r.path == QLatin1String("/v21.0/1234567890");
        }));

        HttpReply reply = api().put(QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonObject { { "enabled", true },
                { "config",
                    QJsonObject { { "accessToken", m_account.accessToken },
                        { "phoneNumberId", m_account.phoneNumberId },
                        { "verifyToken", m_account.verifyToken },
                        { "appSecret", m_account.appSecret },
                        { "apiBaseUrl", m_graph.baseUrl().toString() },
                        { "templates",
                            "room_ready|en|1|Your room {{1}} is ready\nwelcome|pt_BR|0" } } } });
        QVERIFY2(reply.status == 200, reply.describe().constData());
        reply = api().get("/api/v1/apps/whatsapp/templates");
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const QJsonArray items = reply.object().value("items").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value("name").toString(), QStringLiteral("room_ready"));
        QCOMPARE(items.at(0).toObject().value("variables").toInt(), 1);
        QCOMPARE(items.at(1).toObject().value("language").toString(), QStringLiteral("pt_BR"));
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppMedia)
#include "tst_whatsappmedia.moc"
