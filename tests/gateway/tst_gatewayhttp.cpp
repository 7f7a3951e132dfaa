// The HTTP contract of API.md against a real hub on 127.0.0.1: status codes, error bodies,
// auth, roles, limits. The hub runs in its own threads as in jack-server.
#include "gateway/passwordhasher.h"
#include "runtime/hub.h"
#include "storage/database.h"
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
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};
} // namespace

class TestGatewayHttp : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    QNetworkAccessManager m_net;
    QString m_admin, m_staff;

    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
        const QString &token = {}, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(path)));
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }
    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body,
        const QString &token = {})
    {
        return call(verb, path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    QString login(const QString &email, const QString &password)
    {
        const Answer a = call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", email }, { "password", password } });
        return a.json.value(QLatin1String("accessToken")).toString();
    }
    static QString errorCode(const Answer &a)
    {
        return a.json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            QSqlDatabase db = storage::Database::open(
                m_dir.filePath(QStringLiteral("jack.db")), QStringLiteral("seed"));
            storage::Database::migrate(db);
            storage::StaffStore staff(db);
            staff.create(QStringLiteral("admin@hotel.test"), QStringLiteral("Ada Admin"),
                QStringLiteral("admin"), {},
                gateway::PasswordHasher::hash(QStringLiteral("admin-password-1")));
            staff.create(QStringLiteral("ana@hotel.test"), QStringLiteral("Ana Front"),
                QStringLiteral("staff"), QStringLiteral("front_desk"),
                gateway::PasswordHasher::hash(QStringLiteral("staff-password-1")));
        }
        storage::Database::close(QStringLiteral("seed"));
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, true });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        m_admin = login(QStringLiteral("admin@hotel.test"), QStringLiteral("admin-password-1"));
        m_staff = login(QStringLiteral("ana@hotel.test"), QStringLiteral("staff-password-1"));
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(!m_staff.isEmpty());
    }

    void health()
    {
        const Answer h = call("GET", QStringLiteral("/health"));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        for (const char *service : { "gateway", "channels", "ai", "integrations", "database" })
            QVERIFY2(
                h.json.value(QLatin1String("services")).toObject().contains(QLatin1String(service)),
                service);
        QCOMPARE(call("GET", QStringLiteral("/health/live")).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/health/ready")).status, 200);
    }

    void conversationsSayWhoWroteLast()
    {
        // The demo hotel's sample conversations: Ahmed asked for a manager, Jack answered.
        const Answer list = call(
            "GET", QStringLiteral("/api/v1/conversations?state=escalated"), QByteArray(), m_staff);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject ahmed = items.first().toObject();
        QCOMPARE(
            ahmed.value(QLatin1String("guestName")).toString(), QStringLiteral("Ahmed Haddad"));
        QCOMPARE(
            ahmed.value(QLatin1String("lastMessageSenderType")).toString(), QStringLiteral("ai"));
        QCOMPARE(
            ahmed.value(QLatin1String("lastMessageSenderName")).toString(), QStringLiteral("Jack"));
        QVERIFY(ahmed.value(QLatin1String("lastGuestMessagePreview"))
                    .toString()
                    .contains(QStringLiteral("manager")));
        QVERIFY(!ahmed.value(QLatin1String("lastMessagePreview"))
                     .toString()
                     .contains(QStringLiteral("manager.")));
        QCOMPARE(ahmed.value(QLatin1String("roomNumber")).toString(), QStringLiteral("305"));
        QVERIFY(ahmed.value(QLatin1String("escalationReason"))
                    .toString()
                    .contains(QStringLiteral("person")));
        const Answer context = call("GET",
            QStringLiteral("/api/v1/conversations/%1/context")
                .arg(ahmed.value(QLatin1String("id")).toString()),
            QByteArray(), m_staff);
        QCOMPARE(context.status, 200);
        QCOMPARE(context.json.value(QLatin1String("reservation"))
                     .toObject()
                     .value(QLatin1String("roomNumber"))
                     .toString(),
            QStringLiteral("305"));
        QCOMPARE(context.json.value(QLatin1String("openTasks")).toArray().size(), 1);
    }

    void unknownRouteIsJson404()
    {
        const Answer a = call("GET", QStringLiteral("/api/v1/nope"), QByteArray(), m_admin);
        QCOMPARE(a.status, 404);
        QCOMPARE(errorCode(a), QStringLiteral("NOT_FOUND"));
        QVERIFY(a.header("content-type").startsWith("application/json"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/conversations/does-not-exist"), QByteArray(),
                     m_admin)
                     .status,
            404);
    }

    void authIsRequired()
    {
        const Answer none = call("GET", QStringLiteral("/api/v1/conversations"));
        QCOMPARE(none.status, 401);
        QCOMPARE(errorCode(none), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(call("GET", QStringLiteral("/api/v1/conversations"), QByteArray(),
                     QStringLiteral("abc.def.ghi"))
                     .status,
            401);
        const Answer me = call("GET", QStringLiteral("/api/v1/auth/me"), QByteArray(), m_staff);
        QCOMPARE(me.status, 200);
        QCOMPARE(
            me.json.value(QLatin1String("user")).toObject().value(QLatin1String("role")).toString(),
            QStringLiteral("staff"));
        QVERIFY(!me.body.contains("argon2"));
    }

    void rolesAreChecked()
    {
        const QJsonObject body { { "enabled", false }, { "config", QJsonObject {} } };
        const Answer a = call("PUT", QStringLiteral("/api/v1/apps/whatsapp"), body, m_staff);
        QCOMPARE(a.status, 403);
        QCOMPARE(errorCode(a), QStringLiteral("FORBIDDEN"));
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/knowledge"),
                QJsonObject { { "title", "x" }, { "content", "y" }, { "category", "z" } }, m_staff)
                .status,
            403);
    }

    void badInputIs400NamingTheField()
    {
        const Answer broken = call(
            "POST", QStringLiteral("/api/v1/tasks"), QByteArray("{\"department\": "), m_staff);
        QCOMPARE(broken.status, 400);
        QCOMPARE(errorCode(broken), QStringLiteral("VALIDATION_ERROR"));
        const Answer missing = call("POST", QStringLiteral("/api/v1/tasks"),
            QJsonObject { { "department", "housekeeping" } }, m_staff);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
            QStringLiteral("description"));
        const Answer badState = call(
            "GET", QStringLiteral("/api/v1/conversations?state=sleeping"), QByteArray(), m_staff);
        QCOMPARE(badState.status, 400);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/tasks?limit=100000"), QByteArray(), m_staff).status,
            400);
        // Nothing was created by the refused requests.
        QCOMPARE(
            call("GET",
                QStringLiteral("/api/v1/tasks?status=pending&department=housekeeping&source=staff"),
                QByteArray(), m_staff)
                .json.value(QLatin1String("total"))
                .toInt(),
            0);
    }

    void bodiesOverOneMebibyteAre413()
    {
        const QByteArray huge(1024 * 1024 + 10, 'x');
        const Answer a = call("POST", QStringLiteral("/api/v1/knowledge/search"), huge, m_staff);
        QCOMPARE(a.status, 413);
        QCOMPARE(errorCode(a), QStringLiteral("PAYLOAD_TOO_LARGE"));
    }

    void tasksLifecycle()
    {
        const Answer created = call("POST", QStringLiteral("/api/v1/tasks"),
            QJsonObject { { "department", "housekeeping" }, { "description", "Extra pillows" },
                { "roomNumber", "305" }, { "priority", "high" },
                { "items",
                    QJsonArray { QJsonObject { { "name", "pillow" }, { "quantity", 2 } } } } },
            m_staff);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        for (const char *field : { "id", "conversationId", "type", "department", "priority",
                 "status", "roomNumber", "description", "items", "createdAt" })
            QVERIFY2(created.json.contains(QLatin1String(field)), field);
        QCOMPARE(created.json.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const Answer patched = call("PATCH", QStringLiteral("/api/v1/tasks/") + id,
            QJsonObject { { "status", "in_progress" } }, m_staff);
        QCOMPARE(patched.status, 200);
        QCOMPARE(
            patched.json.value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/tasks/") + id,
                     QJsonObject { { "status", "done" } }, m_staff)
                     .status,
            400);
        const Answer completed
            = call("POST", QStringLiteral("/api/v1/tasks/") + id + QStringLiteral("/complete"),
                QByteArray(""), m_staff);
        QCOMPARE(completed.status, 200);
        QCOMPARE(
            completed.json.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QVERIFY(!completed.json.value(QLatin1String("completedAt")).isNull());
        const Answer list
            = call("GET", QStringLiteral("/api/v1/tasks?status=completed"), QByteArray(), m_staff);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(QLatin1String("total")).toInt() >= 1);
        for (const char *field : { "items", "total", "limit", "offset" })
            QVERIFY2(list.json.contains(QLatin1String(field)), field);
        QCOMPARE(call("GET", QStringLiteral("/api/v1/tasks/") + id, QByteArray(), m_staff)
                     .json.value(QLatin1String("roomNumber"))
                     .toString(),
            QStringLiteral("305"));
    }

    void refusedTaskChangesChangeNothing()
    {
        const Answer created = call("POST", QStringLiteral("/api/v1/tasks"),
            QJsonObject { { "department", "maintenance" }, { "description", "Dripping tap" } },
            m_staff);
        QCOMPARE(created.status, 201);
        const QString path
            = QStringLiteral("/api/v1/tasks/") + created.json.value(QLatin1String("id")).toString();
        QCOMPARE(call("PATCH", path, QJsonObject {}, m_staff).status, 400);
        const Answer ghost
            = call("PATCH", path, QJsonObject { { "assignedTo", "no-such-staff" } }, m_staff);
        QCOMPARE(ghost.status, 400);
        QCOMPARE(ghost.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("details"))
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
            QStringLiteral("assignedTo"));
        QCOMPARE(call("PATCH", path, QJsonObject { { "description", "" } }, m_staff).status, 400);
        QCOMPARE(call("PATCH", path, QJsonObject { { "description", QJsonValue::Null } }, m_staff)
                     .status,
            400);
        const Answer after = call("GET", path, QByteArray(), m_staff);
        QCOMPARE(after.json.value(QLatin1String("description")).toString(),
            QStringLiteral("Dripping tap"));
        QVERIFY(after.json.value(QLatin1String("assignedTo")).isNull());
        const Answer mine = call("PATCH", path, QJsonObject { { "assignedTo", "me" } }, m_staff);
        QCOMPARE(mine.status, 200);
        QVERIFY(!mine.json.value(QLatin1String("assignedTo")).toString().isEmpty());
        QCOMPARE(call("GET", QStringLiteral("/api/v1/tasks?assignedTo=me"), QByteArray(), m_staff)
                     .json.value(QLatin1String("total"))
                     .toInt(),
            1);
        const Answer unassigned = call(
            "PATCH", path, QJsonObject { { "assignedTo", "" }, { "roomNumber", "" } }, m_staff);
        QCOMPARE(unassigned.status, 200);
        QVERIFY(unassigned.json.value(QLatin1String("assignedTo")).isNull());
        QVERIFY(unassigned.json.value(QLatin1String("roomNumber")).isNull());
        const Answer stats
            = call("GET", QStringLiteral("/api/v1/tasks/stats"), QByteArray(), m_staff);
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.json.value(QLatin1String("openByDepartment"))
                    .toObject()
                    .value(QLatin1String("maintenance"))
                    .toInt()
            >= 1);
    }

    void wrongMethodNamesTheAllowedOnes()
    {
        const Answer a
            = call("DELETE", QStringLiteral("/api/v1/conversations"), QByteArray(), m_staff);
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("allow"), QByteArray("GET"));
        // A literal path is not taken for an id: /knowledge/search is POST only.
        const Answer search
            = call("GET", QStringLiteral("/api/v1/knowledge/search"), QByteArray(), m_staff);
        QCOMPARE(search.status, 405);
        QCOMPARE(search.header("allow"), QByteArray("POST"));
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/tasks/stats"),
                     QJsonObject { { "status", "pending" } }, m_staff)
                     .header("allow"),
            QByteArray("GET"));
    }

    void knowledgeCrudAndSearch()
    {
        const Answer created = call("POST", QStringLiteral("/api/v1/knowledge"),
            QJsonObject { { "title", "Bicycle hire" }, { "category", "amenity" },
                { "content", "Bicycles can be hired at reception for 15 EUR per day." },
                { "keywords", QJsonArray { "bike", "bicycle", "cycling" } } },
            m_admin);
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QLatin1String("id")).toString();
        const Answer found = call("POST", QStringLiteral("/api/v1/knowledge/search"),
            QJsonObject { { "query", "can I hire a bicycle?" } }, m_staff);
        QCOMPARE(found.status, 200);
        const QJsonArray matches = found.json.value(QLatin1String("matches")).toArray();
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().toObject().value(QLatin1String("id")).toString(), id);
        QVERIFY(matches.first().toObject().contains(QLatin1String("score")));
        QCOMPARE(call("PATCH", QStringLiteral("/api/v1/knowledge/") + id,
                     QJsonObject { { "archived", true } }, m_admin)
                     .status,
            200);
        const Answer after = call("POST", QStringLiteral("/api/v1/knowledge/search"),
            QJsonObject { { "query", "bicycle hire" } }, m_staff);
        for (const QJsonValue &m : after.json.value(QLatin1String("matches")).toArray())
            QVERIFY(m.toObject().value(QLatin1String("id")).toString() != id);
        QCOMPARE(
            call("DELETE", QStringLiteral("/api/v1/knowledge/") + id, QByteArray(), m_admin).status,
            200);
        QCOMPARE(
            call("GET", QStringLiteral("/api/v1/knowledge/") + id, QByteArray(), m_admin).status,
            404);
        QVERIFY(call("GET", QStringLiteral("/api/v1/knowledge"), QByteArray(), m_staff)
                    .json.value(QLatin1String("total"))
                    .toInt()
            >= 20);
    }

    void classify()
    {
        const Answer a = call("POST", QStringLiteral("/api/v1/ai/classify"),
            QJsonObject { { "text", "the wifi is not working in my room" } }, m_staff);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.value(QLatin1String("intent")).toString(),
            QStringLiteral("request.maintenance.wifi"));
        QCOMPARE(
            a.json.value(QLatin1String("department")).toString(), QStringLiteral("maintenance"));
        QVERIFY(a.json.value(QLatin1String("requiresAction")).toBool());
        QCOMPARE(a.json.value(QLatin1String("language")).toString(), QStringLiteral("en"));
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/ai/classify"), QJsonObject {}, m_staff).status,
            400);
    }

    void appSecretsAreMaskedAndValidated()
    {
        const Answer missing = call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonObject {
                { "enabled", true }, { "config", QJsonObject { { "phoneNumberId", "1" } } } },
            m_admin);
        QCOMPARE(missing.status, 400);
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
                     QJsonObject { { "enabled", false },
                         { "config", QJsonObject { { "apiBaseUrl", "ftp://x" } } } },
                     m_admin)
                     .status,
            400);
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
                     QJsonObject {
                         { "enabled", false }, { "config", QJsonObject { { "colour", "red" } } } },
                     m_admin)
                     .status,
            400);
        const QJsonObject config { { "accessToken", "EAAG-very-secret-token-1234" },
            { "phoneNumberId", "1234567890" }, { "verifyToken", "verify-secret-token" },
            { "appSecret", "app-secret-value-99" }, { "apiBaseUrl", "http://127.0.0.1:9/v21.0" } };
        const Answer saved = call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
            QJsonObject { { "enabled", true }, { "config", config } }, m_admin);
        QCOMPARE(saved.status, 200);
        QVERIFY(!saved.body.contains("very-secret"));
        QVERIFY(!saved.body.contains("app-secret-value"));
        QCOMPARE(saved.json.value(QLatin1String("config"))
                     .toObject()
                     .value(QLatin1String("accessToken"))
                     .toString(),
            QStringLiteral("••••1234"));
        const Answer got
            = call("GET", QStringLiteral("/api/v1/apps/whatsapp"), QByteArray(), m_staff);
        QCOMPARE(got.json.value(QLatin1String("status")).toString(), QStringLiteral("configured"));
        QVERIFY(!got.body.contains("very-secret"));
        // Sending the masked values back keeps the secrets.
        QJsonObject masked = got.json.value(QLatin1String("config")).toObject();
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
                     QJsonObject { { "enabled", true }, { "config", masked } }, m_admin)
                     .status,
            200);
        const Answer verify = call("GET",
            QStringLiteral("/webhooks/"
                           "whatsapp?hub.mode=subscribe&hub.verify_token=verify-secret-token&hub."
                           "challenge=12345"));
        QCOMPARE(verify.status, 200);
        QCOMPARE(verify.body, QByteArray("12345"));
        QCOMPARE(
            call("GET",
                QStringLiteral(
                    "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1"))
                .status,
            403);
        // A new verify token applies at once (the gateway's cached settings are dropped on save).
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/whatsapp"),
                     QJsonObject { { "enabled", true },
                         { "config", QJsonObject { { "verifyToken", "rotated-verify-token" } } } },
                     m_admin)
                     .status,
            200);
        QCOMPARE(call("GET",
                     QStringLiteral("/webhooks/"
                                    "whatsapp?hub.mode=subscribe&hub.verify_token=verify-secret-"
                                    "token&hub.challenge=1"))
                     .status,
            403);
        QCOMPARE(call("GET",
                     QStringLiteral("/webhooks/"
                                    "whatsapp?hub.mode=subscribe&hub.verify_token=rotated-verify-"
                                    "token&hub.challenge=7"))
                     .body,
            QByteArray("7"));
        const Answer apps = call("GET", QStringLiteral("/api/v1/apps"), QByteArray(), m_staff);
        QCOMPARE(apps.json.value(QLatin1String("items")).toArray().size(), 9);
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/apps/offline"),
                     QJsonObject { { "enabled", false } }, m_admin)
                     .status,
            400);
    }

    void refreshTokensRotate()
    {
        const Answer first = call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", "ana@hotel.test" }, { "password", "staff-password-1" } });
        const QString refresh = first.json.value(QLatin1String("refreshToken")).toString();
        QVERIFY(!refresh.isEmpty());
        const Answer second = call("POST", QStringLiteral("/api/v1/auth/refresh"),
            QJsonObject { { "refreshToken", refresh } });
        QCOMPARE(second.status, 200);
        QVERIFY(second.json.value(QLatin1String("refreshToken")).toString() != refresh);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/auth/refresh"),
                     QJsonObject { { "refreshToken", refresh } })
                     .status,
            401);
        const QString next = second.json.value(QLatin1String("refreshToken")).toString();
        QCOMPARE(call("POST", QStringLiteral("/api/v1/auth/logout"),
                     QJsonObject { { "refreshToken", next } },
                     second.json.value(QLatin1String("accessToken")).toString())
                     .status,
            200);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/auth/refresh"),
                     QJsonObject { { "refreshToken", next } })
                     .status,
            401);
    }

    void repeatedFailedLoginsAreThrottled()
    {
        for (int i = 0; i < 10; ++i) {
            const Answer a = call("POST", QStringLiteral("/api/v1/auth/login"),
                QJsonObject { { "email", "admin@hotel.test" }, { "password", "wrong-password" } });
            QCOMPARE(a.status, 401);
        }
        const Answer blocked = call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", "admin@hotel.test" }, { "password", "admin-password-1" } });
        QCOMPARE(blocked.status, 429);
        QCOMPARE(errorCode(blocked), QStringLiteral("RATE_LIMITED"));
        QVERIFY(!blocked.header("retry-after").isEmpty());
    }

    void cleanupTestCase() { m_hub->stop(); }
};

QTEST_GUILESS_MAIN(TestGatewayHttp)
#include "tst_gatewayhttp.moc"
