// Snoozing a conversation and completing a task "and tell the guest", end to end against a
// real jack-server and the fake Graph API: bad snoozes are refused and change nothing; a
// snooze hides the conversation from the open lists and comes back by itself when its time
// comes (the hub publishes conversation:updated), at once when the guest writes, and across a
// restart; completing a task with notifyGuest sends the guest a message in their language
// through the WhatsApp channel, and refusals change nothing.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"
#include "whatsapppayloads.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace WhatsAppPayloads;

namespace {
constexpr int AckDeadline = 5000;
constexpr int SendDeadline = 20000;
// A snooze a few seconds ahead, and how long its wake-up may take after it is due.
constexpr int ShortSnoozeMs = 2500;
constexpr int WakeDeadline = 10000;

QString isoIn(qint64 ms)
{
    return QDateTime::currentDateTimeUtc().addMSecs(ms).toString(Qt::ISODateWithMs);
}
} // namespace

class TestSnoozeAndTasks : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;

    JsonHttpClient &api() { return m_hub.api(); }

    //! A guest says `text` on WhatsApp; returns the conversation id.
    QString guestSays(const QString &phone, const QString &text, const QString &name = "Priya Shah")
    {
        const QString wamid = newWamid();
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(
            m_account, inboundText(m_account, phone, name, wamid, text));
        if (ack.status != 200)
            return {};
        return E2e::waitForMessageByChannelId(api(), phone, wamid, AckDeadline)
            .value("conversationId")
            .toString();
    }

    QJsonObject conversation(const QString &id)
    {
        return api().get("/api/v1/conversations/" + id).object();
    }

    HttpReply snooze(const QString &id, const QJsonValue &until)
    {
        return api().patch(
            "/api/v1/conversations/" + id, QJsonObject { { "snoozedUntil", until } });
    }

    bool listed(const QString &query, const QString &id)
    {
        const QJsonArray items = api().get("/api/v1/conversations?limit=500&" + query).items();
        return E2e::count(items, E2e::fieldIs("id", id)) == 1;
    }

    QJsonObject views()
    {
        return api().get("/api/v1/conversations/stats").object().value("views").toObject();
    }

    //! A staff task on the guest's conversation (what Jack opens from a request, made by hand so
    //! the test does not depend on the classifier).
    QString taskFor(const QString &conversationId)
    {
        QJsonObject body { { "department", "housekeeping" },
            { "description", "2 towels to the room" },
            { "items", QJsonArray { QJsonObject { { "name", "towels" }, { "quantity", 2 } } } } };
        if (!conversationId.isEmpty())
            body.insert("conversationId", conversationId);
        const HttpReply created = api().post("/api/v1/tasks", body);
        return created.status == 201 ? created.object().value("id").toString() : QString();
    }

    QStringList textsTo(const QString &phone)
    {
        QStringList texts;
        for (const GraphRequest &send : m_graph.acceptedSendsTo(phone))
            texts.append(send.textBody());
        return texts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void badSnoozesAreRefusedAndChangeNothing()
    {
        const QString id = guestSays(E2e::newGuestPhone(), "Hello, is the pool open?");
        QVERIFY(!id.isEmpty());
        const QJsonObject before = conversation(id);
        QVERIFY(before.contains("snoozedUntil"));
        QVERIFY(before.value("snoozedUntil").isNull());

        const QList<QJsonValue> bad { QJsonValue("tomorrow at nine"), QJsonValue(42),
            QJsonValue(isoIn(-60000)), QJsonValue(isoIn(31LL * 24 * 3600 * 1000)) };
        for (const QJsonValue &until : bad) {
            const HttpReply refused = snooze(id, until);
            QVERIFY2(refused.status == 400, refused.describe().constData());
            const QJsonObject error = refused.object().value("error").toObject();
            QCOMPARE(error.value("code").toString(), QStringLiteral("VALIDATION_ERROR"));
            QCOMPARE(error.value("details").toObject().value("field").toString(),
                QStringLiteral("snoozedUntil"));
        }
        // (Jack may still be answering the guest, so updatedAt can move; the snooze cannot.)
        const QJsonObject after = conversation(id);
        QVERIFY(after.value("snoozedUntil").isNull());
        QVERIFY(listed("snoozed=false", id));
        QVERIFY(!listed("snoozed=true", id));

        const HttpReply badFilter = api().get("/api/v1/conversations?snoozed=maybe");
        QCOMPARE(badFilter.status, 400);

        // A resolved conversation has nothing to wait for.
        QCOMPARE(api()
                     .patch("/api/v1/conversations/" + id, QJsonObject { { "state", "resolved" } })
                     .status,
            200);
        const HttpReply conflict = snooze(id, isoIn(3600 * 1000));
        QVERIFY2(conflict.status == 409, conflict.describe().constData());
        QVERIFY(conversation(id).value("snoozedUntil").isNull());
    }

    void snoozeHidesTheConversationAndWakesItOnTime()
    {
        const QString id = guestSays(E2e::newGuestPhone(), "Could you call me a taxi later?");
        QVERIFY(!id.isEmpty());
        StaffFeedClient desk;
        desk.open(m_hub.webSocketUrl());
        QVERIFY2(desk.waitForConnected(), qPrintable(desk.errorString()));
        const int snoozedBefore = views().value("snoozed").toInt();
        const int openBefore = views().value("open").toInt();

        const QString until = isoIn(ShortSnoozeMs);
        const HttpReply snoozed = snooze(id, until);
        QVERIFY2(snoozed.status == 200, snoozed.describe().constData());
        QCOMPARE(QDateTime::fromString(
                     snoozed.object().value("snoozedUntil").toString(), Qt::ISODateWithMs),
            QDateTime::fromString(until, Qt::ISODateWithMs));
        QVERIFY(listed("snoozed=true", id));
        QVERIFY(!listed("snoozed=false", id));
        QCOMPARE(views().value("snoozed").toInt(), snoozedBefore + 1);
        QCOMPARE(views().value("open").toInt(), openBefore - 1);

        // The hub wakes it by itself and says so on the feed (a change made once it was due;
        // Jack's own earlier updates of the conversation do not count).
        const QDateTime due = QDateTime::fromString(until, Qt::ISODateWithMs);
        QVERIFY(desk.waitFor(
            [&id, &due](const QJsonObject &frame) {
                const QJsonObject payload = frame.value("payload").toObject();
                return frame.value("type").toString() == QLatin1String("conversation:updated")
                    && payload.value("id").toString() == id && payload.contains("snoozedUntil")
                    && payload.value("snoozedUntil").isNull()
                    && QDateTime::fromString(
                           payload.value("updatedAt").toString(), Qt::ISODateWithMs)
                    >= due;
            },
            ShortSnoozeMs + WakeDeadline));
        QVERIFY(QDateTime::currentDateTimeUtc() >= QDateTime::fromString(until, Qt::ISODateWithMs));
        QVERIFY(conversation(id).value("snoozedUntil").isNull());
        QVERIFY(listed("snoozed=false", id));
        QCOMPARE(views().value("snoozed").toInt(), snoozedBefore);
        desk.close();
    }

    void aGuestMessageWakesItAtOnce()
    {
        const QString phone = E2e::newGuestPhone();
        const QString id = guestSays(phone, "We will arrive late tonight");
        QVERIFY(!id.isEmpty());
        QCOMPARE(snooze(id, isoIn(3600 * 1000)).status, 200);
        QVERIFY(!conversation(id).value("snoozedUntil").isNull());

        QCOMPARE(guestSays(phone, "Actually, is parking available?"), id);
        QVERIFY(conversation(id).value("snoozedUntil").isNull());
        QVERIFY(listed("snoozed=false", id));

        // Waking by hand (null) works too.
        QCOMPARE(snooze(id, isoIn(3600 * 1000)).status, 200);
        QCOMPARE(snooze(id, QJsonValue::Null).status, 200);
        QVERIFY(conversation(id).value("snoozedUntil").isNull());
    }

    void aSnoozeSurvivesARestart()
    {
        const QString later = guestSays(E2e::newGuestPhone(), "Please remind me about the spa");
        const QString soon = guestSays(E2e::newGuestPhone(), "I will confirm the dinner soon");
        QVERIFY(!later.isEmpty() && !soon.isEmpty());
        const QString laterUntil = isoIn(3600 * 1000);
        QCOMPARE(snooze(later, laterUntil).status, 200);
        const QString soonUntil = isoIn(ShortSnoozeMs);
        QCOMPARE(snooze(soon, soonUntil).status, 200);

        // Down while the short snooze falls due: the hub wakes it when it starts again.
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
        const QDateTime due = QDateTime::fromString(soonUntil, Qt::ISODateWithMs);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > due, ShortSnoozeMs + 2000);
        QVERIFY2(m_hub.restart(), qPrintable(m_hub.errorString()));

        QTRY_VERIFY_WITH_TIMEOUT(conversation(soon).value("snoozedUntil").isNull(), WakeDeadline);
        const QJsonObject stillSnoozed = conversation(later);
        QCOMPARE(
            QDateTime::fromString(stillSnoozed.value("snoozedUntil").toString(), Qt::ISODateWithMs),
            QDateTime::fromString(laterUntil, Qt::ISODateWithMs));
        QVERIFY(listed("snoozed=true", later));
    }

    void completingATaskTellsTheGuestInTheirLanguage()
    {
        const QString phone = E2e::newGuestPhone();
        const QString id = guestSays(phone,
            "Bom dia! Podem trazer mais duas toalhas para o quarto, por favor? Obrigada",
            "Ana Ferreira");
        QVERIFY(!id.isEmpty());
        // The pipeline has recognised the language (and answered) before the desk acts.
        QTRY_COMPARE_WITH_TIMEOUT(
            conversation(id).value("language").toString(), QStringLiteral("pt"), SendDeadline);
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), SendDeadline);
        const QString taskId = taskFor(id);
        QVERIFY(!taskId.isEmpty());
        const int sendsBefore = m_graph.acceptedSendsTo(phone).size();

        const HttpReply done = api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(taskId),
            QJsonObject { { "note", "Left at the door" }, { "notifyGuest", true } });
        QVERIFY2(done.status == 200, done.describe().constData());
        const QJsonObject task = done.object();
        QCOMPARE(task.value("status").toString(), QStringLiteral("completed"));
        QCOMPARE(task.value("completionNote").toString(), QStringLiteral("Left at the door"));
        const QJsonObject message = task.value("guestMessage").toObject();
        QCOMPARE(message.value("senderType").toString(), QStringLiteral("staff"));
        QVERIFY2(message.value("content").toString().startsWith("Boas notícias"),
            qPrintable(message.value("content").toString()));

        // Out through the WhatsApp channel, to the guest.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_graph.acceptedSendsTo(phone).size(), sendsBefore + 1, SendDeadline);
        QCOMPARE(textsTo(phone).last(), message.value("content").toString());
        QTRY_COMPARE_WITH_TIMEOUT(
            E2e::first(E2e::messages(api(), id), E2e::fieldIs("id", message.value("id").toString()))
                .value("deliveryStatus")
                .toString(),
            QStringLiteral("sent"), AckDeadline);
        QCOMPARE(api().get("/api/v1/tasks/" + taskId).object().value("completionNote").toString(),
            QStringLiteral("Left at the door"));
    }

    void refusedNotificationsChangeNothing()
    {
        // No conversation: nobody to tell, and the task stays open.
        const QString lone = taskFor({});
        QVERIFY(!lone.isEmpty());
        HttpReply refused = api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(lone),
            QJsonObject { { "notifyGuest", true } });
        QVERIFY2(refused.status == 409, refused.describe().constData());
        QCOMPARE(refused.object().value("error").toObject().value("code").toString(),
            QStringLiteral("NO_CONVERSATION"));
        QCOMPARE(api().get("/api/v1/tasks/" + lone).object().value("status").toString(),
            QStringLiteral("pending"));

        // Bad fields.
        refused = api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(lone),
            QJsonObject { { "notifyGuest", "yes" } });
        QCOMPARE(refused.status, 400);
        refused = api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(lone),
            QJsonObject { { "note", QString(1001, QLatin1Char('x')) } });
        QCOMPARE(refused.status, 400);
        QCOMPARE(api().get("/api/v1/tasks/" + lone).object().value("status").toString(),
            QStringLiteral("pending"));

        // Already completed: the guest is not told twice.
        const QString phone = E2e::newGuestPhone();
        const QString id = guestSays(phone, "Can I have an iron, please?");
        QVERIFY(!id.isEmpty());
        const QString taskId = taskFor(id);
        QCOMPARE(
            api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(taskId), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), SendDeadline);
        const int storedBefore = E2e::messages(api(), id).size();
        refused = api().post(QStringLiteral("/api/v1/tasks/%1/complete").arg(taskId),
            QJsonObject { { "notifyGuest", true } });
        QVERIFY2(refused.status == 409, refused.describe().constData());
        QCOMPARE(E2e::messages(api(), id).size(), storedBefore);

        // Completing without a body still works as before.
        const QString plain = taskFor({});
        QCOMPARE(
            api().send("POST", QStringLiteral("/api/v1/tasks/%1/complete").arg(plain), {}).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestSnoozeAndTasks)
#include "tst_snoozeandtasks.moc"
