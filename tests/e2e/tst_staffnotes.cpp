// Staff-only parts of a conversation, end to end against a real jack-server: internal notes
// with @mentions (stored, announced, never sent to the guest), the staff directory mentions are
// chosen from, and canned responses (manager-edited, filled with the guest's details).
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "stafffeedclient.h"
#include "whatsapppayloads.h"

#include <QJsonArray>
#include <QTest>

namespace {

constexpr int ReplyDeadline = 20000; // AI pipeline + outbox round trip
const QString kMariaPhone = QStringLiteral("351912345678"); // the demo hotel's guest in 412

QJsonObject byTitle(const QJsonArray &items, const QString &title)
{
    return E2e::first(items, E2e::fieldIs(QStringLiteral("title"), title));
}

} // namespace

class TestStaffNotes : public QObject {
    Q_OBJECT

private:
    WhatsAppAccount m_account;
    FakeGraphApi m_graph { m_account };
    JackServerProcess m_hub;
    StaffFeedClient m_feed;
    JsonHttpClient m_staff; // Sam, role staff
    JsonHttpClient m_manager; // Mia, role manager
    QString m_samId;
    QString m_miaId;
    QString m_conversation;

    JsonHttpClient &admin() { return m_hub.api(); }

    bool signIn(JsonHttpClient &client, const QString &email, QString *userId)
    {
        client.setBaseUrl(m_hub.baseUrl());
        const HttpReply login = m_hub.anonymous().post(QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", email }, { "password", "correct-horse-battery-staple" } });
        if (login.status != 200)
            return false;
        client.setBearerToken(login.object().value("accessToken").toString().toUtf8());
        *userId = login.object().value("user").toObject().value("id").toString();
        return true;
    }

    //! Every byte the fake WhatsApp received, requests and all.
    QByteArray everythingSentToWhatsApp() const
    {
        QByteArray all;
        for (const GraphRequest &r : m_graph.requests())
            all += r.body + '\n';
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
        QVERIFY(m_hub.createUser(QStringLiteral("sam@harbourview.test"),
            QStringLiteral("correct-horse-battery-staple"), QStringLiteral("Sam Staff"),
            QStringLiteral("staff")));
        QVERIFY(m_hub.createUser(QStringLiteral("mia@harbourview.test"),
            QStringLiteral("correct-horse-battery-staple"), QStringLiteral("Mia Manager"),
            QStringLiteral("manager")));
        QVERIFY(signIn(m_staff, QStringLiteral("sam@harbourview.test"), &m_samId));
        QVERIFY(signIn(m_manager, QStringLiteral("mia@harbourview.test"), &m_miaId));
        m_feed.open(m_hub.webSocketUrl());
        QVERIFY2(m_feed.waitForConnected(), qPrintable(m_feed.errorString()));

        // Maria writes on WhatsApp (her 24-hour window opens) and Jack answers her.
        QCOMPARE(m_hub
                     .postSignedWhatsAppWebhook(m_account,
                         WhatsAppPayloads::inboundText(m_account, kMariaPhone,
                             QStringLiteral("Maria Santos"), WhatsAppPayloads::newWamid(),
                             QStringLiteral("What time is breakfast?")))
                     .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(kMariaPhone).isEmpty(), ReplyDeadline);
        m_conversation = E2e::conversationIdOfGuest(admin(), kMariaPhone);
        QVERIFY(!m_conversation.isEmpty());
    }

    void cleanupTestCase()
    {
        m_feed.close();
        QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString()));
    }

    void directoryListsColleaguesForAnyStaff()
    {
        const HttpReply reply = m_staff.get(QStringLiteral("/api/v1/staff/directory"));
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const QJsonArray items = reply.items();
        const QJsonObject mia = E2e::first(items, E2e::fieldIs("id", m_miaId));
        QCOMPARE(mia.value("name").toString(), QStringLiteral("Mia Manager"));
        QVERIFY(!E2e::first(items, E2e::fieldIs("id", m_samId)).isEmpty());
        QVERIFY(!E2e::first(items, E2e::fieldIs("name", m_hub.admin().name)).isEmpty());
        // Names, not accounts: no e-mail, no role, no hash.
        QVERIFY2(!reply.body.contains("@harbourview"), reply.body.constData());
        QVERIFY2(!reply.body.contains("password"), reply.body.constData());
        QCOMPARE(m_hub.anonymous().get(QStringLiteral("/api/v1/staff/directory")).status, 401);
    }

    void noteIsStoredAnnouncedAndNeverSent()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation);
        const QJsonObject before
            = admin().get(QStringLiteral("/api/v1/conversations/") + m_conversation).object();
        const QString text = QStringLiteral(
            "@Mia Manager she is allergic to feathers: please check the pillows in 412");
        const HttpReply created = m_staff.post(path,
            QJsonObject { { "content", "  " + text + " " },
                { "mentions", QJsonArray { m_miaId, m_miaId } } });
        QVERIFY2(created.status == 201, created.describe().constData());
        const QJsonObject note = created.object();
        const QString noteId = note.value("id").toString();
        QVERIFY(!noteId.isEmpty());
        QCOMPARE(note.value("type").toString(), QStringLiteral("note"));
        QCOMPARE(note.value("content").toString(), text);
        QCOMPARE(note.value("authorId").toString(), m_samId);
        QCOMPARE(note.value("authorName").toString(), QStringLiteral("Sam Staff"));
        QCOMPARE(note.value("conversationId").toString(), m_conversation);
        QCOMPARE(note.value("mentions").toArray(), QJsonArray { m_miaId });

        // The mentioned desk is told, with the ids at the top of the payload.
        QVERIFY(m_feed.waitFor([&](const QJsonObject &frame) {
            const QJsonObject payload = frame.value("payload").toObject();
            return frame.value("type").toString() == QLatin1String("conversation:note")
                && payload.value("conversationId").toString() == m_conversation
                && payload.value("note").toObject().value("id").toString() == noteId
                && payload.value("mentions").toArray().contains(m_miaId);
        }));

        // Listed with the conversation's notes, never among its messages.
        const QJsonArray notes = m_manager.get(path).items();
        QCOMPARE(E2e::first(notes, E2e::fieldIs("id", noteId)).value("content").toString(), text);
        for (const QJsonValue &m : E2e::messages(admin(), m_conversation))
            QVERIFY2(!m.toObject().value("content").toString().contains(QStringLiteral("feathers")),
                E2e::compact(m).constData());
        const QJsonObject after
            = admin().get(QStringLiteral("/api/v1/conversations/") + m_conversation).object();
        QCOMPARE(after.value("state"), before.value("state"));
        QCOMPARE(after.value("lastMessagePreview"), before.value("lastMessagePreview"));
        QCOMPARE(after.value("lastMessageAt"), before.value("lastMessageAt"));

        // A reply written after the note goes out; the outbox sends in order, so once the
        // reply is through, anything the note could have caused would have been sent too.
        const QString reply = QStringLiteral("Your new pillows are on their way, Maria.");
        QCOMPARE(m_staff
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                         QJsonObject { { "content", reply } })
                     .status,
            201);
        QTRY_VERIFY_WITH_TIMEOUT(
            everythingSentToWhatsApp().contains(reply.toUtf8()), ReplyDeadline);
        const QByteArray sent = everythingSentToWhatsApp();
        QVERIFY2(!sent.contains("feathers"), sent.constData());
        QVERIFY2(!sent.contains("Mia Manager"), sent.constData());
    }

    void badNotesChangeNothing()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation);
        const int total = admin().get(path).object().value("total").toInt();
        struct Case {
            QJsonObject body;
            QString field;
        };
        const QList<Case> cases {
            { QJsonObject { { "content", "   " } }, "content" },
            { QJsonObject { { "content", 42 } }, "content" },
            { QJsonObject { { "content", QString(4097, QLatin1Char('x')) } }, "content" },
            { QJsonObject { { "content", "hi" }, { "mentions", "mia" } }, "mentions" },
            { QJsonObject { { "content", "hi" }, { "mentions", QJsonArray { 7 } } }, "mentions" },
            { QJsonObject { { "content", "hi" }, { "mentions", QJsonArray { "nobody" } } },
                "mentions" },
        };
        for (const Case &c : cases) {
            const HttpReply r = m_staff.post(path, c.body);
            QVERIFY2(r.status == 400, r.describe().constData());
            QCOMPARE(r.object()
                         .value("error")
                         .toObject()
                         .value("details")
                         .toObject()
                         .value("field")
                         .toString(),
                c.field);
        }
        QCOMPARE(m_staff
                     .post(QStringLiteral("/api/v1/conversations/nope/notes"),
                         QJsonObject { { "content", "hi" } })
                     .status,
            404);
        QCOMPARE(m_staff.get(QStringLiteral("/api/v1/conversations/nope/notes")).status, 404);
        QCOMPARE(m_hub.anonymous().post(path, QJsonObject { { "content", "hi" } }).status, 401);
        QCOMPARE(admin().get(path).object().value("total").toInt(), total);
    }

    void cannedResponsesAreManagersToEdit()
    {
        const QString list = QStringLiteral("/api/v1/canned-responses");
        const HttpReply seeded = m_staff.get(list);
        QVERIFY2(seeded.status == 200, seeded.describe().constData());
        QVERIFY(!byTitle(seeded.items(), QStringLiteral("Welcome")).isEmpty());
        const int total = seeded.object().value("total").toInt();
        QVERIFY(total >= 5);

        const QJsonObject body { { "title", "Spa booked" }, { "category", "Requests" },
            { "content", "Your spa treatment is booked, {guest.firstName}." } };
        QCOMPARE(m_staff.post(list, body).status, 403);
        const HttpReply created = m_manager.post(list, body);
        QVERIFY2(created.status == 201, created.describe().constData());
        const QString id = created.object().value("id").toString();
        QCOMPARE(created.object().value("createdBy").toString(), m_miaId);
        QVERIFY(m_feed.waitFor([&](const QJsonObject &frame) {
            return frame.value("type").toString() == QLatin1String("canned:created")
                && frame.value("payload").toObject().value("id").toString() == id;
        }));
        const HttpReply duplicate = m_manager.post(
            list, QJsonObject { { "title", "spa BOOKED" }, { "content", "again" } });
        QVERIFY2(duplicate.status == 409, duplicate.describe().constData());
        for (const QJsonObject &bad :
            { QJsonObject { { "title", "No text" } },
                QJsonObject { { "title", "" }, { "content", "x" } },
                QJsonObject { { "title", "T" }, { "content", "x" }, { "category", 3 } },
                QJsonObject { { "title", QString(101, QLatin1Char('t')) }, { "content", "x" } } }) {
            const HttpReply r = m_manager.post(list, bad);
            QVERIFY2(r.status == 400, r.describe().constData());
        }
        QCOMPARE(m_staff.get(list).object().value("total").toInt(), total + 1);

        const QString one = list + QLatin1Char('/') + id;
        QCOMPARE(m_staff.patch(one, QJsonObject { { "title", "Mine now" } }).status, 403);
        QCOMPARE(m_manager.patch(one, QJsonObject {}).status, 400);
        const HttpReply patched = m_manager.patch(
            one, QJsonObject { { "category", QJsonValue() }, { "title", "Spa treatment booked" } });
        QVERIFY2(patched.status == 200, patched.describe().constData());
        QCOMPARE(
            patched.object().value("title").toString(), QStringLiteral("Spa treatment booked"));
        QVERIFY(patched.object().value("category").isNull());
        QCOMPARE(m_staff.get(one).object().value("content").toString(),
            body.value("content").toString());
        QCOMPARE(m_manager.patch(list + QStringLiteral("/nope"), QJsonObject { { "title", "x" } })
                     .status,
            404);

        QCOMPARE(m_staff.del(one).status, 403);
        QCOMPARE(m_manager.del(one).status, 200);
        QCOMPARE(m_staff.get(one).status, 404);
        QCOMPARE(m_manager.del(one).status, 404);
        QCOMPARE(m_staff.get(list).object().value("total").toInt(), total);
    }

    void cannedResponsesAreFilledForTheGuest()
    {
        const QString list
            = QStringLiteral("/api/v1/canned-responses?conversationId=%1").arg(m_conversation);
        const HttpReply reply = m_staff.get(list);
        QVERIFY2(reply.status == 200, reply.describe().constData());
        const QJsonObject welcome
            = byTitle(reply.items(), QStringLiteral("Welcome")).value("filled").toObject();
        QCOMPARE(welcome.value("text").toString(),
            QStringLiteral("Hello Maria Santos, welcome to Harbour View Hotel! Your room 412 is "
                           "ready. Check-out is at 11:00. If you need anything, just write here."));
        QCOMPARE(welcome.value("missing").toArray(), QJsonArray {});
        const QJsonObject wifi
            = byTitle(reply.items(), QStringLiteral("Wi-Fi details")).value("filled").toObject();
        QCOMPARE(wifi.value("text").toString(),
            QStringLiteral("Hi Maria, the Wi-Fi network is HarbourView-Guest and the password is "
                           "seagull2026."));
        const QJsonObject sorry = byTitle(reply.items(), QStringLiteral("Sorry for the wait"))
                                      .value("filled")
                                      .toObject();
        QVERIFY2(sorry.value("text").toString().contains(QStringLiteral("I am Sam Staff")),
            E2e::compact(sorry).constData());
        // What the hub cannot know stays visible for the clerk.
        const QJsonObject taxi
            = byTitle(reply.items(), QStringLiteral("Taxi booked")).value("filled").toObject();
        QVERIFY(taxi.value("text").toString().contains(QStringLiteral("{pickup.time}")));
        QCOMPARE(taxi.value("missing").toArray(), QJsonArray { "pickup.time" });

        // Search, and a bad conversation.
        const HttpReply search = m_staff.get(
            QStringLiteral("/api/v1/canned-responses?q=wi-fi&conversationId=") + m_conversation);
        QCOMPARE(search.object().value("total").toInt(), 1);
        QVERIFY(!byTitle(search.items(), QStringLiteral("Wi-Fi details")).isEmpty());
        QCOMPARE(m_staff.get(QStringLiteral("/api/v1/canned-responses?conversationId=nope")).status,
            400);
        // Without a conversation, the text comes as written.
        QVERIFY(byTitle(m_staff.get(QStringLiteral("/api/v1/canned-responses")).items(),
            QStringLiteral("Welcome"))
                    .value("filled")
                    .isUndefined());
    }

    // Last: a guest's erasure takes the staff notes about them too.
    void erasureDropsTheNotes()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation);
        QVERIFY(admin().get(path).object().value("total").toInt() >= 1);
        const QString guestId = admin()
                                    .get(QStringLiteral("/api/v1/conversations/") + m_conversation)
                                    .object()
                                    .value("guestId")
                                    .toString();
        const HttpReply erased
            = admin().post(QStringLiteral("/api/v1/guests/%1/erase").arg(guestId),
                QJsonObject { { "confirm", true } });
        QVERIFY2(erased.status == 200, erased.describe().constData());
        QCOMPARE(admin().get(path).object().value("total").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStaffNotes)
#include "tst_staffnotes.moc"
