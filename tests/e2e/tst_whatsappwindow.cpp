// WhatsApp's 24-hour window, templates, throttling and pacing end to end against a real
// jack-server and the fake Graph API. Twenty-four hours cannot pass in a test, so one
// conversation is aged in the hub's database (the only state the test writes directly).
#include "e2esupport.h"
#include "fakegraphapi.h"
#include "jackserverprocess.h"
#include "whatsapppayloads.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace WhatsAppPayloads;

namespace {
constexpr int AckDeadline = 5000;
constexpr int SendDeadline = 20000;
// An outage's backoff (2 s, 4 s, 8 s …) plus the AI pipeline.
constexpr int RecoveryDeadline = 45000;

QString isoAgo(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs);
}
} // namespace

class TestWhatsAppWindow : public QObject {
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

    //! A new guest says `text`; returns the conversation id.
    QString newConversation(const QString &phone, const QString &text)
    {
        const QString wamid = newWamid();
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(
            m_account, inboundText(m_account, phone, "Priya Shah", wamid, text));
        if (ack.status != 200)
            return {};
        return waitForMessage(phone, wamid).value("conversationId").toString();
    }

    //! Moves the guest's last message `seconds` into the past, as if time had passed.
    bool age(const QString &conversationId, qint64 seconds)
    {
        const QString name = QStringLiteral("age-") + conversationId;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QDir(m_hub.dataDir()).filePath(QStringLiteral("jack.db")));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE conversations SET last_guest_message_at = ? "
                                         "WHERE id = ?"));
                q.addBindValue(isoAgo(seconds));
                q.addBindValue(conversationId);
                ok = q.exec() && q.numRowsAffected() == 1;
                if (!ok)
                    qWarning("ageing failed: %s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QList<GraphRequest> sendsOfType(const QString &phone, const QString &type)
    {
        QList<GraphRequest> out;
        for (const GraphRequest &r : m_graph.messageSends()) {
            if (r.to() == phone && r.json.value("type").toString() == type)
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray why;
        QVERIFY2(E2e::startHubWithWhatsApp(m_hub, m_graph, &why), why.constData());
        const HttpReply reply = api().put(QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonObject { { "enabled", true },
                { "config",
                    QJsonObject { { "accessToken", m_account.accessToken },
                        { "phoneNumberId", m_account.phoneNumberId },
                        { "verifyToken", m_account.verifyToken },
                        { "appSecret", m_account.appSecret },
                        { "apiBaseUrl", m_graph.baseUrl().toString() },
                        { "templates", "room_ready|en|1|Your room {{1}} is ready" } } } });
        QVERIFY2(reply.status == 200, reply.describe().constData());
        m_graph.addTemplate("room_ready", "en", 1);
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void conversationSaysWhenTheWindowCloses()
    {
        const QString phone = E2e::newGuestPhone();
        const QString id = newConversation(phone, "Hello, I arrive tomorrow");
        QVERIFY(!id.isEmpty());
        const QJsonObject conversation = api().get("/api/v1/conversations/" + id).object();
        const QJsonObject window = conversation.value("window").toObject();
        QCOMPARE(window.value("open").toBool(), true);
        const QDateTime last = QDateTime::fromString(
            conversation.value("lastGuestMessageAt").toString(), Qt::ISODateWithMs);
        QCOMPARE(QDateTime::fromString(window.value("closesAt").toString(), Qt::ISODateWithMs),
            last.addSecs(24 * 3600));
    }

    void closedWindowRefusesFreeTextButTakesTemplates()
    {
        const QString phone = E2e::newGuestPhone();
        const QString id = newConversation(phone, "Can you keep my luggage?");
        QVERIFY(!id.isEmpty());
        // Let Jack's own answer go out first, so only staff's sends are counted below.
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), SendDeadline);
        QVERIFY(age(id, 25 * 3600));
        const QJsonObject window
            = api().get("/api/v1/conversations/" + id).object().value("window").toObject();
        QCOMPARE(window.value("open").toBool(), false);

        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        const int storedBefore = E2e::messages(api(), id).size();
        const int sendsBefore = m_graph.messageSends().size();
        HttpReply refused = api().post(path, QJsonObject { { "content", "Your room is ready" } });
        QVERIFY2(refused.status == 409, refused.describe().constData());
        const QJsonObject error = refused.object().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("WINDOW_CLOSED"));
        QVERIFY(error.value("message").toString().contains("template"));
        // Bad template requests are refused as clearly.
        refused = api().post(path,
            QJsonObject {
                { "template", QJsonObject { { "name", "no_such" }, { "language", "en" } } } });
        QVERIFY2(refused.status == 400, refused.describe().constData());
        refused = api().post(path,
            QJsonObject { { "template",
                QJsonObject { { "name", "room_ready" }, { "language", "en" },
                    { "variables", QJsonArray { "412", "extra" } } } } });
        QVERIFY2(refused.status == 400, refused.describe().constData());
        QCOMPARE(E2e::messages(api(), id).size(), storedBefore);

        const HttpReply created = api().post(path,
            QJsonObject { { "template",
                QJsonObject { { "name", "room_ready" }, { "language", "en" },
                    { "variables", QJsonArray { "412" } } } } });
        QVERIFY2(created.status == 201, created.describe().constData());
        QCOMPARE(created.object().value("content").toString(),
            QStringLiteral("[template room_ready] Your room 412 is ready"));
        QTRY_COMPARE_WITH_TIMEOUT(sendsOfType(phone, "template").size(), 1, SendDeadline);
        // Nothing but the template reached the fake.
        QCOMPARE(m_graph.messageSends().size(), sendsBefore + 1);
        const GraphRequest send = sendsOfType(phone, "template").first();
        QVERIFY(send.accepted());
        const QJsonObject tmpl = send.json.value("template").toObject();
        QCOMPARE(tmpl.value("name").toString(), QStringLiteral("room_ready"));
        QCOMPARE(tmpl.value("language").toObject().value("code").toString(), QStringLiteral("en"));
        QCOMPARE(tmpl.value("components").toArray(),
            (QJsonArray { QJsonObject { { "type", "body" },
                { "parameters",
                    QJsonArray { QJsonObject { { "type", "text" }, { "text", "412" } } } } } }));
        QTRY_COMPARE_WITH_TIMEOUT(
            E2e::messageByChannelId(api(), phone, send.wamid).value("deliveryStatus").toString(),
            QStringLiteral("sent"), AckDeadline);
    }

    void metaWindowRefusalFailsTheMessage()
    {
        // Our clock says open, Meta says closed (131047): the message fails with the reason.
        const QString phone = E2e::newGuestPhone();
        const QString id = newConversation(phone, "Thanks for everything");
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), SendDeadline);
        m_graph.failNext(1, 400, 131047);
        const HttpReply created
            = api().post(QStringLiteral("/api/v1/conversations/%1/messages").arg(id),
                QJsonObject { { "content", "See you next year!" } });
        QVERIFY2(created.status == 201, created.describe().constData());
        const QString messageId = created.object().value("id").toString();
        QJsonObject message;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (message = E2e::first(E2e::messages(api(), id), E2e::fieldIs("id", messageId)),
                message.value("deliveryStatus").toString() == QLatin1String("failed")),
            E2e::compact(message), SendDeadline);
        const QJsonObject delivery = message.value("delivery").toObject();
        QCOMPARE(delivery.value("errorCode").toString(), QStringLiteral("131047"));
        QVERIFY(delivery.value("lastError").toString().contains("24-hour"));
    }

    void throttledSendIsRetriedAndSent()
    {
        const QString phone = E2e::newGuestPhone();
        const QString id = newConversation(phone, "Is the pool heated?");
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_graph.acceptedSendsTo(phone).isEmpty(), SendDeadline);
        m_graph.failNext(1, 429, 130429, 0, {}, 3);
        const QString text = QStringLiteral("Yes, it is kept at 28 °C.");
        const HttpReply created
            = api().post(QStringLiteral("/api/v1/conversations/%1/messages").arg(id),
                QJsonObject { { "content", text } });
        QVERIFY2(created.status == 201, created.describe().constData());
        const QString messageId = created.object().value("id").toString();
        QElapsedTimer sinceThrottle;
        const auto throttled = [&] {
            const QList<GraphRequest> sends = m_graph.messageSends();
            return std::any_of(sends.cbegin(), sends.cend(),
                [&](const GraphRequest &r) { return r.textBody() == text && r.status == 429; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(throttled(), SendDeadline);
        sinceThrottle.start();
        QJsonObject message;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (message = E2e::first(E2e::messages(api(), id), E2e::fieldIs("id", messageId)),
                message.value("deliveryStatus").toString() == QLatin1String("sent")),
            E2e::compact(message), SendDeadline);
        // Meta asked for 3 s; the retry waited at least that long.
        QVERIFY2(sinceThrottle.elapsed() >= 2500, QByteArray::number(sinceThrottle.elapsed()));
        QCOMPARE(message.value("delivery").toObject().value("attempts").toInt(), 2);
        int sends = 0;
        for (const GraphRequest &r : m_graph.messageSends())
            sends += r.textBody() == text ? 1 : 0;
        QCOMPARE(sends, 2);
    }

    void burstOfAutomaticRepliesIsJoined()
    {
        // Meta is unreachable while the guest fires off questions: Jack's answers pile up
        // behind the first and go out as one message when Meta is back.
        const QString phone = E2e::newGuestPhone();
        QVERIFY(m_graph.setDown(true));
        const QStringList questions { "What is the wifi password?", "What time is breakfast?",
            "Is there parking at the hotel?" };
        QJsonArray messages;
        for (const QString &q : questions)
            messages.append(textMessage(phone, newWamid(), q));
        const HttpReply ack = m_hub.postSignedWhatsAppWebhook(m_account,
            notification(m_account,
                { changeValue(m_account, QJsonArray { contact(phone, "Ken Adams") }, messages) }));
        QVERIFY2(ack.status == 200, ack.describe().constData());
        const auto aiReplies = [&] {
            QJsonArray out;
            for (const QJsonValue &m : E2e::messagesOfGuest(api(), phone)) {
                if (m.toObject().value("senderType").toString() == QLatin1String("ai"))
                    out.append(m);
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(aiReplies().size(), questions.size(), SendDeadline);
        QVERIFY(m_graph.setDown(false));

        QTRY_VERIFY2_WITH_TIMEOUT(
            E2e::count(aiReplies(), E2e::fieldIs("deliveryStatus", "sent")) == questions.size(),
            E2e::compact(aiReplies()), RecoveryDeadline);
        const QList<GraphRequest> sends = m_graph.acceptedSendsTo(phone);
        QCOMPARE(sends.size(), 1);
        const QJsonArray replies = aiReplies();
        const QString lead = replies.first().toObject().value("id").toString();
        for (const QJsonValue &v : replies) {
            const QJsonObject reply = v.toObject();
            QVERIFY2(sends.first().textBody().contains(reply.value("content").toString()),
                qPrintable(sends.first().textBody()));
            if (reply.value("id").toString() != lead)
                QCOMPARE(reply.value("meta").toObject().value("coalescedInto").toString(), lead);
        }
        QCOMPARE(
            replies.first().toObject().value("meta").toObject().value("coalesced").toArray().size(),
            questions.size() - 1);
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppWindow)
#include "tst_whatsappwindow.moc"
