#include "channels/whatsapp/graphclient.h"
#include "channels/whatsapp/whatsappnotification.h"
#include "channels/whatsapp/whatsappsignature.h"
#include "channels/whatsapp/whatsapptemplates.h"
#include "core/servicewindow.h"
#include "fakegraphapi.h"
#include "whatsapppayloads.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace jack::channels;

namespace {
//! One inbound message of `type` with `body` as its type object, parsed.
WhatsAppInbound parseOne(const QString &type, const QJsonObject &body,
    const QJsonObject &extra = QJsonObject(), QJsonArray contacts = QJsonArray())
{
    QJsonObject m { { "from", "351912345678" }, { "id", WhatsAppPayloads::newWamid() },
        { "timestamp", "1764400000" }, { "type", type } };
    if (!body.isEmpty())
        m.insert(type, body);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    if (contacts.isEmpty())
        contacts = { WhatsAppPayloads::contact("351912345678", "Maria Santos") };
    WhatsAppAccount account;
    const QByteArray raw = WhatsAppPayloads::notification(
        account, { WhatsAppPayloads::changeValue(account, contacts, QJsonArray { m }) });
    QString error;
    const auto n = WhatsAppNotification::parse(raw, &error);
    if (!n || n->messages.size() != 1) {
        qWarning("parse failed: %s", qPrintable(error));
        return {};
    }
    return n->messages.first();
}

WhatsAppConfig configFor(const FakeGraphApi &graph)
{
    WhatsAppConfig c;
    c.enabled = true;
    c.accessToken = graph.account().accessToken;
    c.phoneNumberId = graph.account().phoneNumberId;
    c.apiBaseUrl = graph.baseUrl().toString();
    return c;
}
} // namespace

class TestWhatsApp : public QObject {
    Q_OBJECT
private:
    QByteArray fixture()
    {
        QFile f(QStringLiteral(JACK_TEST_DATA "/whatsapp/batch.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void signatureMatchesMetaFormat()
    {
        // HMAC-SHA256("The quick brown fox jumps over the lazy dog", key "key"), a published
        // vector.
        QCOMPARE(WhatsAppSignature::sign("key", "The quick brown fox jumps over the lazy dog"),
            QByteArray("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"));
    }

    void signatureOverRawBytes()
    {
        const QByteArray body = fixture();
        QVERIFY(!body.isEmpty());
        const QByteArray header = WhatsAppSignature::sign("app-secret", body);
        QVERIFY(WhatsAppSignature::verify("app-secret", body, header));
        QVERIFY(WhatsAppSignature::verify(
            "app-secret", body, header.toUpper().replace("SHA256=", "sha256=")));

        QByteArray tampered = body;
        tampered.replace("2 more towels", "9 more towels");
        QVERIFY(!WhatsAppSignature::verify("app-secret", tampered, header));
        // Re-serialised JSON is a different byte string: the signature must not survive it.
        QByteArray reformatted = body;
        reformatted.replace("\n", "");
        QVERIFY(!WhatsAppSignature::verify("app-secret", reformatted, header));
        QVERIFY(!WhatsAppSignature::verify("other-secret", body, header));
        QVERIFY(!WhatsAppSignature::verify("app-secret", body, QByteArray()));
        QVERIFY(!WhatsAppSignature::verify("app-secret", body, header.mid(7)));
        QVERIFY(!WhatsAppSignature::verify("", body, WhatsAppSignature::sign("", body)));
    }

    void parsesEveryEntryChangeMessageAndStatus()
    {
        QString error;
        const auto n = WhatsAppNotification::parse(fixture(), &error);
        QVERIFY2(n.has_value(), qPrintable(error));
        QCOMPARE(n->messages.size(), 3);
        QCOMPARE(n->statuses.size(), 2);
        const WhatsAppInbound &text = n->messages[0];
        QCOMPARE(text.from, QStringLiteral("351912345678"));
        QCOMPARE(text.profileName, QStringLiteral("Maria Santos"));
        QCOMPARE(text.contentType, QStringLiteral("text"));
        QCOMPARE(text.text, QStringLiteral("Can I get 2 more towels please?"));
        QCOMPARE(text.timestamp, QStringLiteral("2025-11-29T07:06:40.000Z"));
        QCOMPARE(text.phoneNumberId, QStringLiteral("106540352242922"));
        QCOMPARE(n->messages[1].contentType, QStringLiteral("image"));
        QCOMPARE(n->messages[1].text, QStringLiteral("[image]: the broken lamp"));
        QCOMPARE(n->messages[2].profileName, QStringLiteral("James Whitfield"));
        QVERIFY(n->messages[2].text.contains(QStringLiteral("Praça do Comércio")));
        QCOMPARE(n->statuses[0].status, QStringLiteral("delivered"));
        QCOMPARE(n->statuses[1].status, QStringLiteral("failed"));
        QVERIFY(n->statuses[1].error.contains(QStringLiteral("131047")));
    }

    void parsesMediaTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("image with caption")
            << "image"
            << QJsonObject { { "id", "1037543291543636" }, { "mime_type", "image/jpeg" },
                   { "sha256", "abc" }, { "caption", "The lamp" } }
            << "[image]: The lamp"
            << "image/jpeg"
            << "";
        QTest::newRow("voice note")
            << "audio"
            << QJsonObject { { "id", "2001" }, { "mime_type", "audio/ogg; codecs=opus" },
                   { "voice", true } }
            << "[voice message]"
            << "audio/ogg; codecs=opus"
            << "";
        QTest::newRow("audio file")
            << "audio" << QJsonObject { { "id", "2002" }, { "mime_type", "audio/mpeg" } }
            << "[audio]"
            << "audio/mpeg"
            << "";
        QTest::newRow("video") << "video"
                               << QJsonObject { { "id", "2003" }, { "mime_type", "video/mp4" },
                                      { "caption", "the noise" } }
                               << "[video]: the noise"
                               << "video/mp4"
                               << "";
        QTest::newRow("document") << "document"
                                  << QJsonObject { { "id", "2004" },
                                         { "mime_type", "application/pdf" },
                                         { "filename", "invoice.pdf" },
                                         { "caption", "wrong amount" } }
                                  << "[document invoice.pdf]: wrong amount"
                                  << "application/pdf"
                                  << "invoice.pdf";
        QTest::newRow("sticker") << "sticker"
                                 << QJsonObject { { "id", "2005" }, { "mime_type", "image/webp" },
                                        { "animated", false } }
                                 << "[sticker]"
                                 << "image/webp"
                                 << "";
    }

    void parsesMediaTypes()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(QString, text);
        QFETCH(QString, mime);
        QFETCH(QString, fileName);
        const WhatsAppInbound in = parseOne(type, body);
        QCOMPARE(in.contentType, type);
        QCOMPARE(in.text, text);
        QCOMPARE(in.media.size(), 1);
        QCOMPARE(in.media.first().kind, type);
        QCOMPARE(in.media.first().mediaId, body.value("id").toString());
        QCOMPARE(in.media.first().mimeType, mime);
        QCOMPARE(in.media.first().fileName, fileName);
    }

    void rendersLocation()
    {
        const WhatsAppInbound in = parseOne("location",
            { { "latitude", 38.7079 }, { "longitude", -9.1366 }, { "name", "Praça do Comércio" },
                { "address", "Praça do Comércio, Lisboa" } });
        QCOMPARE(in.text,
            QStringLiteral("📍 Praça do Comércio, Praça do Comércio, Lisboa (38.7079, -9.1366)"));
        QVERIFY(in.media.isEmpty());
        const QJsonObject location = in.meta.value("location").toObject();
        QCOMPARE(location.value("latitude").toDouble(), 38.7079);
        QCOMPARE(location.value("name").toString(), QStringLiteral("Praça do Comércio"));
        // A dropped pin has no name or address.
        QCOMPARE(parseOne("location", { { "latitude", 1.5 }, { "longitude", 2.25 } }).text,
            QStringLiteral("📍 (1.5, 2.25)"));
    }

    void rendersContacts()
    {
        const QJsonArray cards { QJsonObject {
            { "name",
                QJsonObject { { "formatted_name", "John Smith" }, { "first_name", "John" } } },
            { "phones",
                QJsonArray { QJsonObject { { "phone", "+1 555 0100" }, { "type", "CELL" } },
                    QJsonObject { { "phone", "+1 555 0199" }, { "type", "WORK" } } } } } };
        const WhatsAppInbound in = parseOne("contacts", {}, { { "contacts", cards } });
        QCOMPARE(in.contentType, QStringLiteral("contacts"));
        QCOMPARE(
            in.text, QStringLiteral("👤 shared a contact: John Smith (+1 555 0100, +1 555 0199)"));
        // The sender's profile still comes from value.contacts, not from the card.
        QCOMPARE(in.profileName, QStringLiteral("Maria Santos"));
        QCOMPARE(in.meta.value("contacts").toArray().first().toObject().value("name").toString(),
            QStringLiteral("John Smith"));
    }

    void rendersRepliesAndReactions()
    {
        const WhatsAppInbound button = parseOne("interactive",
            { { "type", "button_reply" },
                { "button_reply",
                    QJsonObject { { "id", "late-checkout-yes" }, { "title", "Yes please" } } } },
            { { "context", QJsonObject { { "from", "15550001234" }, { "id", "wamid.ours" } } } });
        QCOMPARE(button.text, QStringLiteral("Yes please"));
        QCOMPARE(button.meta.value("reply").toObject().value("id").toString(),
            QStringLiteral("late-checkout-yes"));
        QCOMPARE(button.meta.value("replyTo").toString(), QStringLiteral("wamid.ours"));

        const WhatsAppInbound list = parseOne("interactive",
            { { "type", "list_reply" },
                { "list_reply",
                    QJsonObject { { "id", "spa-10" }, { "title", "10:00 massage" },
                        { "description", "60 minutes" } } } });
        QCOMPARE(list.text, QStringLiteral("10:00 massage"));
        QCOMPARE(list.meta.value("reply").toObject().value("type").toString(),
            QStringLiteral("list_reply"));

        const WhatsAppInbound quick = parseOne("button", {},
            { { "button",
                QJsonObject { { "text", "Confirm arrival" }, { "payload", "ARRIVE" } } } });
        QCOMPARE(quick.text, QStringLiteral("Confirm arrival"));
        QCOMPARE(quick.meta.value("reply").toObject().value("payload").toString(),
            QStringLiteral("ARRIVE"));

        const WhatsAppInbound reaction
            = parseOne("reaction", { { "message_id", "wamid.ours" }, { "emoji", "👍" } });
        QCOMPARE(reaction.text, QStringLiteral("reacted 👍 to a message"));
        QCOMPARE(reaction.meta.value("reaction").toObject().value("messageId").toString(),
            QStringLiteral("wamid.ours"));
        QCOMPARE(parseOne("reaction", { { "message_id", "wamid.ours" }, { "emoji", "" } }).text,
            QStringLiteral("removed a reaction from a message"));

        const WhatsAppInbound unsupported = parseOne(
            "unsupported", {}, { { "errors", QJsonArray { QJsonObject { { "code", 131051 } } } } });
        QCOMPARE(unsupported.contentType, QStringLiteral("unsupported"));
        QVERIFY(!unsupported.text.isEmpty());
    }

    void failedStatusIsStaffReadable()
    {
        WhatsAppAccount account;
        const QByteArray raw = WhatsAppPayloads::statuses(account,
            { WhatsAppPayloads::status(
                "wamid.x", "failed", "351912345678", "1764400000", 131047) });
        QString error;
        const auto n = WhatsAppNotification::parse(raw, &error);
        QVERIFY(n.has_value());
        QVERIFY(n->statuses.first().error.contains(QStringLiteral("24-hour")));
        QVERIFY(n->statuses.first().error.contains(QStringLiteral("131047")));
    }

    void mapsProviderErrors_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("words");
        const int retry = int(SendOutcome::Retry), failed = int(SendOutcome::Failed);
        QTest::newRow("window") << 400 << 131047 << failed << "template";
        QTest::newRow("undeliverable") << 400 << 131026 << failed << "could not be delivered";
        QTest::newRow("rate 130429") << 429 << 130429 << retry << "throttling";
        QTest::newRow("rate 80007") << 400 << 80007 << retry << "throttling";
        QTest::newRow("pair rate 131056") << 400 << 131056 << retry << "throttling";
        QTest::newRow("token 190") << 401 << 190 << failed << "check the WhatsApp settings";
        QTest::newRow("401 without code") << 401 << 0 << failed << "check the WhatsApp settings";
        QTest::newRow("media 131053") << 400 << 131053 << failed << "file";
        QTest::newRow("media 131052") << 400 << 131052 << failed << "file";
        QTest::newRow("template params 132000") << 400 << 132000 << failed << "template";
        QTest::newRow("template missing 132001") << 404 << 132001 << failed << "template";
        QTest::newRow("server 131000") << 500 << 131000 << retry << "temporary";
        QTest::newRow("other") << 400 << 100 << failed << "refused";
    }

    void mapsProviderErrors()
    {
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(int, outcome);
        QFETCH(QString, words);
        QJsonObject error { { "message", "(#x) something" }, { "type", "OAuthException" } };
        if (code)
            error.insert("code", code);
        const SendResult r = GraphClient::classify(
            http, QJsonDocument(QJsonObject { { "error", error } }).toJson(), false, {});
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.error.contains(words), qPrintable(r.error));
        QCOMPARE(r.errorCode, code ? QString::number(code) : QString());
    }

    void throttleHonoursRetryAfter()
    {
        const QByteArray body = R"({"error":{"code":130429,"message":"Rate limit hit"}})";
        QCOMPARE(GraphClient::classify(429, body, false, {}, "30").retryAfterMs, 30000);
        QCOMPARE(GraphClient::classify(429, body, false, {}).retryAfterMs, 0);
        // A hard refusal never carries a wait.
        QCOMPARE(GraphClient::classify(400, R"({"error":{"code":131047}})", false, {}, "30")
                     .retryAfterMs,
            0);
        const SendResult down = GraphClient::classify(0, {}, true, QStringLiteral("refused"));
        QCOMPARE(down.outcome, SendOutcome::Retry);
    }

    void buildsTemplateAndMediaBodies()
    {
        const QJsonObject t = GraphClient::templateMessage(
            "+351912345678", "room_ready", "en_US", { "412", "Maria" });
        QCOMPARE(t.value("to").toString(), QStringLiteral("351912345678"));
        QCOMPARE(t.value("type").toString(), QStringLiteral("template"));
        const QJsonObject tmpl = t.value("template").toObject();
        QCOMPARE(tmpl.value("name").toString(), QStringLiteral("room_ready"));
        QCOMPARE(
            tmpl.value("language").toObject().value("code").toString(), QStringLiteral("en_US"));
        const QJsonArray params
            = tmpl.value("components").toArray().first().toObject().value("parameters").toArray();
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0).toObject(), (QJsonObject { { "type", "text" }, { "text", "412" } }));
        // No variables: no components at all (Meta refuses an empty parameter list).
        QVERIFY(!GraphClient::templateMessage("+1555", "hello", "en", {})
                     .value("template")
                     .toObject()
                     .contains("components"));

        const QJsonObject doc = GraphClient::mediaMessage(
            "+351912345678", "document", "555", "Your invoice", "invoice.pdf");
        QCOMPARE(doc.value("type").toString(), QStringLiteral("document"));
        QCOMPARE(doc.value("document").toObject(),
            (QJsonObject {
                { "id", "555" }, { "caption", "Your invoice" }, { "filename", "invoice.pdf" } }));
        QVERIFY(!GraphClient::mediaMessage("+1555", "audio", "556", "ignored", {})
                     .value("audio")
                     .toObject()
                     .contains("caption"));
    }

    void parsesAndRendersTemplates()
    {
        const auto list = WhatsAppTemplates::parse(QStringLiteral(
            "# approved in WhatsApp Manager\nroom_ready|en|1|Your room {{1}} is ready\n\n"
            "welcome|pt_BR|2\nbroken|en|many\n checkout_reminder | en | 0 \n"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).render({ "412" }),
            QStringLiteral("[template room_ready] Your room 412 is ready"));
        QCOMPARE(list.at(1).language, QStringLiteral("pt_BR"));
        QCOMPARE(list.at(1).render({ "Maria", "412" }),
            QStringLiteral("[template welcome] Maria · 412"));
        QCOMPARE(list.at(2).name, QStringLiteral("checkout_reminder"));
        QCOMPARE(list.at(2).render({}), QStringLiteral("[template checkout_reminder]"));
        QVERIFY(WhatsAppTemplates::find(list, "welcome", "pt_BR"));
        QVERIFY(!WhatsAppTemplates::find(list, "welcome", "en"));
        QVERIFY(WhatsAppTemplates::find(list, "welcome", {}));
        WhatsAppTemplate many { "t", "en", 12, "{{1}}-{{12}}" };
        QStringList values;
        for (int i = 1; i <= 12; ++i)
            values << QString::number(i * 10);
        QCOMPARE(many.render(values), QStringLiteral("[template t] 10-120"));
    }

    void serviceWindowIsTwentyFourHours()
    {
        using jack::core::Clock;
        using jack::core::ServiceWindow;
        const QDateTime now = Clock::now();
        QVERIFY(ServiceWindow::isOpen(Clock::toIso(now.addSecs(-23 * 3600)), now));
        QVERIFY(!ServiceWindow::isOpen(Clock::toIso(now.addSecs(-24 * 3600 - 1)), now));
        QVERIFY(!ServiceWindow::isOpen(QString(), now));
        const QJsonObject json = ServiceWindow::toJson(Clock::toIso(now.addSecs(-3600)), now);
        QCOMPARE(json.value("open").toBool(), true);
        QCOMPARE(json.value("closesAt").toString(), Clock::toIso(now.addSecs(23 * 3600)));
        QVERIFY(ServiceWindow::toJson(QString(), now).value("closesAt").isNull());
    }

    void fetchesMediaInTwoSteps()
    {
        FakeGraphApi graph;
        QVERIFY(graph.start());
        const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600");
        graph.addMedia("1037543291543636", "image/jpeg", jpeg);
        QNetworkAccessManager network;
        GraphClient client(&network);
        std::optional<FetchedMedia> got;
        client.fetchMedia(
            configFor(graph), "1037543291543636", {}, [&](const FetchedMedia &f) { got = f; });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok, qPrintable(got->error));
        QCOMPARE(got->bytes, jpeg);
        QCOMPARE(got->mimeType, QStringLiteral("image/jpeg"));
        const auto requests = graph.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QStringLiteral("/v21.0/1037543291543636"));
        QCOMPARE(requests.at(1).path, QStringLiteral("/media/1037543291543636"));
        for (const GraphRequest &r : requests)
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer EAAG-test"));

        // Gone for good vs. a token problem that the hotel can fix.
        got.reset();
        client.fetchMedia(configFor(graph), "404404", {}, [&](const FetchedMedia &f) { got = f; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok);
        QVERIFY(got->permanent);
        WhatsAppConfig wrong = configFor(graph);
        wrong.accessToken = "expired";
        got.reset();
        client.fetchMedia(wrong, "1037543291543636", {}, [&](const FetchedMedia &f) { got = f; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok);
        QVERIFY(!got->permanent);
        QVERIFY(got->error.contains("WhatsApp settings"));
    }

    void uploadsMediaAsMultipart()
    {
        FakeGraphApi graph;
        QVERIFY(graph.start());
        QNetworkAccessManager network;
        GraphClient client(&network);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000");
        QString id;
        std::optional<SendResult> failure;
        bool finished = false;
        client.uploadMedia(configFor(graph), png, "image/png", "map \"floor 4\".png",
            [&](const QString &mediaId, const SendResult &f) {
                id = mediaId;
                failure = f;
                finished = true;
            });
        QTRY_VERIFY(finished);
        QVERIFY2(!id.isEmpty(), qPrintable(failure->error));
        QCOMPARE(graph.uploads().size(), 1);
        const auto upload = graph.uploads().first();
        QCOMPARE(upload.id, id);
        QCOMPARE(upload.product, QStringLiteral("whatsapp"));
        QCOMPARE(upload.type, QStringLiteral("image/png"));
        QCOMPARE(upload.contentType, QByteArray("image/png"));
        QCOMPARE(upload.bytes, png);
        QCOMPARE(upload.fileName, QStringLiteral("map 'floor 4'.png"));

        // A type Meta does not accept for the bytes: 131053, a clear failure.
        finished = false;
        client.uploadMedia(
            configFor(graph), png, "", "x.png", [&](const QString &mediaId, const SendResult &f) {
                id = mediaId;
                failure = f;
                finished = true;
            });
        QTRY_VERIFY(finished);
        QVERIFY(id.isEmpty());
        QCOMPARE(failure->outcome, SendOutcome::Failed);
    }

    void sendsTemplateAndChecksConnection()
    {
        FakeGraphApi graph;
        QVERIFY(graph.start());
        graph.addTemplate("room_ready", "en", 1);
        QNetworkAccessManager network;
        GraphClient client(&network);
        std::optional<SendResult> result;
        client.sendMessage(configFor(graph),
            GraphClient::templateMessage("+351912345678", "room_ready", "en", { "412" }),
            [&](const SendResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, SendOutcome::Sent);
        QCOMPARE(result->channelMessageId, graph.acceptedSends().first().wamid);

        result.reset();
        client.sendMessage(configFor(graph),
            GraphClient::templateMessage("+351912345678", "room_ready", "en", {}),
            [&](const SendResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, SendOutcome::Failed);
        QCOMPARE(result->errorCode, QStringLiteral("132000"));

        graph.failNext(1, 429, 130429, 0, {}, 7);
        result.reset();
        client.sendText(
            configFor(graph), "+351912345678", "hello", [&](const SendResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, SendOutcome::Retry);
        QCOMPARE(result->retryAfterMs, 7000);

        std::optional<std::pair<bool, QString>> check;
        client.checkPhoneNumber(configFor(graph), [&](bool ok, const QString &message) {
            check = { ok, message };
        });
        QTRY_VERIFY(check.has_value());
        QVERIFY2(check->first, qPrintable(check->second));
        QVERIFY(check->second.contains("15550001234"));
        QCOMPARE(graph.requests().last().path, QStringLiteral("/v21.0/1234567890"));
        WhatsAppConfig wrong = configFor(graph);
        wrong.accessToken = "nope";
        check.reset();
        client.checkPhoneNumber(wrong, [&](bool ok, const QString &message) {
            check = { ok, message };
        });
        QTRY_VERIFY(check.has_value());
        QVERIFY(!check->first);
        QVERIFY2(!check->second.contains("nope"), qPrintable(check->second));
    }

    void refusesWhatIsNotANotification()
    {
        QString error;
        QVERIFY(!WhatsAppNotification::parse("not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!WhatsAppNotification::parse(R"({"object":"page","entry":[]})", &error));
        QVERIFY(!WhatsAppNotification::parse(R"({"object":"whatsapp_business_account"})", &error));
        QVERIFY(!WhatsAppNotification::parse(
            R"({"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"type":"text"}]}}]}]})",
            &error));
        const auto empty = WhatsAppNotification::parse(
            R"({"object":"whatsapp_business_account","entry":[]})", &error);
        QVERIFY(empty.has_value());
        QVERIFY(empty->messages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWhatsApp)
#include "tst_whatsapp.moc"
