// Telegram channel pieces without a hub: Update parsing, sendMessage answer mapping, token
// masking, and the Bot API client talking to the fake Bot API over a real socket.
#include "channels/telegram/telegrambotapi.h"
#include "channels/telegram/telegramconfig.h"
#include "channels/telegram/telegramupdate.h"
#include "telegram/faketelegram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace jack::channels;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

InboundMessage parseMessage(const char *update)
{
    const auto parsed = TelegramUpdateParser::parse(json(update));
    if (!parsed || !parsed->message)
        return {};
    return *parsed->message;
}

TelegramConfig configFor(const FakeTelegram &fake)
{
    TelegramConfig c;
    c.enabled = true;
    c.botToken = fake.token();
    c.mode = QStringLiteral("polling");
    c.apiBaseUrl = fake.baseUrl().toString();
    return c;
}

} // namespace

class TestTelegram : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTextMessage()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 900000001, "message": {
            "message_id": 17, "date": 1773583200,
            "from": {"id": 5512345678, "is_bot": false, "first_name": "Maria",
                     "last_name": "Lopez", "username": "mlopez", "language_code": "es"},
            "chat": {"id": 5512345678, "first_name": "Maria", "type": "private"},
            "text": "/start"}})");
        QCOMPARE(m.channel, QStringLiteral("telegram"));
        QCOMPARE(m.address, QStringLiteral("5512345678"));
        QVERIFY(m.addressKind == AddressKind::Handle);
        QCOMPARE(m.displayName, QStringLiteral("Maria Lopez"));
        QCOMPARE(m.channelMessageId, QStringLiteral("5512345678:17"));
        QCOMPARE(m.text, QStringLiteral("/start"));
        QCOMPARE(m.contentType, QStringLiteral("text"));
        QCOMPARE(m.timestamp, QStringLiteral("2026-03-15T14:00:00Z"));
        QCOMPARE(m.meta.value("telegramUsername").toString(), QStringLiteral("mlopez"));
        QVERIFY(m.media.isEmpty());
    }

    void usernameWhenNoName()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 1, "message": {
            "message_id": 2, "date": 1773583200, "from": {"id": 42, "username": "night_owl"},
            "chat": {"id": 42, "type": "private"}, "text": "hi"}})");
        QCOMPARE(m.displayName, QStringLiteral("@night_owl"));
    }

    void parsesPhotoWithLargestSize()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 3, "message": {
            "message_id": 5, "date": 1773583200, "from": {"id": 42, "first_name": "Ann"},
            "chat": {"id": 42, "type": "private"}, "caption": "The tap in room 12",
            "photo": [{"file_id": "small", "file_unique_id": "s", "width": 90, "height": 90},
                      {"file_id": "large", "file_unique_id": "l", "width": 1280,
                       "height": 1280, "file_size": 123456}]}})");
        QCOMPARE(m.contentType, QStringLiteral("image"));
        QCOMPARE(m.text, QStringLiteral("The tap in room 12"));
        QCOMPARE(m.media.size(), 1);
        QCOMPARE(m.media[0].kind, QStringLiteral("image"));
        QCOMPARE(m.media[0].source, QStringLiteral("large"));
        QCOMPARE(m.media[0].mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(m.media[0].size, qint64(123456));
    }

    void photoWithoutCaptionIsRendered()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 3, "message": {
            "message_id": 5, "date": 1, "chat": {"id": 42, "type": "private"},
            "photo": [{"file_id": "p"}]}})");
        QCOMPARE(m.text, QStringLiteral("[photo]"));
    }

    void parsesDocumentAndVoice()
    {
        const InboundMessage doc = parseMessage(R"({"update_id": 4, "message": {
            "message_id": 6, "date": 1, "chat": {"id": 42, "type": "private"},
            "document": {"file_id": "d1", "file_name": "passport.pdf",
                         "mime_type": "application/pdf"}}})");
        QCOMPARE(doc.text, QStringLiteral("[document passport.pdf]"));
        QCOMPARE(doc.media[0].fileName, QStringLiteral("passport.pdf"));
        QCOMPARE(doc.media[0].mimeType, QStringLiteral("application/pdf"));
        const InboundMessage voice = parseMessage(R"({"update_id": 5, "message": {
            "message_id": 7, "date": 1, "chat": {"id": 42, "type": "private"},
            "voice": {"file_id": "v1", "duration": 3}}})");
        QCOMPARE(voice.text, QStringLiteral("[voice message]"));
        QCOMPARE(voice.media[0].kind, QStringLiteral("audio"));
        QCOMPARE(voice.media[0].mimeType, QStringLiteral("audio/ogg"));
    }

    void parsesLocation()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 6, "message": {
            "message_id": 8, "date": 1, "chat": {"id": 42, "type": "private"},
            "location": {"latitude": 38.7223, "longitude": -9.1393}}})");
        QCOMPARE(m.contentType, QStringLiteral("location"));
        QCOMPARE(m.text, QStringLiteral("📍 38.722300, -9.139300"));
    }

    void parsesOwnContactIntoMeta()
    {
        const InboundMessage own = parseMessage(R"({"update_id": 7, "message": {
            "message_id": 9, "date": 1, "from": {"id": 42, "first_name": "Ann"},
            "chat": {"id": 42, "type": "private"},
            "contact": {"phone_number": "+351912345678", "first_name": "Ann",
                        "last_name": "Lee", "user_id": 42}}})");
        QCOMPARE(own.contentType, QStringLiteral("contact"));
        QCOMPARE(own.text, QStringLiteral("📇 Ann Lee, +351912345678"));
        QCOMPARE(own.meta.value("sharedPhone").toString(), QStringLiteral("+351912345678"));
        // Someone else's card is just a message.
        const InboundMessage other = parseMessage(R"({"update_id": 8, "message": {
            "message_id": 10, "date": 1, "from": {"id": 42, "first_name": "Ann"},
            "chat": {"id": 42, "type": "private"},
            "contact": {"phone_number": "+15550001", "first_name": "Bob", "user_id": 77}}})");
        QVERIFY(!other.meta.contains("sharedPhone"));
    }

    void editedMessageIsANewEntry()
    {
        const InboundMessage m = parseMessage(R"({"update_id": 9, "edited_message": {
            "message_id": 17, "date": 1773583200, "edit_date": 1773583260,
            "from": {"id": 42, "first_name": "Ann"}, "chat": {"id": 42, "type": "private"},
            "text": "two towels please"}})");
        QCOMPARE(m.channelMessageId, QStringLiteral("42:17:edit:1773583260"));
        QCOMPARE(m.text, QStringLiteral("[edited] two towels please"));
        QCOMPARE(m.meta.value("edited").toBool(), true);
    }

    void skipsWhatIsNotAGuestMessage()
    {
        const auto group = TelegramUpdateParser::parse(json(R"({"update_id": 10, "message": {
            "message_id": 1, "date": 1, "chat": {"id": -100123, "type": "supergroup"},
            "text": "hello all"}})"));
        QVERIFY(group);
        QCOMPARE(group->updateId, qint64(10));
        QVERIFY(!group->message);
        QVERIFY(!group->skipped.isEmpty());
        const auto callback
            = TelegramUpdateParser::parse(json(R"({"update_id": 11, "callback_query": {}})"));
        QVERIFY(callback && !callback->message);
    }

    void refusesWhatIsNotAnUpdate()
    {
        QString error;
        QVERIFY(!TelegramUpdateParser::parse(json(R"({"message": {}})"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!TelegramUpdateParser::parse(json(R"({"update_id": "x"})")));
    }

    void sendErrorsMapToOutcomes_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<int>("retryAfterMs");
        const int sent = int(SendOutcome::Sent), retry = int(SendOutcome::Retry),
                  failed = int(SendOutcome::Failed);
        QTest::newRow("ok") << 200
                            << QByteArray(R"({"ok":true,"result":{"message_id":99,"date":1}})")
                            << sent << QString() << 0;
        QTest::newRow("429")
            << 429
            << QByteArray(
                   R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 7","parameters":{"retry_after":7}})")
            << retry << QStringLiteral("slow down") << 7000;
        QTest::newRow("blocked")
            << 403
            << QByteArray(
                   R"({"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"})")
            << failed << QStringLiteral("The guest has blocked the bot") << 0;
        QTest::newRow("chat not found")
            << 400
            << QByteArray(
                   R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})")
            << failed << QStringLiteral("chat not found") << 0;
        QTest::newRow("bad token")
            << 401 << QByteArray(R"({"ok":false,"error_code":401,"description":"Unauthorized"})")
            << retry << QStringLiteral("check the bot token") << 0;
        QTest::newRow("server error") << 502 << QByteArray("<html>Bad Gateway</html>") << retry
                                      << QStringLiteral("server error") << 0;
        QTest::newRow("too long")
            << 400
            << QByteArray(
                   R"({"ok":false,"error_code":400,"description":"Bad Request: message is too long"})")
            << failed << QStringLiteral("message is too long") << 0;
    }

    void sendErrorsMapToOutcomes()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, errorContains);
        QFETCH(int, retryAfterMs);
        const SendResult r
            = TelegramBotApi::classifySend(TelegramAnswer::fromHttp(http, body), "42");
        QCOMPARE(int(r.outcome), outcome);
        QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
        QCOMPARE(r.retryAfterMs, retryAfterMs);
        if (r.outcome == SendOutcome::Sent)
            QCOMPARE(r.channelMessageId, QStringLiteral("42:99"));
    }

    void networkErrorRetries()
    {
        TelegramAnswer a;
        a.description = QStringLiteral("Connection refused");
        const SendResult r = TelegramBotApi::classifySend(a, "42");
        QCOMPARE(r.outcome, SendOutcome::Retry);
        QVERIFY(r.error.contains("could not be reached"));
    }

    void tokensAreMasked()
    {
        const QString url = QStringLiteral(
            "https://api.telegram.org/bot123456789:AAH-x_yZ0123456789abcdef/getUpdates?offset=5");
        const QString masked = TelegramConfig::redact(url);
        QVERIFY2(!masked.contains("AAH-x_yZ"), qPrintable(masked));
        QVERIFY(!masked.contains("123456789:"));
        QCOMPARE(
            masked, QStringLiteral("https://api.telegram.org/bot<hidden>/getUpdates?offset=5"));
        QCOMPARE(TelegramConfig::redact("/file/bot1:abc/photos/file_1.jpg"),
            QStringLiteral("/file/bot<hidden>/photos/file_1.jpg"));
        // A token of an unusual shape is still hidden by the config that knows it.
        TelegramConfig c;
        c.botToken = QStringLiteral("not-a-real-token");
        const QString text = c.redacted(
            QStringLiteral("Error transferring http://x/botnot-a-real-token/getMe - timeout"));
        QVERIFY2(!text.contains("not-a-real-token"), qPrintable(text));
        c.apiBaseUrl = QStringLiteral("https://api.telegram.org");
        QCOMPARE(c.methodUrl("getMe").toString(),
            QStringLiteral("https://api.telegram.org/botnot-a-real-token/getMe"));
    }

    void clientTalksToTheFake()
    {
        FakeTelegram fake;
        QVERIFY(fake.start());
        QNetworkAccessManager network;
        TelegramBotApi api(&network);
        const TelegramConfig config = configFor(fake);

        std::optional<TelegramAnswer> me;
        api.call(config, "getMe", {}, 5000, [&](const TelegramAnswer &a) { me = a; });
        QTRY_VERIFY(me.has_value());
        QVERIFY(me->ok);
        QCOMPARE(me->result.toObject().value("username").toString(), fake.botUsername());

        // A wrong token: 401 with Telegram's body, explained without the token.
        TelegramConfig wrong = config;
        wrong.botToken = QStringLiteral("7000001:wrong");
        std::optional<TelegramAnswer> refused;
        api.call(wrong, "getMe", {}, 5000, [&](const TelegramAnswer &a) { refused = a; });
        QTRY_VERIFY(refused.has_value());
        QVERIFY(!refused->ok);
        QVERIFY(refused->badToken());
        QVERIFY(refused->explain().contains("refused the bot token"));
        QVERIFY(!refused->explain().contains("wrong"));

        // getFile then the download.
        fake.addFile("photo-1", "photos/file_7.jpg", QByteArray("\xff\xd8jpegbytes"));
        std::optional<QByteArray> bytes;
        api.download(config, "photo-1", [&](const TelegramAnswer &a, const QByteArray &b) {
            QVERIFY(a.ok);
            bytes = b;
        });
        QTRY_VERIFY(bytes.has_value());
        QCOMPARE(*bytes, QByteArray("\xff\xd8jpegbytes"));
        std::optional<TelegramAnswer> missing;
        api.download(
            config, "nope", [&](const TelegramAnswer &a, const QByteArray &) { missing = a; });
        QTRY_VERIFY(missing.has_value());
        QCOMPARE(missing->errorCode, 400);
    }

    void longPollIsHeldUntilAnUpdateArrives()
    {
        FakeTelegram fake;
        QVERIFY(fake.start());
        QNetworkAccessManager network;
        TelegramBotApi api(&network);
        std::optional<TelegramAnswer> batch;
        api.call(configFor(fake), "getUpdates", { { "timeout", 20 } }, 30000,
            [&](const TelegramAnswer &a) { batch = a; });
        QTRY_VERIFY(fake.hasHeldPoll());
        QVERIFY(!batch.has_value());
        const qint64 id = fake.queueText(42, "Is breakfast included?", "Ann");
        QTRY_VERIFY(batch.has_value());
        QVERIFY(batch->ok);
        const QJsonArray updates = batch->result.toArray();
        QCOMPARE(updates.size(), 1);
        const auto parsed = TelegramUpdateParser::parse(updates[0].toObject());
        QVERIFY(parsed && parsed->message);
        QCOMPARE(parsed->updateId, id);
        QCOMPARE(parsed->message->text, QStringLiteral("Is breakfast included?"));

        // An abort (stop/reconfigure) ends the call as "aborted", and the fake forgets it.
        std::optional<TelegramAnswer> cancelled;
        QNetworkReply *reply
            = api.call(configFor(fake), "getUpdates", { { "timeout", 20 }, { "offset", id + 1 } },
                30000, [&](const TelegramAnswer &a) { cancelled = a; });
        QTRY_VERIFY(fake.hasHeldPoll());
        reply->abort();
        QVERIFY(cancelled.has_value());
        QVERIFY(cancelled->aborted);
        QTRY_VERIFY(!fake.hasHeldPoll());
        QCOMPARE(fake.offsetsAsked(), (QList<qint64> { -1, id + 1 }));
        QCOMPARE(fake.pendingUpdates(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTelegram)
#include "tst_telegram.moc"
