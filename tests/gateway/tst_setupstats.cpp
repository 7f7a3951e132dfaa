// First-run setup and the Health screen's routes against real hubs on 127.0.0.1:
//  - a fresh hub (no account): setup is needed, no default login exists, bad input changes
//    nothing, of two concurrent first admins exactly one wins, and the routes are dead after;
//  - a hub seeded with known messages, outcomes, failed deliveries and failed AI calls:
//    GET stats/activity and stats/errors count exactly those.
#include "core/clock.h"
#include "gateway/passwordhasher.h"
#include "runtime/hub.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/staffstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace jack;

namespace {
struct Answer {
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

QString errorCode(const Answer &a)
{
    return a.json.value(u"error").toObject().value(u"code").toString();
}
QString errorField(const Answer &a)
{
    return a.json.value(u"error")
        .toObject()
        .value(u"details")
        .toObject()
        .value(u"field")
        .toString();
}

QJsonObject setupBody(
    const QString &email, const QString &password = QStringLiteral("harbour-view-2026"))
{
    return {
        { "hotel",
            QJsonObject { { "name", "Harbour View" }, { "timezone", "Europe/Lisbon" },
                { "languages", QJsonArray { "en", "pt" } }, { "phone", " +351 21 000 0000 " } } },
        { "admin",
            QJsonObject { { "name", "Ada Admin" }, { "email", email }, { "password", password } } }
    };
}
} // namespace

class TestSetupStats : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_freshDir, m_busyDir;
    std::unique_ptr<runtime::Hub> m_fresh, m_busy;
    QNetworkAccessManager m_net;
    QString m_winnerToken, m_staffToken;
    QDateTime m_now;

    QNetworkReply *send(runtime::Hub &hub, const QByteArray &verb, const QString &path,
        const QByteArray &body, const QString &token)
    {
        QNetworkRequest request(hub.url().resolved(QUrl(path)));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return m_net.sendCustomRequest(request, verb, body);
    }
    static Answer finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(15000);
        }
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        reply->deleteLater();
        return a;
    }
    Answer call(runtime::Hub &hub, const QByteArray &verb, const QString &path,
        const QByteArray &body = {}, const QString &token = {})
    {
        return finish(send(hub, verb, path, body, token));
    }
    Answer call(runtime::Hub &hub, const QByteArray &verb, const QString &path,
        const QJsonObject &body, const QString &token = {})
    {
        return call(hub, verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    bool setupNeeded()
    {
        const Answer a = call(*m_fresh, "GET", QStringLiteral("/api/v1/setup"));
        return a.status == 200 && a.json.value(u"needed").toBool();
    }
    int loginStatus(const QString &email, const QString &password)
    {
        return call(*m_fresh, "POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", email }, { "password", password } })
            .status;
    }

    // The seeded hub's known data, relative to the test's start (always inside the last day).
    QString iso(qint64 secondsAgo, qint64 plus = 0) const
    {
        return core::Clock::toIso(m_now.addSecs(-secondsAgo + plus));
    }
    void seedKnownActivity(QSqlDatabase db)
    {
        auto exec = [&db](const QString &sql, const QVariantList &values) {
            storage::SqlQuery q(db, sql);
            for (const QVariant &v : values)
                q.bind(v);
            q.exec();
        };
        const QString now = iso(0);
        for (const char *guest : { "g-maria", "g-tom" })
            exec(QStringLiteral("INSERT INTO guests (id, display_name, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?)"),
                { QString::fromLatin1(guest),
                    QString::fromLatin1(guest) == QLatin1String("g-maria")
                        ? QStringLiteral("Maria Santos")
                        : QStringLiteral("Tom Reed"),
                    now, now });
        exec(QStringLiteral("INSERT INTO conversations (id, guest_id, channel, channel_address, "
                            "state, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?)"),
            { "c-maria", "g-maria", "whatsapp", "+351900000001", now, now });
        exec(QStringLiteral("INSERT INTO conversations (id, guest_id, channel, channel_address, "
                            "state, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?)"),
            { "c-tom", "g-tom", "sms", "+447700900123", now, now });
        auto message = [&](const QString &id, const QString &conversation, const QString &sender,
                           const QString &at) {
            const bool guest = sender == QLatin1String("guest");
            exec(
                QStringLiteral("INSERT INTO messages (id, conversation_id, direction, sender_type, "
                               "content, channel, delivery_status, processed_at, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, 'text', 'whatsapp', ?, ?, ?, ?)"),
                { id, conversation, guest ? "inbound" : "outbound", sender,
                    guest ? "received" : "sent", at, at, at });
        };
        auto outcome = [&](const QString &message, const QString &conversation,
                           const QString &reply, const QString &decision, const QString &at) {
            exec(QStringLiteral("INSERT INTO message_outcomes (message_id, conversation_id, "
                                "reply_message_id, provider, decision, created_at) "
                                "VALUES (?, ?, ?, 'offline', ?, ?)"),
                { message, conversation, reply, decision, at });
        };
        // Maria, 3 h ago: Jack answers in 30 s and keeps the conversation.
        message("m1", "c-maria", "guest", iso(3 * 3600));
        message("m1r", "c-maria", "ai", iso(3 * 3600, 30));
        outcome("m1", "c-maria", "m1r", "continue", iso(3 * 3600, 30));
        // Maria, 2 h ago: Jack answers in 10 s but hands over; staff write 5 min later.
        message("m2", "c-maria", "guest", iso(2 * 3600));
        message("m2r", "c-maria", "ai", iso(2 * 3600, 10));
        outcome("m2", "c-maria", "m2r", "handoff", iso(2 * 3600, 10));
        message("m2s", "c-maria", "staff", iso(2 * 3600, 300));
        // Tom, 1 h ago: only staff answer, after 2 min.
        message("m3", "c-tom", "guest", iso(3600));
        message("m3s", "c-tom", "staff", iso(3600, 120));
        // Tom, 10 min ago: nobody answered yet.
        message("m4", "c-tom", "guest", iso(600));
        // Tom, 30 h ago: outside the last day, inside the last week.
        message("m0", "c-tom", "guest", iso(30 * 3600));

        // A reply WhatsApp refused 1 h ago, one refused 30 h ago; a failed AI call 2 h ago and
        // a failed connection test (not an operational error).
        auto failedDelivery = [&](const QString &id, const QString &message, const QString &at) {
            exec(QStringLiteral("INSERT INTO outbox (id, message_id, channel, recipient, status, "
                                "attempts, next_attempt_at, last_error, error_code, created_at, "
                                "updated_at) VALUES (?, ?, 'whatsapp', '+351900000001', 'failed', "
                                "3, ?, '(#131026) Message Undeliverable.', '131026', ?, ?)"),
                { id, message, at, at, at });
        };
        failedDelivery("o1", "m1r", iso(3600));
        failedDelivery("o0", "m2r", iso(30 * 3600));
        exec(QStringLiteral("INSERT INTO ai_usage (provider, model, purpose, ok, error, "
                            "created_at) VALUES ('openai', 'gpt-4o-mini', ?, 0, ?, ?)"),
            { "reply", "HTTP 401: invalid API key", iso(2 * 3600) });
        exec(QStringLiteral("INSERT INTO ai_usage (provider, model, purpose, ok, error, "
                            "created_at) VALUES ('openai', 'gpt-4o-mini', ?, 0, ?, ?)"),
            { "test", "HTTP 401: invalid API key", iso(1800) });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_freshDir.isValid());
        QVERIFY(m_busyDir.isValid());
        m_now = core::Clock::now();
        m_fresh = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_freshDir.path(), QHostAddress::LocalHost, 0, false });
        QString error;
        QVERIFY2(m_fresh->start(&error), qPrintable(error));

        {
            QSqlDatabase db = storage::Database::open(
                m_busyDir.filePath(QStringLiteral("jack.db")), QStringLiteral("seed"));
            storage::Database::migrate(db);
            storage::StaffStore(db).create(QStringLiteral("ana@hotel.test"),
                QStringLiteral("Ana Front"), QStringLiteral("staff"), QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QStringLiteral("staff-password-1")));
            seedKnownActivity(db);
        }
        storage::Database::close(QStringLiteral("seed"));
        m_busy = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_busyDir.path(), QHostAddress::LocalHost, 0, false });
        QVERIFY2(m_busy->start(&error), qPrintable(error));
        const Answer login = call(*m_busy, "POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", "ana@hotel.test" }, { "password", "staff-password-1" } });
        QCOMPARE(login.status, 200);
        m_staffToken = login.json.value(u"accessToken").toString();
    }

    void freshHubNeedsSetupAndHasNoDefaultLogin()
    {
        const Answer a = call(*m_fresh, "GET", QStringLiteral("/api/v1/setup"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"needed").toBool(), true);
        // No account of any kind exists, so no password can open the hub.
        QCOMPARE(loginStatus(QStringLiteral("admin@localhost"), QStringLiteral("admin")), 401);
        QCOMPARE(loginStatus(QStringLiteral("admin"), QStringLiteral("admin")), 401);
        QCOMPARE(loginStatus(QString::fromLatin1(runtime::DemoLogin::email),
                     QString::fromLatin1(runtime::DemoLogin::password)),
            401);
        // The setup route itself hands out nothing without an account being created.
        QVERIFY(!a.body.contains("Token"));
    }

    void badSetupIs400NamingTheFieldAndChangesNothing()
    {
        struct Case {
            const char *name;
            QByteArray body;
            QString field;
        };
        auto with = [](const QString &path, const QJsonValue &value) {
            QJsonObject body = setupBody(QStringLiteral("ada@hotel.test"));
            const QStringList parts = path.split(u'.');
            if (parts.size() == 1) {
                body.insert(parts[0], value);
            } else {
                QJsonObject inner = body.value(parts[0]).toObject();
                inner.insert(parts[1], value);
                body.insert(parts[0], inner);
            }
            return QJsonDocument(body).toJson(QJsonDocument::Compact);
        };
        const QList<Case> cases {
            { "not JSON", "{\"hotel\": ", QStringLiteral("body") },
            { "no hotel", with(QStringLiteral("hotel"), QJsonValue()), QStringLiteral("hotel") },
            { "no hotel name", with(QStringLiteral("hotel.name"), QStringLiteral("  ")),
                QStringLiteral("hotel.name") },
            { "bad time zone", with(QStringLiteral("hotel.timezone"), QStringLiteral("Mars/Base")),
                QStringLiteral("hotel.timezone") },
            { "unknown hotel field", with(QStringLiteral("hotel.colour"), QStringLiteral("red")),
                QStringLiteral("hotel.colour") },
            { "no admin", with(QStringLiteral("admin"), QJsonValue()), QStringLiteral("admin") },
            { "no admin name", with(QStringLiteral("admin.name"), QString()),
                QStringLiteral("admin.name") },
            { "bad e-mail", with(QStringLiteral("admin.email"), QStringLiteral("ada")),
                QStringLiteral("admin.email") },
            { "weak password", with(QStringLiteral("admin.password"), QStringLiteral("password1")),
                QStringLiteral("admin.password") },
            { "empty password", with(QStringLiteral("admin.password"), QString()),
                QStringLiteral("admin.password") },
        };
        for (const Case &c : cases) {
            const Answer a = call(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), c.body);
            QVERIFY2(a.status == 400, c.name);
            QCOMPARE(errorCode(a), QStringLiteral("VALIDATION_ERROR"));
            QVERIFY2(errorField(a) == c.field,
                qPrintable(errorField(a) + QStringLiteral(" for ") + QLatin1String(c.name)));
            QVERIFY2(setupNeeded(), c.name);
        }
        QCOMPARE(loginStatus(QStringLiteral("ada@hotel.test"), QStringLiteral("harbour-view-2026")),
            401);
    }

    void ofTwoConcurrentFirstAdminsExactlyOneWins()
    {
        const QByteArray first = QJsonDocument(setupBody(QStringLiteral("ada@hotel.test")))
                                     .toJson(QJsonDocument::Compact);
        const QByteArray second = QJsonDocument(
            setupBody(QStringLiteral("bob@hotel.test"), QStringLiteral("bob-the-builder-77")))
                                      .toJson(QJsonDocument::Compact);
        // Both in flight at once, on separate connections.
        QNetworkReply *a = send(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), first, {});
        QNetworkReply *b = send(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), second, {});
        const Answer ra = finish(a);
        const Answer rb = finish(b);
        QList<int> statuses { ra.status, rb.status };
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int> { 201, 409 }));
        const Answer &winner = ra.status == 201 ? ra : rb;
        const Answer &loser = ra.status == 201 ? rb : ra;
        QCOMPARE(errorCode(loser), QStringLiteral("CONFLICT"));
        const QJsonObject user = winner.json.value(u"user").toObject();
        QCOMPARE(user.value(u"role").toString(), QStringLiteral("admin"));
        QCOMPARE(user.value(u"name").toString(), QStringLiteral("Ada Admin"));
        QVERIFY(!winner.body.contains("argon2"));
        QVERIFY(!winner.body.contains("harbour-view-2026"));
        QCOMPARE(winner.json.value(u"hotel").toObject().value(u"name").toString(),
            QStringLiteral("Harbour View"));
        m_winnerToken = winner.json.value(u"accessToken").toString();
        QVERIFY(!m_winnerToken.isEmpty());
        QVERIFY(!winner.json.value(u"refreshToken").toString().isEmpty());

        // The winner is signed in; only the winner's account exists.
        const Answer me
            = call(*m_fresh, "GET", QStringLiteral("/api/v1/auth/me"), QByteArray(), m_winnerToken);
        QCOMPARE(me.status, 200);
        const QString winnerEmail = user.value(u"email").toString();
        const QString loserEmail = winnerEmail == QLatin1String("ada@hotel.test")
            ? QStringLiteral("bob@hotel.test")
            : QStringLiteral("ada@hotel.test");
        const QString loserPassword = winnerEmail == QLatin1String("ada@hotel.test")
            ? QStringLiteral("bob-the-builder-77")
            : QStringLiteral("harbour-view-2026");
        QCOMPARE(loginStatus(loserEmail, loserPassword), 401);
    }

    void setupIsDeadOnceAnAccountExists()
    {
        QVERIFY(!m_winnerToken.isEmpty());
        const Answer status = call(*m_fresh, "GET", QStringLiteral("/api/v1/setup"));
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(u"needed").toBool(), false);
        QVERIFY(!status.json.contains(u"hotel"));

        QJsonObject again = setupBody(QStringLiteral("eve@hotel.test"));
        QJsonObject hotel = again.value(u"hotel").toObject();
        hotel.insert(QStringLiteral("name"), QStringLiteral("Taken Over Inn"));
        again.insert(QStringLiteral("hotel"), hotel);
        const Answer refused = call(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), again);
        QCOMPARE(refused.status, 409);
        QCOMPARE(errorCode(refused), QStringLiteral("CONFLICT"));
        // Even with a token, and even with bad input, nothing changes.
        QCOMPARE(
            call(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), again, m_winnerToken).status,
            409);
        QCOMPARE(
            call(*m_fresh, "POST", QStringLiteral("/api/v1/setup"), QByteArray("{}")).status, 409);
        QCOMPARE(loginStatus(QStringLiteral("eve@hotel.test"), QStringLiteral("harbour-view-2026")),
            401);
        const Answer settings = call(
            *m_fresh, "GET", QStringLiteral("/api/v1/settings/hotel"), QByteArray(), m_winnerToken);
        QCOMPARE(settings.status, 200);
        QCOMPARE(settings.json.value(u"name").toString(), QStringLiteral("Harbour View"));
        QCOMPARE(settings.json.value(u"phone").toString(), QStringLiteral("+351 21 000 0000"));
        QCOMPARE(settings.json.value(u"timezone").toString(), QStringLiteral("Europe/Lisbon"));
    }

    void theAdminFinishesSetupWithTheOrdinaryRoutes()
    {
        // What the wizard does next: AI offline, then the built-in web chat.
        const Answer ai = call(*m_fresh, "PUT", QStringLiteral("/api/v1/settings/ai"),
            QJsonObject { { "provider", "offline" } }, m_winnerToken);
        QCOMPARE(ai.status, 200);
        QCOMPARE(ai.json.value(u"provider").toString(), QStringLiteral("offline"));
        const Answer test = call(*m_fresh, "POST", QStringLiteral("/api/v1/apps/offline/test"),
            QByteArray("{}"), m_winnerToken);
        QCOMPARE(test.status, 200);
        QCOMPARE(test.json.value(u"ok").toBool(), true);
    }

    void activityCountsTheKnownMessages()
    {
        const Answer a = call(*m_busy, "GET", QStringLiteral("/api/v1/stats/activity?hours=24"),
            QByteArray(), m_staffToken);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"hours").toInt(), 24);
        QCOMPARE(a.json.value(u"bucketHours").toInt(), 1);
        const QJsonArray buckets = a.json.value(u"buckets").toArray();
        QCOMPARE(buckets.size(), 24);
        const QJsonObject totals = a.json.value(u"totals").toObject();
        QCOMPARE(totals.value(u"guestMessages").toInt(), 4);
        QCOMPARE(totals.value(u"jackReplies").toInt(), 2);
        QCOMPARE(totals.value(u"staffReplies").toInt(), 2);
        QCOMPARE(totals.value(u"answered").toInt(), 3);
        // (30 + 10 + 120) / 3 s; median 30 s.
        QCOMPARE(totals.value(u"firstResponseSeconds").toInt(), 53);
        QCOMPARE(totals.value(u"firstResponseMedianSeconds").toInt(), 30);
        QCOMPARE(totals.value(u"answeredWithoutStaff").toInt(), 1);
        QCOMPARE(totals.value(u"answeredWithoutStaffShare").toDouble(), 0.25);

        // Each message sits in the hour it arrived in.
        auto bucketAt = [&buckets](const QDateTime &t) {
            for (const QJsonValue &v : buckets) {
                const QDateTime start
                    = core::Clock::fromIso(v.toObject().value(u"start").toString());
                if (start <= t && t < start.addSecs(3600))
                    return v.toObject();
            }
            return QJsonObject {};
        };
        const QJsonObject maria = bucketAt(m_now.addSecs(-3 * 3600));
        QCOMPARE(maria.value(u"guestMessages").toInt(), 1);
        QCOMPARE(maria.value(u"firstResponseSeconds").toInt(), 30);
        QCOMPARE(maria.value(u"answeredWithoutStaffShare").toDouble(), 1.0);
        const QJsonObject tom = bucketAt(m_now.addSecs(-3600));
        QCOMPARE(tom.value(u"firstResponseSeconds").toInt(), 120);
        QCOMPARE(tom.value(u"answeredWithoutStaffShare").toDouble(), 0.0);
        int sum = 0;
        for (const QJsonValue &v : buckets)
            sum += v.toObject().value(u"guestMessages").toInt();
        QCOMPARE(sum, 4);
        // A quiet hour has no times and no share rather than zeros.
        const QJsonObject quiet = bucketAt(m_now.addSecs(-12 * 3600));
        QCOMPARE(quiet.value(u"guestMessages").toInt(), 0);
        QVERIFY(quiet.value(u"firstResponseSeconds").isNull());
        QVERIFY(quiet.value(u"answeredWithoutStaffShare").isNull());

        const Answer week = call(*m_busy, "GET", QStringLiteral("/api/v1/stats/activity?hours=168"),
            QByteArray(), m_staffToken);
        QCOMPARE(week.status, 200);
        QCOMPARE(week.json.value(u"bucketHours").toInt(), 24);
        QCOMPARE(week.json.value(u"buckets").toArray().size(), 7);
        QCOMPARE(week.json.value(u"totals").toObject().value(u"guestMessages").toInt(), 5);
    }

    void activityRefusesNonsenseAndStrangers()
    {
        for (const char *hours : { "0", "-3", "745", "day", "1.5" }) {
            const Answer a = call(*m_busy, "GET",
                QStringLiteral("/api/v1/stats/activity?hours=%1").arg(QLatin1String(hours)),
                QByteArray(), m_staffToken);
            QVERIFY2(a.status == 400, hours);
            QCOMPARE(errorField(a), QStringLiteral("hours"));
        }
        QCOMPARE(call(*m_busy, "GET", QStringLiteral("/api/v1/stats/activity")).status, 401);
        QCOMPARE(call(*m_busy, "GET", QStringLiteral("/api/v1/stats/errors")).status, 401);
    }

    void recentErrorsListFailedDeliveriesAndAiCalls()
    {
        const Answer a = call(*m_busy, "GET", QStringLiteral("/api/v1/stats/errors?hours=24"),
            QByteArray(), m_staffToken);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(u"total").toInt(), 2);
        const QJsonArray items = a.json.value(u"items").toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject delivery = items.at(0).toObject(); // newest first: 1 h before 2 h
        QCOMPARE(delivery.value(u"kind").toString(), QStringLiteral("delivery"));
        QCOMPARE(delivery.value(u"service").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(delivery.value(u"code").toString(), QStringLiteral("131026"));
        QCOMPARE(delivery.value(u"guestName").toString(), QStringLiteral("Maria Santos"));
        QCOMPARE(delivery.value(u"conversationId").toString(), QStringLiteral("c-maria"));
        QVERIFY(delivery.value(u"detail").toString().contains(u"Undeliverable"));
        const QJsonObject ai = items.at(1).toObject();
        QCOMPARE(ai.value(u"kind").toString(), QStringLiteral("ai"));
        QCOMPARE(ai.value(u"service").toString(), QStringLiteral("openai"));
        QVERIFY(ai.value(u"conversationId").isNull());

        const Answer twoDays = call(*m_busy, "GET",
            QStringLiteral("/api/v1/stats/errors?hours=48&limit=1"), QByteArray(), m_staffToken);
        QCOMPARE(twoDays.status, 200);
        QCOMPARE(twoDays.json.value(u"total").toInt(), 3);
        QCOMPARE(twoDays.json.value(u"items").toArray().size(), 1);
        QCOMPARE(call(*m_busy, "GET", QStringLiteral("/api/v1/stats/errors?limit=0"), QByteArray(),
                     m_staffToken)
                     .status,
            400);
    }

    void cleanupTestCase()
    {
        if (m_fresh)
            m_fresh->stop();
        if (m_busy)
            m_busy->stop();
    }
};

QTEST_GUILESS_MAIN(TestSetupStats)
#include "tst_setupstats.moc"
