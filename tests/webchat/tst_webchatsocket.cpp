// The guest web chat socket (/webchat/ws) against a real hub in this process (the demo
// hotel, its offline AI and reservations): origin check, limits, sessions and their history,
// verification, reply delivery and receipts. No browser: QWebSocket speaks the frames.
#include "channels/webchat/webchatsessions.h"
#include "runtime/hub.h"
#include "storage/database.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace jack;

namespace {
constexpr int kWaitMs = 15000;

struct Answer {
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

//! One guest's socket: every frame it received, in order.
class GuestSocket : public QObject {
public:
    explicit GuestSocket(const QString &origin = {})
        : m_socket(origin)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this]() {
            closed = true;
            closeCode = m_socket.closeCode();
        });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        return connected.wait(kWaitMs);
    }
    void send(const QJsonObject &frame)
    {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    //! The first frame of `type` (after `from`) matching `match`; waits for it.
    QJsonObject waitFor(const QString &type,
        const std::function<bool(const QJsonObject &)> &match = {}, int from = 0)
    {
        QJsonObject found;
        auto look = [&]() {
            for (int i = from; i < frames.size(); ++i) {
                if (frames[i].value("type").toString() == type && (!match || match(frames[i]))) {
                    found = frames[i];
                    return true;
                }
            }
            return false;
        };
        QDeadlineTimer deadline(kWaitMs);
        while (!look() && !deadline.hasExpired())
            QTest::qWait(20);
        return found;
    }
    QJsonObject hello(const QString &token = {})
    {
        const int from = int(frames.size());
        QJsonObject frame { { "type", "hello" }, { "lang", "en" } };
        if (!token.isEmpty())
            frame.insert("token", token);
        send(frame);
        return waitFor(QStringLiteral("welcome"), {}, from);
    }
    //! Sends a message and returns the ack (or error) naming its clientId.
    QJsonObject say(const QString &clientId, const QString &text)
    {
        send({ { "type", "message" }, { "clientId", clientId }, { "text", text } });
        QJsonObject answer;
        QDeadlineTimer deadline(kWaitMs);
        while (answer.isEmpty() && !deadline.hasExpired()) {
            for (const QJsonObject &f : std::as_const(frames)) {
                const QString type = f.value("type").toString();
                if ((type == "ack" || type == "error")
                    && f.value("clientId").toString() == clientId)
                    answer = f;
            }
            if (answer.isEmpty())
                QTest::qWait(20);
        }
        return answer;
    }

    QWebSocket m_socket;
    QList<QJsonObject> frames;
    bool closed = false;
    QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal;
};
} // namespace

class TestWebchatSocket : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    QNetworkAccessManager m_net;
    QString m_admin;

    QUrl socketUrl() const
    {
        QUrl url = m_hub->url();
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/webchat/ws"));
        return url;
    }

    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!m_admin.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_admin.toUtf8());
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(kWaitMs);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }
    bool configure(bool enabled, const QJsonObject &config)
    {
        const Answer a = call("PUT", QStringLiteral("/api/v1/apps/webchat"),
            { { "enabled", enabled }, { "config", config } });
        if (a.status != 200)
            qWarning() << a.status << a.body;
        return a.status == 200;
    }
    static QJsonObject defaults()
    {
        return { { "allowedOrigins", "http://hotel.test\nhttps://www.hotel.test" },
            { "maxMessageLength", "2000" }, { "messagesPerMinute", "20" },
            { "greeting", "Welcome to Harbourview!" } };
    }
    //! A read connection of our own to the hub's database.
    QSqlDatabase db()
    {
        const QString name = QStringLiteral("test-read");
        if (!QSqlDatabase::contains(name))
            return storage::Database::open(m_dir.filePath(QStringLiteral("jack.db")), name);
        return QSqlDatabase::database(name);
    }
    QString conversationOf(const QString &token)
    {
        const auto session = channels::WebchatSessions(db()).byToken(token);
        return session ? session->conversationId : QString();
    }
    QJsonArray messagesOf(const QString &conversationId)
    {
        return call("GET", QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId))
            .json.value("items")
            .toArray();
    }
    QString deliveryStatus(const QString &conversationId, const QString &messageId)
    {
        for (const QJsonValue &m : messagesOf(conversationId)) {
            if (m.toObject().value("id").toString() == messageId)
                return m.toObject().value("deliveryStatus").toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, true });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        const Answer login = call("POST", QStringLiteral("/api/v1/auth/login"),
            { { "email", runtime::DemoLogin::email },
                { "password", runtime::DemoLogin::password } });
        m_admin = login.json.value("accessToken").toString();
        QVERIFY2(!m_admin.isEmpty(), login.body.constData());
        QVERIFY(configure(true, defaults()));
    }

    void cleanupTestCase()
    {
        if (QSqlDatabase::contains(QStringLiteral("test-read")))
            storage::Database::close(QStringLiteral("test-read"));
        m_hub.reset();
    }

    void widgetIsServed()
    {
        const Answer js = call("GET", QStringLiteral("/webchat/widget.js"));
        QCOMPARE(js.status, 200);
        QVERIFY(js.headers.value("content-type").startsWith("application/javascript"));
        QVERIFY(js.headers.value("cache-control").contains("max-age"));
        QVERIFY(js.body.contains("/webchat/ws"));
        const Answer css = call("GET", QStringLiteral("/webchat/widget.css"));
        QCOMPARE(css.status, 200);
        QVERIFY(css.headers.value("content-type").startsWith("text/css"));
    }

    void configIsPublicAndChecksTheOrigin()
    {
        const Answer ok = call(
            "GET", QStringLiteral("/webchat/config"), {}, { { "Origin", "http://hotel.test" } });
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.headers.value("access-control-allow-origin"), QByteArray("http://hotel.test"));
        QCOMPARE(ok.json.value("greeting").toString(), QStringLiteral("Welcome to Harbourview!"));
        QVERIFY(!ok.json.value("title").toString().isEmpty()); // the hotel's name
        QVERIFY(!ok.json.contains("allowedOrigins"));
        const Answer refused = call(
            "GET", QStringLiteral("/webchat/config"), {}, { { "Origin", "https://evil.test" } });
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json.value("error").toObject().value("code").toString(),
            QStringLiteral("ORIGIN_NOT_ALLOWED"));
    }

    void originRefused()
    {
        GuestSocket evil(QStringLiteral("https://evil.test"));
        QVERIFY(evil.open(socketUrl()));
        const QJsonObject error = evil.waitFor(QStringLiteral("error"));
        QCOMPARE(error.value("code").toString(), QStringLiteral("ORIGIN_REFUSED"));
        QTRY_VERIFY_WITH_TIMEOUT(evil.closed, kWaitMs);
        QCOMPARE(evil.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);

        // With no origin listed, other sites are refused but the hub's own pages are not.
        QJsonObject none = defaults();
        none.insert("allowedOrigins", "");
        QVERIFY(configure(true, none));
        GuestSocket listedBefore(QStringLiteral("http://hotel.test"));
        QVERIFY(listedBefore.open(socketUrl()));
        QCOMPARE(listedBefore.waitFor(QStringLiteral("error")).value("code").toString(),
            QStringLiteral("ORIGIN_REFUSED"));
        QUrl self = m_hub->url();
        GuestSocket same(self.scheme() + QStringLiteral("://") + self.authority());
        QVERIFY(same.open(socketUrl()));
        QVERIFY(!same.hello().isEmpty());
        QVERIFY(configure(true, defaults()));
    }

    void disabledChatIsUnavailable()
    {
        QVERIFY(configure(false, defaults()));
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        QCOMPARE(guest.waitFor(QStringLiteral("error")).value("code").toString(),
            QStringLiteral("CHAT_UNAVAILABLE"));
        QCOMPARE(call("GET", QStringLiteral("/webchat/config")).status, 503);
        const Answer test = call("POST", QStringLiteral("/api/v1/apps/webchat/test"));
        QCOMPARE(test.json.value("ok").toBool(), false);
        QVERIFY(configure(true, defaults()));
        const Answer ok = call("POST", QStringLiteral("/api/v1/apps/webchat/test"));
        QVERIFY2(ok.json.value("ok").toBool(), ok.body.constData());
        QVERIFY2(ok.json.value("message").toString().endsWith(QLatin1String("/webchat/widget.js")),
            ok.body.constData());
    }

    void messagesNeedASession()
    {
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        guest.send({ { "type", "message" }, { "clientId", "c1" }, { "text", "hi" } });
        QCOMPARE(guest.waitFor(QStringLiteral("error")).value("code").toString(),
            QStringLiteral("NO_SESSION"));
        guest.send({ { "type", "nonsense" } });
        guest.m_socket.sendTextMessage(QStringLiteral("not json"));
        QVERIFY(!guest
                     .waitFor(QStringLiteral("error"),
                         [](const QJsonObject &f) { return f.value("code") == "BAD_FRAME"; })
                     .isEmpty());
    }

    void sizeLimit()
    {
        QJsonObject config = defaults();
        config.insert("maxMessageLength", "10");
        QVERIFY(configure(true, config));
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject tooLong
            = guest.say(QStringLiteral("long-1"), QStringLiteral("12345678901"));
        QCOMPARE(tooLong.value("type").toString(), QStringLiteral("error"));
        QCOMPARE(tooLong.value("code").toString(), QStringLiteral("TOO_LONG"));
        QCOMPARE(tooLong.value("limit").toInt(), 10);
        // Ten characters, one of them an emoji (two UTF-16 units), still fit.
        const QJsonObject fits
            = guest.say(QStringLiteral("fit-1"), QStringLiteral("123456789🙂"));
        QCOMPARE(fits.value("type").toString(), QStringLiteral("ack"));
        // Nothing of the refused message was stored.
        const QJsonArray stored = messagesOf(conversationOf(token));
        for (const QJsonValue &m : stored)
            QVERIFY(m.toObject().value("content").toString() != QLatin1String("12345678901"));
        QVERIFY(configure(true, defaults()));
    }

    void rateLimit()
    {
        QJsonObject config = defaults();
        config.insert("messagesPerMinute", "3");
        QVERIFY(configure(true, config));
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        QVERIFY(!guest.hello().isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(guest.say(QStringLiteral("r%1").arg(i), QStringLiteral("thanks %1").arg(i))
                         .value("type")
                         .toString(),
                QStringLiteral("ack"));
        const QJsonObject slow = guest.say(QStringLiteral("r3"), QStringLiteral("one more"));
        QCOMPARE(slow.value("code").toString(), QStringLiteral("RATE_LIMITED"));
        QVERIFY(slow.value("message").toString().contains(QLatin1String("slow down")));
        QVERIFY(slow.value("retryAfterMs").toInt() > 0);
        QVERIFY(configure(true, defaults()));
    }

    void resendIsStoredOnce()
    {
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        const QJsonObject first
            = guest.say(QStringLiteral("same-id"), QStringLiteral("Is there parking?"));
        QCOMPARE(first.value("type").toString(), QStringLiteral("ack"));
        guest.frames.clear();
        const QJsonObject again
            = guest.say(QStringLiteral("same-id"), QStringLiteral("Is there parking?"));
        QCOMPARE(again.value("messageId").toString(), first.value("messageId").toString());
        int copies = 0;
        for (const QJsonValue &m : messagesOf(conversationOf(token)))
            copies
                += m.toObject().value("content").toString() == QLatin1String("Is there parking?");
        QCOMPARE(copies, 1);
    }

    void resumeRestoresHistory()
    {
        QString token;
        {
            GuestSocket guest(QStringLiteral("http://hotel.test"));
            QVERIFY(guest.open(socketUrl()));
            const QJsonObject welcome = guest.hello();
            QCOMPARE(welcome.value("resumed").toBool(), false);
            token = welcome.value("token").toString();
            QVERIFY(token.size() >= 22); // at least 128 bits
            QCOMPARE(guest.say(QStringLiteral("b1"), QStringLiteral("What time is breakfast?"))
                         .value("type")
                         .toString(),
                QStringLiteral("ack"));
            // Jack (the demo hotel's offline engine) answers on the same socket.
            const QJsonObject reply = guest.waitFor(QStringLiteral("reply"));
            QCOMPARE(
                reply.value("message").toObject().value("from").toString(), QStringLiteral("jack"));
        }
        GuestSocket again(QStringLiteral("http://hotel.test"));
        QVERIFY(again.open(socketUrl()));
        const QJsonObject welcome = again.hello(token);
        QCOMPARE(welcome.value("resumed").toBool(), true);
        QVERIFY(!welcome.contains("token"));
        const QJsonArray history = welcome.value("history").toArray();
        QVERIFY2(history.size() >= 2, E2eCompact(history).constData());
        QCOMPARE(history.first().toObject().value("text").toString(),
            QStringLiteral("What time is breakfast?"));
        QCOMPARE(history.first().toObject().value("clientId").toString(), QStringLiteral("b1"));
        QCOMPARE(history.last().toObject().value("from").toString(), QStringLiteral("jack"));
        QVERIFY(!history.last().toObject().contains("senderId"));

        GuestSocket stranger(QStringLiteral("http://hotel.test"));
        QVERIFY(stranger.open(socketUrl()));
        const QJsonObject fresh = stranger.hello(QStringLiteral("x").repeated(43));
        QCOMPARE(fresh.value("resumed").toBool(), false);
        QVERIFY(fresh.value("history").toArray().isEmpty());
        QVERIFY(!fresh.value("token").toString().isEmpty());
        QVERIFY(fresh.value("token").toString() != token);
    }

    void verificationLinksGuestAndReservation()
    {
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        QCOMPARE(guest.say(QStringLiteral("v1"), QStringLiteral("Hello, I have a booking"))
                     .value("type")
                     .toString(),
            QStringLiteral("ack"));
        const QString conversationId = conversationOf(token);
        QVERIFY(!conversationId.isEmpty());
        // Case and spacing do not matter; the demo hotel's Maria Santos holds HV-10234.
        guest.send({ { "type", "verify" }, { "bookingReference", " hv-10234 " },
            { "lastName", "SANTOS" } });
        const QJsonObject verified = guest.waitFor(QStringLiteral("verified"));
        QCOMPARE(verified.value("firstName").toString(), QStringLiteral("Maria"));

        const Answer conversation
            = call("GET", QStringLiteral("/api/v1/conversations/%1").arg(conversationId));
        QCOMPARE(conversation.json.value("guestName").toString(), QStringLiteral("Maria Santos"));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.confirmation_number FROM webchat_sessions s JOIN reservations r ON "
            "r.id = s.reservation_id WHERE s.conversation_id = '%1'")
                           .arg(conversationId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("HV-10234"));
        q.finish();

        // A later message stays with Maria, and a reload says the chat is verified.
        QCOMPARE(guest.say(QStringLiteral("v2"), QStringLiteral("Thanks")).value("type").toString(),
            QStringLiteral("ack"));
        QCOMPARE(conversationOf(token), conversationId);
        GuestSocket reload(QStringLiteral("http://hotel.test"));
        QVERIFY(reload.open(socketUrl()));
        QCOMPARE(reload.hello(token).value("verified").toBool(), true);
    }

    void verificationBeforeTheFirstMessage()
    {
        // Lena Krüger: a non-ASCII last name, typed in lower case.
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        guest.send(
            { { "type", "verify" }, { "bookingReference", "HV-10236" }, { "lastName", "krüger" } });
        QCOMPARE(guest.waitFor(QStringLiteral("verified")).value("firstName").toString(),
            QStringLiteral("Lena"));
        QCOMPARE(guest.say(QStringLiteral("k1"), QStringLiteral("Can I check in early?"))
                     .value("type")
                     .toString(),
            QStringLiteral("ack"));
        const Answer conversation
            = call("GET", QStringLiteral("/api/v1/conversations/%1").arg(conversationOf(token)));
        QCOMPARE(conversation.json.value("guestName").toString(), QStringLiteral("Lena Krüger"));
    }

    void fiveFailedAttemptsLock()
    {
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        QVERIFY(!guest.hello().isEmpty());
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const int from = int(guest.frames.size());
            guest.send({ { "type", "verify" }, { "bookingReference", "HV-10234" },
                { "lastName", "Wrong" } });
            const QJsonObject failed = guest.waitFor(QStringLiteral("verify_failed"), {}, from);
            QCOMPARE(failed.value("attemptsLeft").toInt(), 5 - attempt);
            QCOMPARE(failed.value("locked").toBool(), attempt == 5);
        }
        // Locked: even the right answer is refused now.
        const int from = int(guest.frames.size());
        guest.send(
            { { "type", "verify" }, { "bookingReference", "HV-10234" }, { "lastName", "Santos" } });
        const QJsonObject locked = guest.waitFor(QStringLiteral("verify_failed"), {}, from);
        QCOMPARE(locked.value("locked").toBool(), true);
        QVERIFY(guest.waitFor(QStringLiteral("verified"), {}, from).isEmpty());
    }

    void staffReplyIsPushedAndReceiptsMoveItsStatus()
    {
        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        QCOMPARE(guest.say(QStringLiteral("s1"), QStringLiteral("Could someone call me?"))
                     .value("type")
                     .toString(),
            QStringLiteral("ack"));
        const QString conversationId = conversationOf(token);
        // A second tab of the same session sees the staff reply too.
        GuestSocket tab(QStringLiteral("http://hotel.test"));
        QVERIFY(tab.open(socketUrl()));
        QVERIFY(!tab.hello(token).isEmpty());

        const Answer sent
            = call("POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                { { "content", "Of course, we will call you in five minutes." } });
        QCOMPARE(sent.status, 201);
        const QString messageId = sent.json.value("id").toString();
        auto isStaffReply = [&](const QJsonObject &f) {
            return f.value("message").toObject().value("id").toString() == messageId;
        };
        const QJsonObject reply = guest.waitFor(QStringLiteral("reply"), isStaffReply);
        QCOMPARE(
            reply.value("message").toObject().value("from").toString(), QStringLiteral("staff"));
        QCOMPARE(reply.value("message").toObject().value("text").toString(),
            QStringLiteral("Of course, we will call you in five minutes."));
        QVERIFY(!tab.waitFor(QStringLiteral("reply"), isStaffReply).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            deliveryStatus(conversationId, messageId), QStringLiteral("sent"), kWaitMs);

        guest.send({ { "type", "receipt" }, { "status", "delivered" },
            { "messageIds", QJsonArray { messageId } } });
        QTRY_COMPARE_WITH_TIMEOUT(
            deliveryStatus(conversationId, messageId), QStringLiteral("delivered"), kWaitMs);
        // A stranger's receipt for it changes nothing.
        GuestSocket stranger(QStringLiteral("http://hotel.test"));
        QVERIFY(stranger.open(socketUrl()));
        QVERIFY(!stranger.hello().isEmpty());
        stranger.send({ { "type", "receipt" }, { "status", "read" },
            { "messageIds", QJsonArray { messageId } } });
        guest.send({ { "type", "ping" } });
        QVERIFY(!guest.waitFor(QStringLiteral("pong")).isEmpty());
        stranger.send({ { "type", "ping" } });
        QVERIFY(!stranger.waitFor(QStringLiteral("pong")).isEmpty());
        QCOMPARE(deliveryStatus(conversationId, messageId), QStringLiteral("delivered"));

        guest.send({ { "type", "receipt" }, { "status", "read" },
            { "messageIds", QJsonArray { messageId } } });
        QTRY_COMPARE_WITH_TIMEOUT(
            deliveryStatus(conversationId, messageId), QStringLiteral("read"), kWaitMs);
    }

    void replyWhileAwayIsInTheHistory()
    {
        QString token, conversationId;
        {
            GuestSocket guest(QStringLiteral("http://hotel.test"));
            QVERIFY(guest.open(socketUrl()));
            token = guest.hello().value("token").toString();
            QCOMPARE(guest.say(QStringLiteral("a1"), QStringLiteral("I will be late tonight"))
                         .value("type")
                         .toString(),
                QStringLiteral("ack"));
            conversationId = conversationOf(token);
            guest.waitFor(QStringLiteral("reply")); // Jack's answer, so ours comes last
        }
        const Answer sent
            = call("POST", QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId),
                { { "content", "No problem, the night desk is open." } });
        QCOMPARE(sent.status, 201);
        const QString messageId = sent.json.value("id").toString();
        // Nobody is on the chat: the reply is sent (stored for the guest), not delivered.
        QTRY_COMPARE_WITH_TIMEOUT(
            deliveryStatus(conversationId, messageId), QStringLiteral("sent"), kWaitMs);
        GuestSocket back(QStringLiteral("http://hotel.test"));
        QVERIFY(back.open(socketUrl()));
        const QJsonArray history = back.hello(token).value("history").toArray();
        QCOMPARE(history.last().toObject().value("id").toString(), messageId);
        QCOMPARE(history.last().toObject().value("status").toString(), QStringLiteral("sent"));
    }

    void guestTypingReachesTheStaffRateLimited()
    {
        // A desk's staff socket, authenticated by its token.
        GuestSocket staff;
        QUrl staffUrl = m_hub->url();
        staffUrl.setScheme(QStringLiteral("ws"));
        staffUrl.setPath(QStringLiteral("/ws"));
        staffUrl.setQuery(QStringLiteral("token=") + m_admin);
        QVERIFY(staff.open(staffUrl));
        QVERIFY(!staff.waitFor(QStringLiteral("connected")).isEmpty());

        GuestSocket guest(QStringLiteral("http://hotel.test"));
        QVERIFY(guest.open(socketUrl()));
        const QString token = guest.hello().value("token").toString();
        // Before the first message there is no conversation to show it on: not relayed.
        guest.send({ { "type", "typing" }, { "on", true } });
        QCOMPARE(guest.say(QStringLiteral("ty1"), QStringLiteral("Is the pool heated?"))
                     .value("type")
                     .toString(),
            QStringLiteral("ack"));
        const QString conversationId = conversationOf(token);
        QVERIFY(!conversationId.isEmpty());

        auto typingFrames = [&]() {
            QList<QJsonObject> out;
            for (const QJsonObject &f : std::as_const(staff.frames)) {
                if (f.value("type").toString() == QLatin1String("typing"))
                    out.append(f);
            }
            return out;
        };
        // A flood: one frame per second and session is relayed, the rest are dropped.
        for (int i = 0; i < 25; ++i)
            guest.send({ { "type", "typing" }, { "on", true } });
        const int pongs = int(guest.frames.size());
        guest.send({ { "type", "ping" } });
        QVERIFY(!guest.waitFor(QStringLiteral("pong"), {}, pongs).isEmpty());
        const QJsonObject first = staff.waitFor(QStringLiteral("typing"));
        QVERIFY(!first.isEmpty());
        QVERIFY(!first.contains("seq")); // ephemeral: not in the change feed
        const QJsonObject payload = first.value("payload").toObject();
        QCOMPARE(payload.value("conversationId").toString(), conversationId);
        QCOMPARE(payload.value("channel").toString(), QStringLiteral("webchat"));
        QCOMPARE(payload.value("who").toString(), QStringLiteral("guest"));
        QCOMPARE(payload.value("on").toBool(), true);
        // The hub handled the whole flood before the guest's pong; a pong on the staff socket
        // now comes after every relay it sent there.
        const int staffFrames = int(staff.frames.size());
        staff.send({ { "type", "ping" } });
        QVERIFY(!staff.waitFor(QStringLiteral("pong"), {}, staffFrames).isEmpty());
        QCOMPARE(typingFrames().size(), 1);

        // Once the second has passed the next frame goes through again: keep trying until the
        // relay shows up (each refused try is dropped, so exactly one gets through).
        auto isOff = [](const QJsonObject &f) {
            return f.value("type").toString() == QLatin1String("typing")
                && !f.value("payload").toObject().value("on").toBool();
        };
        QJsonObject off;
        QDeadlineTimer offDeadline(5000);
        while (off.isEmpty() && !offDeadline.hasExpired()) {
            guest.send({ { "type", "typing" }, { "on", false } });
            QTest::qWait(100);
            for (const QJsonObject &f : std::as_const(staff.frames)) {
                if (isOff(f))
                    off = f;
            }
        }
        QVERIFY(!off.isEmpty());
        // The relayed frame arrived within the wait after its send; the next try (if any) fell
        // inside the new second. A barrier makes sure nothing more is on the way.
        const int beforeBarrier = int(staff.frames.size());
        staff.send({ { "type", "ping" } });
        QVERIFY(!staff.waitFor(QStringLiteral("pong"), {}, beforeBarrier).isEmpty());
        QCOMPARE(
            off.value("payload").toObject().value("conversationId").toString(), conversationId);
        QCOMPARE(typingFrames().size(), 2);
    }

private:
    static QByteArray E2eCompact(const QJsonArray &a)
    {
        return QJsonDocument(a).toJson(QJsonDocument::Compact);
    }
};

QTEST_GUILESS_MAIN(TestWebchatSocket)
#include "tst_webchatsocket.moc"
