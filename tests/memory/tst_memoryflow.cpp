// Guest memory, the staff copilot and GDPR export/erase end to end, against a real
// jack-server and the fake Graph API: a WhatsApp guest mentions an allergy and sends a photo,
// asks for a person (escalation), the copilot summarises and suggests a reply, staff resolve
// the conversation and the memory appears over HTTP and the staff WebSocket; staff edit and
// delete memories; the export holds everything and the erasure leaves nothing personal.
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"
#include "whatsapppayloads.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace WhatsAppPayloads;

namespace {
constexpr int Deadline = 20000;
const QString kAllergy
    = QStringLiteral("Hello! I'm allergic to peanuts and we prefer a quiet room.");
const QString kAskForPerson
    = QStringLiteral("I want to speak to a manager please, the extra towels never came");
const QByteArray kPhoto = QByteArray::fromHex("ffd8ffe000104a46494600010100") + "sea-view";

QString frameType(const QJsonObject &frame)
{
    return frame.value("type").toString();
}

QJsonObject memoryWithFact(const QJsonArray &memories, const QString &fact)
{
    return E2e::first(memories, E2e::fieldIs(QStringLiteral("fact"), fact));
}
} // namespace

class TestMemoryFlow : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;
    StaffFeedClient m_desk;
    QString m_phone, m_conversation, m_guest, m_allergyMessage;

    JsonHttpClient &api() { return m_hub.api(); }

    QString memoriesPath() const
    {
        return QStringLiteral("/api/v1/guests/%1/memories").arg(m_guest);
    }
    QJsonArray memories() { return api().get(memoriesPath()).items(); }

    bool guestSends(const QJsonObject &message)
    {
        return m_hub
                   .postSignedWhatsAppWebhook(m_account,
                       notification(m_account,
                           { changeValue(m_account, QJsonArray { contact(m_phone, "Ana Ferreira") },
                               QJsonArray { message }) }))
                   .status
            == 200;
    }

    //! Files under the hub's data folder holding exactly `bytes`.
    int filesHolding(const QByteArray &bytes) const
    {
        int found = 0;
        QDirIterator it(m_hub.dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() == bytes.size() && f.open(QIODevice::ReadOnly) && f.readAll() == bytes)
                ++found;
        }
        return found;
    }

    //! Rows of the hub's database whose `column` mentions `text` (read-only connection).
    int rowsMentioning(const QString &table, const QString &column, const QString &text)
    {
        const QString name = QStringLiteral("peek-") + table;
        int rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_hub.dataDir()).filePath(QStringLiteral("jack.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 LIKE ?").arg(table, column));
                q.addBindValue(QLatin1Char('%') + text + QLatin1Char('%'));
                if (q.exec() && q.next())
                    rows = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

    //! A client signed in as a new member of staff (role "staff").
    bool signInAsStaff(JsonHttpClient &client)
    {
        if (!m_hub.createUser(QStringLiteral("desk@harbourview.test"),
                QStringLiteral("front-desk-password-1"), QStringLiteral("Dora Desk"),
                QStringLiteral("staff")))
            return false;
        const HttpReply login = m_hub.anonymous().post(QStringLiteral("/api/v1/auth/login"),
            { { "email", "desk@harbourview.test" }, { "password", "front-desk-password-1" } });
        client.setBaseUrl(m_hub.baseUrl());
        client.setBearerToken(login.object().value("accessToken").toString().toUtf8());
        return login.status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
        m_desk.open(m_hub.webSocketUrl());
        QVERIFY2(m_desk.waitForConnected(), qPrintable(m_desk.errorString()));
        m_phone = E2e::newGuestPhone();
    }

    void cleanupTestCase()
    {
        m_desk.close();
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
    }

    void copilotSummarisesAnEscalatedConversation()
    {
        const QString allergy = newWamid(), photo = newWamid(), person = newWamid();
        QVERIFY(guestSends(textMessage(m_phone, allergy, kAllergy)));
        const QJsonObject first = E2e::waitForMessageByChannelId(api(), m_phone, allergy, Deadline);
        QVERIFY2(!first.isEmpty(), E2e::compact(E2e::messagesOfGuest(api(), m_phone)));
        m_allergyMessage = first.value("id").toString();
        m_conversation = first.value("conversationId").toString();
        m_guest = api()
                      .get("/api/v1/conversations/" + m_conversation)
                      .object()
                      .value("guestId")
                      .toString();
        QVERIFY(!m_guest.isEmpty());

        m_graph.addMedia(QStringLiteral("8811"), "image/jpeg", kPhoto);
        QVERIFY(guestSends(imageMessage(m_phone, photo, "8811", "image/jpeg", "Our view")));
        QTRY_COMPARE_WITH_TIMEOUT(E2e::messageByChannelId(api(), m_phone, photo)
                                      .value("media")
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value("status")
                                      .toString(),
            QStringLiteral("stored"), Deadline);
        QCOMPARE(filesHolding(kPhoto), 1);

        QVERIFY(guestSends(textMessage(m_phone, person, kAskForPerson)));
        // Classified by the pipeline, which escalates a guest asking for a person.
        QJsonObject last;
        QTRY_VERIFY2_WITH_TIMEOUT(!(last = E2e::messageByChannelId(api(), m_phone, person))
                                       .value("intent")
                                       .toString()
                                       .isEmpty(),
            E2e::compact(last), Deadline);
        const QString intent = last.value("intent").toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            api().get("/api/v1/conversations/" + m_conversation).object().value("state").toString(),
            QStringLiteral("escalated"), Deadline);

        const HttpReply copilot = api().get("/api/v1/conversations/" + m_conversation + "/copilot");
        QVERIFY2(copilot.status == 200, copilot.describe().constData());
        const QJsonObject c = copilot.object();
        QCOMPARE(c.value("source").toString(), QStringLiteral("offline"));
        QCOMPARE(c.value("basedOn").toString(), last.value("id").toString());
        QCOMPARE(c.value("language").toString(), QStringLiteral("en"));
        QVERIFY2(
            !c.value("suggestedReply").toString().trimmed().isEmpty(), copilot.body.constData());
        const QString summary = c.value("summary").toString();
        QVERIFY2(summary.contains("Ana Ferreira"), qPrintable(summary));
        QVERIFY2(summary.contains("I want to speak to a manager"), qPrintable(summary));
        QVERIFY2(summary.contains(intent), qPrintable(summary));
        QVERIFY2(summary.contains("Escalated because:"), qPrintable(summary));
        QVERIFY2(summary.contains("waited"), qPrintable(summary));
        QVERIFY2(!summary.contains('\n'), qPrintable(summary));

        QCOMPARE(api().get("/api/v1/conversations/no-such-id/copilot").status, 404);
    }

    void resolvingTheConversationRemembersTheAllergy()
    {
        QVERIFY(!m_conversation.isEmpty());
        QVERIFY(memories().isEmpty());
        const HttpReply resolved
            = api().patch("/api/v1/conversations/" + m_conversation, { { "state", "resolved" } });
        QVERIFY2(resolved.status == 200, resolved.describe().constData());

        QJsonObject allergy;
        QTRY_VERIFY2_WITH_TIMEOUT(
            !(allergy = memoryWithFact(memories(), "Allergic to peanuts")).isEmpty(),
            E2e::compact(memories()), Deadline);
        QCOMPARE(allergy.value("category").toString(), QStringLiteral("allergy"));
        QCOMPARE(allergy.value("origin").toString(), QStringLiteral("rules"));
        QCOMPARE(allergy.value("sourceConversationId").toString(), m_conversation);
        QCOMPARE(allergy.value("guestId").toString(), m_guest);
        QVERIFY(allergy.value("confidence").toDouble() > 0.5);
        const QJsonObject quiet = memoryWithFact(memories(), "Prefers a quiet room");
        QCOMPARE(quiet.value("category").toString(), QStringLiteral("preference"));

        // Desks hear of it on the change feed.
        QVERIFY(m_desk.waitFor(
            [&](const QJsonObject &frame) {
                const QJsonObject payload = frame.value("payload").toObject();
                return frameType(frame) == QLatin1String("guest:memory")
                    && payload.value("guestId").toString() == m_guest
                    && payload.value("memory").toObject().value("fact").toString()
                    == QLatin1String("Allergic to peanuts");
            },
            Deadline));
        // And beside the conversation.
        const QJsonArray context = api()
                                       .get("/api/v1/conversations/" + m_conversation + "/context")
                                       .object()
                                       .value("memory")
                                       .toArray();
        QVERIFY2(!memoryWithFact(context, "Allergic to peanuts").isEmpty(), E2e::compact(context));

        // Closing it now reads nothing new: no twin, still one allergy.
        QCOMPARE(api()
                     .patch("/api/v1/conversations/" + m_conversation, { { "state", "closed" } })
                     .status,
            200);
        QCOMPARE(E2e::count(memories(), E2e::fieldIs("fact", "Allergic to peanuts")), 1);
    }

    void staffEditAddAndDeleteMemories()
    {
        const QJsonObject allergy = memoryWithFact(memories(), "Allergic to peanuts");
        QVERIFY(!allergy.isEmpty());
        const QString allergyPath = memoriesPath() + "/" + allergy.value("id").toString();

        const HttpReply edited
            = api().patch(allergyPath, { { "fact", "Allergic to peanuts and tree nuts" } });
        QVERIFY2(edited.status == 200, edited.describe().constData());
        QCOMPARE(edited.object().value("fact").toString(),
            QStringLiteral("Allergic to peanuts and tree nuts"));
        QCOMPARE(edited.object().value("confidence").toDouble(), 1.0);
        QVERIFY(!memoryWithFact(memories(), "Allergic to peanuts and tree nuts").isEmpty());

        // Bad input changes nothing.
        QCOMPARE(api().patch(allergyPath, { { "category", "mood" } }).status, 400);
        QCOMPARE(api().patch(allergyPath, { { "fact", "  " } }).status, 400);
        QCOMPARE(api().patch(allergyPath, QJsonObject {}).status, 400);
        QCOMPARE(api().patch(allergyPath, { { "fact", "I have diabetes" } }).status, 400);
        QCOMPARE(api().patch(memoriesPath() + "/no-such-memory", { { "fact", "x" } }).status, 404);
        QCOMPARE(memoryWithFact(memories(), "Allergic to peanuts and tree nuts")
                     .value("category")
                     .toString(),
            QStringLiteral("allergy"));

        const HttpReply added = api().post(
            memoriesPath(), { { "category", "occasion" }, { "fact", "Birthday in May" } });
        QVERIFY2(added.status == 201, added.describe().constData());
        QCOMPARE(added.object().value("origin").toString(), QStringLiteral("staff"));
        const int total = int(memories().size());
        // Said again: confirmed, not doubled.
        const HttpReply again = api().post(
            memoriesPath(), { { "category", "occasion" }, { "fact", "birthday in MAY!" } });
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value("id"), added.object().value("id"));
        QCOMPARE(int(memories().size()), total);

        QCOMPARE(
            api().post(memoriesPath(), { { "category", "mood" }, { "fact", "Grumpy" } }).status,
            400);
        QCOMPARE(
            api().post(memoriesPath(), { { "category", "habit" }, { "fact", "" } }).status, 400);
        QCOMPARE(api().post(memoriesPath(), { { "category", "habit" } }).status, 400);
        QCOMPARE(api()
                     .post(memoriesPath(),
                         { { "category", "preference" }, { "fact", "Card 4111 1111 1111 1111" } })
                     .status,
            400);
        QCOMPARE(api()
                     .post("/api/v1/guests/no-such-guest/memories",
                         { { "category", "habit" }, { "fact", "Early riser" } })
                     .status,
            404);
        QCOMPARE(api().get("/api/v1/guests/no-such-guest/memories").status, 404);
        QCOMPARE(int(memories().size()), total);

        const QString quietId
            = memoryWithFact(memories(), "Prefers a quiet room").value("id").toString();
        QVERIFY(!quietId.isEmpty());
        const HttpReply deleted = api().del(memoriesPath() + "/" + quietId);
        QVERIFY2(deleted.status == 200, deleted.describe().constData());
        QVERIFY(memoryWithFact(memories(), "Prefers a quiet room").isEmpty());
        QCOMPARE(api().del(memoriesPath() + "/" + quietId).status, 404);
        QVERIFY(m_desk.waitFor(
            [&](const QJsonObject &frame) {
                const QJsonObject payload = frame.value("payload").toObject();
                return frameType(frame) == QLatin1String("guest:memory")
                    && payload.value("action").toString() == QLatin1String("deleted")
                    && payload.value("memory").toObject().value("id").toString() == quietId;
            },
            Deadline));
    }

    void exportHoldsEverythingAboutTheGuest()
    {
        const HttpReply exported = api().get("/api/v1/guests/" + m_guest + "/export");
        QVERIFY2(exported.status == 200, exported.describe().constData());
        const QJsonObject doc = exported.object();
        QCOMPARE(E2e::digitsOf(doc.value("guest").toObject().value("phone").toString()), m_phone);
        const QJsonArray conversations = doc.value("conversations").toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonArray messages = conversations.first().toObject().value("messages").toArray();
        QCOMPARE(
            E2e::first(messages, E2e::fieldIs("id", m_allergyMessage)).value("content").toString(),
            kAllergy);
        QCOMPARE(E2e::count(messages, E2e::fieldIs("content", kAskForPerson)), 1);
        QVERIFY(
            !memoryWithFact(doc.value("memories").toArray(), "Allergic to peanuts and tree nuts")
                 .isEmpty());
        QCOMPARE(doc.value("media").toArray().size(), 1);
        QCOMPARE(doc.value("media").toArray().first().toObject().value("mimeType").toString(),
            QStringLiteral("image/jpeg"));
        QCOMPARE(api().get("/api/v1/guests/no-such-guest/export").status, 404);
    }

    void eraseLeavesNothingPersonal()
    {
        JsonHttpClient staff;
        QVERIFY(signInAsStaff(staff));
        const QString erasePath = "/api/v1/guests/" + m_guest + "/erase";
        QCOMPARE(staff.post(erasePath, { { "confirm", true } }).status, 403);
        QCOMPARE(staff.get("/api/v1/guests/" + m_guest + "/export").status, 403);
        QCOMPARE(api().post(erasePath, QJsonObject {}).status, 400);
        QCOMPARE(api().post(erasePath, { { "confirm", false } }).status, 400);
        QCOMPARE(api().post(erasePath, { { "confirm", "yes" } }).status, 400);
        QCOMPARE(
            api().post("/api/v1/guests/no-such-guest/erase", { { "confirm", true } }).status, 404);
        QVERIFY(!memories().isEmpty()); // refusals changed nothing
        const QString mediaUrl = api()
                                     .get("/api/v1/guests/" + m_guest + "/export")
                                     .object()
                                     .value("media")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value("url")
                                     .toString();
        QCOMPARE(api().get(mediaUrl).status, 200);

        const HttpReply erased = api().post(erasePath, { { "confirm", true } });
        QVERIFY2(erased.status == 200, erased.describe().constData());
        const QJsonObject removed = erased.object().value("removed").toObject();
        QVERIFY2(removed.value("messages").toInt() >= 3, erased.body.constData());
        QCOMPARE(removed.value("media").toInt(), 1);
        QCOMPARE(erased.object().value("mediaFilesDeleted").toInt(), 1);

        QCOMPARE(filesHolding(kPhoto), 0);
        QCOMPARE(api().get(mediaUrl).status, 404);
        QVERIFY(memories().isEmpty());
        QCOMPARE(api()
                     .post(memoriesPath(), { { "category", "habit" }, { "fact", "Early riser" } })
                     .status,
            409);
        // No message text, and no change-feed row replaying it, is left in the database.
        QCOMPARE(rowsMentioning("messages", "content", "peanuts"), 0);
        QCOMPARE(rowsMentioning("changes", "payload", "peanuts"), 0);
        QCOMPARE(rowsMentioning("changes", "payload", "Ana Ferreira"), 0);
        QCOMPARE(rowsMentioning("audit_log", "details", "peanuts"), 0);
        QVERIFY(m_desk.waitFor(
            [&](const QJsonObject &frame) {
                return frameType(frame) == QLatin1String("guest:erased")
                    && frame.value("payload").toObject().value("guestId").toString() == m_guest;
            },
            Deadline));

        const QJsonObject doc = api().get("/api/v1/guests/" + m_guest + "/export").object();
        const QJsonObject guest = doc.value("guest").toObject();
        QCOMPARE(guest.value("name").toString(), QStringLiteral("Erased guest"));
        QVERIFY(guest.value("phone").isNull());
        QVERIFY(!guest.value("erasedAt").toString().isEmpty());
        QVERIFY(doc.value("memories").toArray().isEmpty());
        QVERIFY(doc.value("media").toArray().isEmpty());
        const QJsonArray messages
            = doc.value("conversations").toArray().first().toObject().value("messages").toArray();
        QVERIFY(messages.size() >= 3); // the statistics stay…
        for (const QJsonValue &m : messages) // …the words go
            QVERIFY2(m.toObject().value("content").toString().isEmpty(), E2e::compact(m));
        QVERIFY(!E2e::first(messages, E2e::fieldIs("id", m_allergyMessage))
                     .value("intent")
                     .toString()
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemoryFlow)
#include "tst_memoryflow.moc"
