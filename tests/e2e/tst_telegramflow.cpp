// A guest on Telegram, end to end: the fake Bot API ↔ a real jack-server by long polling and
// by webhook; replies by sendMessage, files by getFile, errors, the offset across a crash.
#include "e2esupport.h"
#include "jackserverprocess.h"
#include "telegram/faketelegram.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

constexpr int AckDeadline = 10000; // a long-polled update is committed within a poll round trip
constexpr int ReplyDeadline = 20000; // AI pipeline + outbox round trip

const QString kPublicUrl = QStringLiteral("https://jack.harbourview.example");
const QString kWebhookSecret = QStringLiteral("harbourview-telegram_secret-1");

QString chatKey(qint64 chatId, qint64 messageId)
{
    return QStringLiteral("%1:%2").arg(chatId).arg(messageId);
}

} // namespace

class TestTelegramFlow : public QObject {
    Q_OBJECT

private:
    FakeTelegram m_telegram;
    JackServerProcess m_hub;
    qint64 m_lastUpdateId = 0; // the newest update the hub has stored
    QString m_conversation; // the first guest's conversation
    static constexpr qint64 kGuest = 5550001;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply configure(const QString &mode, const QString &token)
    {
        return api().put(QStringLiteral("/api/v1/apps/telegram"),
            QJsonObject { { "enabled", true },
                { "config",
                    QJsonObject { { "botToken", token },
                        { "apiBaseUrl", m_telegram.baseUrl().toString() }, { "mode", mode },
                        { "webhookSecret", kWebhookSecret } } } });
    }

    //! Every message of every Telegram conversation.
    QJsonArray telegramMessages()
    {
        QJsonArray out;
        for (const QJsonValue &c : E2e::conversations(api())) {
            if (c.toObject().value("channel").toString() != QLatin1String("telegram"))
                continue;
            for (const QJsonValue &m : E2e::messages(api(), c.toObject().value("id").toString()))
                out.append(m);
        }
        return out;
    }

    int stored(const QString &channelMessageId)
    {
        return E2e::count(telegramMessages(), E2e::fieldIs("channelMessageId", channelMessageId));
    }

    QJsonObject waitFor(const E2e::Predicate &predicate, int timeoutMs = AckDeadline)
    {
        QDeadlineTimer deadline(timeoutMs);
        do {
            const QJsonObject m = E2e::first(telegramMessages(), predicate);
            if (!m.isEmpty())
                return m;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        return {};
    }

    QJsonObject waitForMessage(const QString &channelMessageId, int timeoutMs = AckDeadline)
    {
        return waitFor(E2e::fieldIs("channelMessageId", channelMessageId), timeoutMs);
    }

    qint64 messageIdOf(qint64 updateId) const
    {
        const QJsonObject u = m_telegram.update(updateId);
        const QJsonObject m = u.value("message").toObject();
        return m.value("message_id").toInteger();
    }

    //! The hub asked for `offset`: it committed everything before it.
    bool waitForOffset(qint64 offset, int from = 0)
    {
        QDeadlineTimer deadline(AckDeadline);
        do {
            if (m_telegram.offsetsAsked().mid(from).contains(offset))
                return true;
            QTest::qWait(20);
        } while (!deadline.hasExpired());
        return false;
    }

    QJsonObject telegramHealth()
    {
        const HttpReply health = m_hub.anonymous().get("/health");
        return health.object()
            .value("services")
            .toObject()
            .value("channels")
            .toObject()
            .value("details")
            .toObject()
            .value("channels.telegram")
            .toObject();
    }

    HttpReply staffSays(const QString &conversationId, const QString &text)
    {
        return api().post(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
            QJsonObject { { "content", text } });
    }

    HttpReply postWebhook(const QJsonObject &update, const QByteArray &secret)
    {
        QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
        if (!secret.isNull())
            headers.append({ "X-Telegram-Bot-Api-Secret-Token", secret });
        return m_hub.anonymous().send("POST", "/webhooks/telegram",
            QJsonDocument(update).toJson(QJsonDocument::Compact), headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_telegram.start());
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
        const HttpReply reply = configure("polling", m_telegram.token());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QVERIFY2(!reply.body.contains(m_telegram.token().section(':', 1).toUtf8()),
            reply.body.constData());
    }

    void cleanupTestCase()
    {
        if (m_hub.isRunning()) {
            QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
            // The token is part of every Bot API URL: it must not reach the log.
            QVERIFY2(!m_hub.output().contains(m_telegram.token().section(':', 1).toUtf8()),
                m_hub.outputTail().constData());
        }
    }

    void pollingClearsTheWebhookThenLongPolls()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_telegram.hasHeldPoll(), AckDeadline);
        const QList<TelegramCall> calls = m_telegram.calls();
        qsizetype firstDelete = -1, firstPoll = -1;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (firstDelete < 0 && calls[i].method == "deleteWebhook")
                firstDelete = i;
            if (firstPoll < 0 && calls[i].method == "getUpdates")
                firstPoll = i;
        }
        QVERIFY(firstDelete >= 0);
        QVERIFY(firstDelete < firstPoll);
        const QJsonObject params = calls[firstPoll].params;
        QVERIFY(params.value("timeout").toInt() >= 20);
        QCOMPARE(params.value("allowed_updates").toArray(),
            (QJsonArray { "message", "edited_message" }));
        QTRY_COMPARE_WITH_TIMEOUT(
            telegramHealth().value("status").toString(), QStringLiteral("ok"), AckDeadline);
    }

    void guestQuestionIsStoredAndAnswered()
    {
        const qint64 update
            = m_telegram.queueText(kGuest, QStringLiteral("What is the wifi password?"),
                QStringLiteral("Maria"), QStringLiteral("Lopez"));
        const QString id = chatKey(kGuest, messageIdOf(update));
        const QJsonObject inbound = waitForMessage(id);
        QVERIFY2(!inbound.isEmpty(), E2e::compact(E2e::conversations(api())).constData());
        QCOMPARE(inbound.value("direction").toString(), QStringLiteral("inbound"));
        QCOMPARE(inbound.value("content").toString(), QStringLiteral("What is the wifi password?"));
        QCOMPARE(inbound.value("channel").toString(), QStringLiteral("telegram"));
        m_conversation = inbound.value("conversationId").toString();
        const QJsonObject conversation
            = api().get("/api/v1/conversations/" + m_conversation).object();
        QCOMPARE(conversation.value("guestName").toString(), QStringLiteral("Maria Lopez"));
        // Stored and the offset moved on in the same commit; the next call confirms it.
        QVERIFY(waitForOffset(update + 1));
        m_lastUpdateId = update;

        // Jack answers through sendMessage to the guest's chat.
        QTRY_VERIFY_WITH_TIMEOUT(!m_telegram.sentTo(kGuest).isEmpty(), ReplyDeadline);
        const TelegramCall sent = m_telegram.sentTo(kGuest).first();
        QCOMPARE(sent.params.value("chat_id").toString(), QString::number(kGuest));
        QVERIFY(!sent.params.value("text").toString().trimmed().isEmpty());
        const QString sentId = chatKey(
            kGuest, sent.response.value("result").toObject().value("message_id").toInteger());
        const QJsonObject outbound = waitFor([&](const QJsonObject &m) {
            return m.value("channelMessageId").toString() == sentId
                && m.value("deliveryStatus").toString() == QLatin1String("sent");
        });
        QVERIFY2(!outbound.isEmpty(), E2e::compact(telegramMessages()).constData());
        QCOMPARE(outbound.value("content").toString(), sent.params.value("text").toString());
    }

    void redeliveredMessageIsStoredOnce()
    {
        QVERIFY(m_lastUpdateId > 0);
        const QString id = chatKey(kGuest, messageIdOf(m_lastUpdateId));
        // The same message under a new update id (as after a lost offset): stored once,
        // and the offset still moves past it.
        QJsonObject again = m_telegram.update(m_lastUpdateId);
        const qint64 redelivery = m_lastUpdateId + 1000;
        again.insert("update_id", redelivery);
        m_telegram.queueUpdate(again);
        QVERIFY(waitForOffset(redelivery + 1));
        QCOMPARE(stored(id), 1);

        // An edit is a new entry; the original stays as it was.
        const qint64 edit
            = m_telegram.queueEdit(kGuest, messageIdOf(m_lastUpdateId), "And the gym hours?");
        const QJsonObject edited
            = waitFor(E2e::fieldIs("content", QStringLiteral("[edited] And the gym hours?")));
        QVERIFY2(!edited.isEmpty(), E2e::compact(telegramMessages()).constData());
        QCOMPARE(edited.value("conversationId").toString(), m_conversation);
        QCOMPARE(stored(id), 1);
        QVERIFY(waitForOffset(edit + 1));
        m_lastUpdateId = edit;
    }

    void photoIsDownloadedAndServed()
    {
        const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(2048, 'j');
        m_telegram.addFile("AgACAgQAAxkBAAIBphoto", "photos/file_12.jpg", jpeg);
        const qint64 update = m_telegram.queueMessage(kGuest,
            QJsonObject { { "caption", "The lamp by the bed" },
                { "photo",
                    QJsonArray { QJsonObject { { "file_id", "AgACthumb" }, { "width", 90 },
                                     { "height", 90 } },
                        QJsonObject { { "file_id", "AgACAgQAAxkBAAIBphoto" },
                            { "file_unique_id", "AQADphoto" }, { "width", 1280 }, { "height", 960 },
                            { "file_size", jpeg.size() } } } } },
            QStringLiteral("Maria"));
        const QJsonObject message = waitForMessage(chatKey(kGuest, messageIdOf(update)));
        QVERIFY2(!message.isEmpty(), E2e::compact(telegramMessages()).constData());
        QCOMPARE(message.value("content").toString(), QStringLiteral("The lamp by the bed"));
        QCOMPARE(message.value("contentType").toString(), QStringLiteral("image"));
        const QJsonArray media = message.value("media").toArray();
        QCOMPARE(media.size(), 1);
        const QString url = media[0].toObject().value("url").toString();
        HttpReply file;
        QDeadlineTimer deadline(AckDeadline);
        do {
            file = api().get(url);
            if (file.status == 200)
                break;
            QTest::qWait(50);
        } while (!deadline.hasExpired());
        QVERIFY2(file.status == 200, file.describe().constData());
        QCOMPARE(file.body, jpeg);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/jpeg"));
        const QList<TelegramCall> getFile = m_telegram.calls("getFile");
        QVERIFY(!getFile.isEmpty());
        QCOMPARE(getFile.last().params.value("file_id").toString(),
            QStringLiteral("AgACAgQAAxkBAAIBphoto"));
        QVERIFY(waitForOffset(update + 1));
        m_lastUpdateId = update;
    }

    void rateLimitIsRespected()
    {
        constexpr qint64 chat = 5550002;
        const qint64 update = m_telegram.queueText(chat, "Hello", "Tom");
        const QJsonObject inbound = waitForMessage(chatKey(chat, messageIdOf(update)));
        QVERIFY(!inbound.isEmpty());
        QVERIFY(waitForOffset(update + 1));
        m_lastUpdateId = update;

        // The first send to this chat (Jack's or the staff's) is told to wait 3 s.
        m_telegram.failNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", 3, chat);
        const QString text = QStringLiteral("Your room is ready, Tom.");
        const HttpReply posted = staffSays(inbound.value("conversationId").toString(), text);
        QVERIFY2(posted.status == 200 || posted.status == 201, posted.describe().constData());
        QTRY_VERIFY_WITH_TIMEOUT(E2e::count(telegramMessages(),
                                     [&](const QJsonObject &m) {
                                         return m.value("content").toString() == text
                                             && m.value("deliveryStatus").toString()
                                             == QLatin1String("sent");
                                     })
                == 1,
            ReplyDeadline);
        const QList<TelegramCall> sends = m_telegram.calls("sendMessage");
        qsizetype refused = -1;
        for (qsizetype i = 0; i < sends.size(); ++i) {
            if (sends[i].status == 429)
                refused = i;
        }
        QVERIFY2(refused >= 0, "the 429 was never served");
        const QString refusedText = sends[refused].params.value("text").toString();
        qint64 acceptedAt = 0;
        for (qsizetype i = refused + 1; i < sends.size() && !acceptedAt; ++i) {
            if (sends[i].status == 200 && sends[i].params.value("text").toString() == refusedText)
                acceptedAt = sends[i].atMs;
        }
        QVERIFY2(acceptedAt > 0, "the refused message was never sent again");
        QVERIFY2(acceptedAt - sends[refused].atMs >= 2900,
            qPrintable(
                QStringLiteral("retried after %1 ms").arg(acceptedAt - sends[refused].atMs)));
        QCOMPARE(m_telegram.sentTo(chat).last().params.value("chat_id").toString(),
            QString::number(chat));
    }

    void blockedGuestFailsWithAReadableReason()
    {
        constexpr qint64 chat = 5550003;
        const qint64 update = m_telegram.queueText(chat, "Thanks, bye", "Lena");
        const QJsonObject inbound = waitForMessage(chatKey(chat, messageIdOf(update)));
        QVERIFY(!inbound.isEmpty());
        QVERIFY(waitForOffset(update + 1));
        m_lastUpdateId = update;
        m_telegram.blockChat(chat);
        const QString text = QStringLiteral("Safe travels, Lena!");
        const HttpReply posted = staffSays(inbound.value("conversationId").toString(), text);
        QVERIFY2(posted.status == 200 || posted.status == 201, posted.describe().constData());
        const QJsonObject failed = waitFor(
            [&](const QJsonObject &m) {
                return m.value("content").toString() == text
                    && m.value("deliveryStatus").toString() == QLatin1String("failed");
            },
            ReplyDeadline);
        QVERIFY2(!failed.isEmpty(), E2e::compact(telegramMessages()).constData());
        QVERIFY2(E2e::compact(failed).contains("The guest has blocked the bot"),
            E2e::compact(failed).constData());
    }

    void testConnectionAndBadTokenHealth()
    {
        HttpReply test = api().post("/api/v1/apps/telegram/test", {});
        QVERIFY2(test.status == 200, test.describe().constData());
        QCOMPARE(test.object().value("ok").toBool(), true);
        QCOMPARE(test.object().value("message").toString(),
            QStringLiteral("Connected as @harbourview_bot"));

        const QString wrong = QStringLiteral("7000001:AAHwrongWrongWrongWrong");
        QVERIFY(configure("polling", wrong).status == 200);
        test = api().post("/api/v1/apps/telegram/test", {});
        QVERIFY2(test.status == 200, test.describe().constData());
        QCOMPARE(test.object().value("ok").toBool(), false);
        QVERIFY2(test.object().value("message").toString().contains("refused the bot token"),
            test.body.constData());
        QVERIFY(!test.body.contains("AAHwrong"));

        // The poller keeps trying and says why on /health.
        QTRY_COMPARE_WITH_TIMEOUT(
            telegramHealth().value("status").toString(), QStringLiteral("error"), AckDeadline);
        const QString detail = telegramHealth().value("detail").toString();
        QVERIFY2(detail.contains("Telegram refused the bot token"), qPrintable(detail));
        QVERIFY(!detail.contains("AAHwrong"));
        const HttpReply health = m_hub.anonymous().get("/health");
        QCOMPARE(health.object()
                     .value("services")
                     .toObject()
                     .value("channels")
                     .toObject()
                     .value("status")
                     .toString(),
            QStringLiteral("error"));

        const int asked = m_telegram.calls("getUpdates").size();
        QVERIFY(configure("polling", m_telegram.token()).status == 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            telegramHealth().value("status").toString(), QStringLiteral("ok"), AckDeadline);
        // Resumed where it was: nothing is asked for twice, nothing skipped.
        QVERIFY(waitForOffset(m_lastUpdateId + 1, asked));
    }

    void webhookMode()
    {
        HttpReply reply = api().put("/api/v1/settings/hotel", { { "publicBaseUrl", kPublicUrl } });
        QVERIFY2(reply.status == 200, reply.describe().constData());
        // Not in webhook mode yet: nothing is taken in.
        constexpr qint64 chat = 5550004;
        QJsonObject update { { "update_id", 880000001 },
            { "message",
                QJsonObject { { "message_id", 31 }, { "date", 1773583200 },
                    { "from",
                        QJsonObject {
                            { "id", chat }, { "is_bot", false }, { "first_name", "Ines" } } },
                    { "chat",
                        QJsonObject {
                            { "id", chat }, { "first_name", "Ines" }, { "type", "private" } } },
                    { "text", "Can I check in early?" } } } };
        reply = postWebhook(update, kWebhookSecret.toUtf8());
        QVERIFY2(reply.status == 503, reply.describe().constData());

        reply = configure("webhook", m_telegram.token());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_telegram.webhookUrl(), kPublicUrl + "/webhooks/telegram", AckDeadline);
        const TelegramCall set = m_telegram.calls("setWebhook").last();
        QCOMPARE(set.params.value("secret_token").toString(), kWebhookSecret);
        QTRY_VERIFY_WITH_TIMEOUT(!m_telegram.hasHeldPoll(), AckDeadline);
        QTRY_COMPARE_WITH_TIMEOUT(
            telegramHealth().value("status").toString(), QStringLiteral("ok"), AckDeadline);

        const QString id = chatKey(chat, 31);
        reply = postWebhook(update, "not-the-secret");
        QVERIFY2(reply.status == 401, reply.describe().constData());
        reply = postWebhook(update, QByteArray());
        QVERIFY2(reply.status == 401, reply.describe().constData());
        QCOMPARE(stored(id), 0);

        reply = m_hub.anonymous().send("POST", "/webhooks/telegram", "{not json",
            { { "Content-Type", "application/json" },
                { "X-Telegram-Bot-Api-Secret-Token", kWebhookSecret.toUtf8() } });
        QVERIFY2(reply.status == 400, reply.describe().constData());
        reply = postWebhook(
            QJsonObject { { "message", update.value("message") } }, kWebhookSecret.toUtf8());
        QVERIFY2(reply.status == 400, reply.describe().constData());
        QCOMPARE(stored(id), 0);

        reply = postWebhook(update, kWebhookSecret.toUtf8());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        // Answered after the commit: visible at once.
        QCOMPARE(stored(id), 1);
        reply = postWebhook(update, kWebhookSecret.toUtf8());
        QVERIFY2(reply.status == 200, reply.describe().constData());
        QCOMPARE(reply.object().value("duplicates").toInt(), 1);
        QCOMPARE(stored(id), 1);

        // Back to polling: the webhook is removed before getUpdates.
        const int deletes = m_telegram.calls("deleteWebhook").size();
        QVERIFY(configure("polling", m_telegram.token()).status == 200);
        QTRY_VERIFY_WITH_TIMEOUT(m_telegram.calls("deleteWebhook").size() > deletes, AckDeadline);
        QTRY_VERIFY_WITH_TIMEOUT(m_telegram.hasHeldPoll(), AckDeadline);
        QVERIFY(m_telegram.webhookUrl().isEmpty());
        reply = postWebhook(update, kWebhookSecret.toUtf8());
        QVERIFY2(reply.status == 503, reply.describe().constData());
    }

    void crashAndRestartResumeFromTheCommittedOffset()
    {
        QVERIFY(m_lastUpdateId > 0);
        QVERIFY(waitForOffset(m_lastUpdateId + 1));
        m_hub.kill();
        // Guests keep writing while the hub is down.
        constexpr qint64 chat = 5550005;
        const qint64 first = m_telegram.queueText(chat, "Is the pool open?", "Omar");
        const qint64 second = m_telegram.queueText(chat, "And until when?", "Omar");
        const int before = m_telegram.calls("getUpdates").size();
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));

        QTRY_VERIFY_WITH_TIMEOUT(m_telegram.calls("getUpdates").size() > before, AckDeadline);
        // The first call after the restart continues exactly after the last committed update.
        QCOMPARE(m_telegram.offsetsAsked().value(before), m_lastUpdateId + 1);
        QVERIFY(!waitForMessage(chatKey(chat, messageIdOf(first))).isEmpty());
        QVERIFY(!waitForMessage(chatKey(chat, messageIdOf(second))).isEmpty());
        QVERIFY(waitForOffset(second + 1, before));
        // Nothing from before the crash came in twice.
        const QJsonArray all = telegramMessages();
        QSet<QString> seen;
        for (const QJsonValue &m : all) {
            const QJsonObject o = m.toObject();
            if (o.value("direction").toString() != QLatin1String("inbound"))
                continue;
            const QString key = o.value("channelMessageId").toString();
            QVERIFY2(!seen.contains(key), qPrintable("stored twice: " + key));
            seen.insert(key);
        }
    }
};

QTEST_GUILESS_MAIN(TestTelegramFlow)
#include "tst_telegramflow.moc"
