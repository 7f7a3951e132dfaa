// Staff accounts over HTTP (/api/v1/staff) and the hotel settings fields of the settings
// screens, against a real hub: admins only, every refusal a clear 4xx that changes nothing,
// no password hash in any answer, and a new account can sign in.
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
    [[nodiscard]] QString code() const
    {
        return json.value("error").toObject().value("code").toString();
    }
    [[nodiscard]] QString field() const
    {
        return json.value("error").toObject().value("details").toObject().value("field").toString();
    }
};
} // namespace

class TestStaffRoutes : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<runtime::Hub> m_hub;
    QNetworkAccessManager m_net;
    QString m_admin, m_manager, m_adminId;

    Answer call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
        const QString &token = {})
    {
        QNetworkRequest request(m_hub->url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        const QByteArray data
            = verb == "GET" || verb == "DELETE" ? QByteArray() : QJsonDocument(body).toJson();
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, data);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        reply->deleteLater();
        return a;
    }
    Answer login(const QString &email, const QString &password)
    {
        return call("POST", QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { "email", email }, { "password", password } });
    }
    QString token(const QString &email, const QString &password)
    {
        return login(email, password).json.value("accessToken").toString();
    }
    //! The staff list as an admin sees it, for "nothing changed" checks.
    QByteArray snapshot() { return call("GET", "/api/v1/staff", {}, m_admin).body; }
    static bool leaksSecrets(const QByteArray &body)
    {
        return body.contains("argon2") || body.contains("passwordHash")
            || body.contains("password_hash") || body.contains("\"password\"");
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
            m_adminId = staff.create(QStringLiteral("admin@hotel.test"),
                QStringLiteral("Ada Admin"), QStringLiteral("admin"), {},
                gateway::PasswordHasher::hash(QStringLiteral("admin-password-1")));
            staff.create(QStringLiteral("max@hotel.test"), QStringLiteral("Max Manager"),
                QStringLiteral("manager"), {},
                gateway::PasswordHasher::hash(QStringLiteral("manager-password-1")));
        }
        storage::Database::close(QStringLiteral("seed"));
        m_hub = std::make_unique<runtime::Hub>(
            runtime::HubOptions { m_dir.path(), QHostAddress::LocalHost, 0, false });
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        m_admin = token(QStringLiteral("admin@hotel.test"), QStringLiteral("admin-password-1"));
        m_manager = token(QStringLiteral("max@hotel.test"), QStringLiteral("manager-password-1"));
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(!m_manager.isEmpty());
    }

    void onlyAdminsManageStaff()
    {
        QCOMPARE(call("GET", "/api/v1/staff").status, 401);
        const Answer list = call("GET", "/api/v1/staff", {}, m_manager);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.code(), QStringLiteral("FORBIDDEN"));
        const QByteArray before = snapshot();
        QCOMPARE(call("POST", "/api/v1/staff",
                     QJsonObject { { "email", "x@hotel.test" }, { "name", "X" },
                         { "password", "a-good-password-9" } },
                     m_manager)
                     .status,
            403);
        QCOMPARE(call("PATCH", "/api/v1/staff/" + m_adminId, QJsonObject { { "role", "staff" } },
                     m_manager)
                     .status,
            403);
        QCOMPARE(call("DELETE", "/api/v1/staff/" + m_adminId, {}, m_manager).status, 403);
        QCOMPARE(snapshot(), before);
    }

    void listShowsAccountsWithoutHashes()
    {
        const Answer list = call("GET", "/api/v1/staff", {}, m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value("total").toInt(), 2);
        const QJsonArray items = list.json.value("items").toArray();
        QCOMPARE(
            items.first().toObject().value("email").toString(), QStringLiteral("admin@hotel.test"));
        QCOMPARE(items.first().toObject().value("active").toBool(), true);
        QVERIFY(!items.first().toObject().value("createdAt").toString().isEmpty());
        QVERIFY(!leaksSecrets(list.body));
        const Answer one = call("GET", "/api/v1/staff/" + m_adminId, {}, m_admin);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value("role").toString(), QStringLiteral("admin"));
        QVERIFY(!leaksSecrets(one.body));
        QCOMPARE(call("GET", "/api/v1/staff/nobody", {}, m_admin).status, 404);
    }

    void badInputIs400AndChangesNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good { { "email", "new@hotel.test" }, { "name", "New Person" },
            { "role", "staff" }, { "password", "a-good-password-9" } };
        auto with = [good](const char *key, const QJsonValue &value) {
            QJsonObject body = good;
            if (value.isUndefined())
                body.remove(QLatin1String(key));
            else
                body.insert(QLatin1String(key), value);
            return body;
        };
        QTest::newRow("no e-mail") << with("email", QJsonValue::Undefined) << "email";
        QTest::newRow("bad e-mail") << with("email", "not-an-email") << "email";
        QTest::newRow("no name") << with("name", "  ") << "name";
        QTest::newRow("bad role") << with("role", "owner") << "role";
        QTest::newRow("no password") << with("password", QJsonValue::Undefined) << "password";
        QTest::newRow("short password") << with("password", "short1") << "password";
        QTest::newRow("common password") << with("password", "password123") << "password";
        QTest::newRow("unknown field") << with("isAdmin", true) << "isAdmin";
        QTest::newRow("department not text") << with("department", 7) << "department";
    }
    void badInputIs400AndChangesNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QByteArray before = snapshot();
        const Answer a = call("POST", "/api/v1/staff", body, m_admin);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(a.field(), field);
        QVERIFY(!a.json.value("error").toObject().value("message").toString().isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void createdMemberCanSignIn()
    {
        const Answer created = call("POST", "/api/v1/staff",
            QJsonObject { { "email", "Ana@Hotel.test " }, { "name", " Ana Front " },
                { "role", "staff" }, { "department", "front_desk" },
                { "password", "ana-password-42" } },
            m_admin);
        QCOMPARE(created.status, 201);
        QVERIFY(!leaksSecrets(created.body));
        QCOMPARE(created.json.value("name").toString(), QStringLiteral("Ana Front"));
        QCOMPARE(created.json.value("department").toString(), QStringLiteral("front_desk"));
        QCOMPARE(created.json.value("active").toBool(), true);
        const Answer session
            = login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-password-42"));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json.value("user").toObject().value("role").toString(),
            QStringLiteral("staff"));

        // The same e-mail again, in any case: 409 and still one account.
        const QByteArray before = snapshot();
        const Answer again = call("POST", "/api/v1/staff",
            QJsonObject { { "email", "ANA@hotel.test" }, { "name", "Other Ana" },
                { "password", "another-password-7" } },
            m_admin);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), QStringLiteral("CONFLICT"));
        QCOMPARE(snapshot(), before);
    }

    void adminChangesRoleDepartmentAndPassword()
    {
        const QString id
            = login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-password-42"))
                  .json.value("user")
                  .toObject()
                  .value("id")
                  .toString();
        QVERIFY(!id.isEmpty());
        const Answer changed = call("PATCH", "/api/v1/staff/" + id,
            QJsonObject { { "role", "manager" }, { "department", "housekeeping" } }, m_admin);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value("role").toString(), QStringLiteral("manager"));
        QCOMPARE(changed.json.value("department").toString(), QStringLiteral("housekeeping"));
        QCOMPARE(changed.json.value("name").toString(), QStringLiteral("Ana Front"));

        // Bad values: 400 naming the field, nothing changed.
        const QByteArray before = snapshot();
        for (const QJsonObject &body : { QJsonObject { { "role", "owner" } },
                 QJsonObject { { "active", "no" } }, QJsonObject { { "password", "short" } },
                 QJsonObject { { "email", "a@b.test" } }, QJsonObject { { "name", "" } } }) {
            const Answer refused = call("PATCH", "/api/v1/staff/" + id, body, m_admin);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.field(), body.keys().first());
        }
        QCOMPARE(snapshot(), before);
        QCOMPARE(call("PATCH", "/api/v1/staff/nobody", QJsonObject { { "role", "staff" } }, m_admin)
                     .status,
            404);

        // A reset password: the old one stops working, the refresh token too.
        const Answer old
            = login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-password-42"));
        const QString refresh = old.json.value("refreshToken").toString();
        const Answer reset = call("PATCH", "/api/v1/staff/" + id,
            QJsonObject { { "password", "ana-new-password-7" } }, m_admin);
        QCOMPARE(reset.status, 200);
        QVERIFY(!leaksSecrets(reset.body));
        QCOMPARE(
            login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-password-42")).status, 401);
        QCOMPARE(
            login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-new-password-7")).status,
            200);
        QCOMPARE(call("POST", "/api/v1/auth/refresh", QJsonObject { { "refreshToken", refresh } })
                     .status,
            401);

        // Deactivated: the account stays, but its token and its password stop working.
        const QString anaToken
            = token(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-new-password-7"));
        QCOMPARE(call("GET", "/api/v1/auth/me", {}, anaToken).status, 200);
        const Answer off
            = call("PATCH", "/api/v1/staff/" + id, QJsonObject { { "active", false } }, m_admin);
        QCOMPARE(off.status, 200);
        QCOMPARE(off.json.value("active").toBool(), false);
        QCOMPARE(call("GET", "/api/v1/auth/me", {}, anaToken).status, 401);
        QCOMPARE(
            login(QStringLiteral("ana@hotel.test"), QStringLiteral("ana-new-password-7")).status,
            401);
    }

    void lastAdminStaysAndNobodyRemovesThemselves()
    {
        const QByteArray before = snapshot();
        const QString self = "/api/v1/staff/" + m_adminId;
        const Answer demote = call("PATCH", self, QJsonObject { { "role", "staff" } }, m_admin);
        QCOMPARE(demote.status, 409);
        QCOMPARE(demote.code(), QStringLiteral("CONFLICT"));
        QCOMPARE(call("PATCH", self, QJsonObject { { "active", false } }, m_admin).status, 409);
        const Answer removeSelf = call("DELETE", self, {}, m_admin);
        QCOMPARE(removeSelf.status, 409);
        QVERIFY(removeSelf.json.value("error").toObject().value("message").toString().contains(
            QStringLiteral("your own")));
        QCOMPARE(snapshot(), before);

        // A second admin cannot remove the first while that one is the only other admin left…
        const Answer second = call("POST", "/api/v1/staff",
            QJsonObject { { "email", "bo@hotel.test" }, { "name", "Bo Admin" }, { "role", "admin" },
                { "password", "bo-password-123" } },
            m_admin);
        QCOMPARE(second.status, 201);
        const QString boId = second.json.value("id").toString();
        const QString bo
            = token(QStringLiteral("bo@hotel.test"), QStringLiteral("bo-password-123"));
        // …but can once there are two: Bo demotes Ada, then Ada (now staff) is refused.
        QCOMPARE(call("PATCH", self, QJsonObject { { "role", "manager" } }, bo).status, 200);
        QCOMPARE(call("GET", "/api/v1/staff", {}, m_admin).status, 403);
        // Bo is now the last admin: nobody can demote or delete Bo (Bo cannot act on Bo).
        const QByteArray withBo = call("GET", "/api/v1/staff", {}, bo).body;
        QCOMPARE(call("DELETE", "/api/v1/staff/" + boId, {}, bo).status, 409);
        QCOMPARE(
            call("PATCH", "/api/v1/staff/" + boId, QJsonObject { { "role", "staff" } }, bo).status,
            409);
        QCOMPARE(call("GET", "/api/v1/staff", {}, bo).body, withBo);

        // Deleting someone else works, once; their tasks stay (unassigned).
        const Answer gone = call("DELETE", self, {}, bo);
        QCOMPARE(gone.status, 200);
        QCOMPARE(gone.json.value("deleted").toBool(), true);
        QCOMPARE(call("DELETE", self, {}, bo).status, 404);
        QCOMPARE(
            login(QStringLiteral("admin@hotel.test"), QStringLiteral("admin-password-1")).status,
            401);
        m_admin = bo;
    }

    void hotelKeepsBusinessHoursAndOutOfHoursReply()
    {
        const Answer saved = call("PUT", "/api/v1/settings/hotel",
            QJsonObject {
                { "businessHours", QJsonObject { { "open", "08:00" }, { "close", "22:00" } } },
                { "outOfHoursReply", "We are back at 8:00." },
                { "languages", QJsonArray { "en", "pt" } } },
            m_admin);
        QCOMPARE(saved.status, 200);
        const Answer read = call("GET", "/api/v1/settings/hotel", {}, m_manager);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value("businessHours").toObject().value("close").toString(),
            QStringLiteral("22:00"));
        QCOMPARE(
            read.json.value("outOfHoursReply").toString(), QStringLiteral("We are back at 8:00."));

        const QByteArray before = call("GET", "/api/v1/settings/hotel", {}, m_admin).body;
        for (const QJsonObject &body : {
                 QJsonObject {
                     { "businessHours", QJsonObject { { "open", "8am" }, { "close", "22:00" } } } },
                 QJsonObject { { "businessHours",
                     QJsonObject { { "open", "08:00" }, { "close", "08:00" } } } },
                 QJsonObject { { "businessHours", "08:00-22:00" } },
                 QJsonObject { { "outOfHoursReply", 5 } },
                 QJsonObject { { "outOfHoursReply", QString(1001, QLatin1Char('x')) } },
             }) {
            const Answer refused = call("PUT", "/api/v1/settings/hotel", body, m_admin);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.field(), body.keys().first());
        }
        QCOMPARE(call("PUT", "/api/v1/settings/hotel", QJsonObject { { "outOfHoursReply", "x" } },
                     m_manager)
                     .status,
            403);
        QCOMPARE(call("GET", "/api/v1/settings/hotel", {}, m_admin).body, before);

        // null clears the hours: the desk is staffed around the clock.
        const Answer cleared = call("PUT", "/api/v1/settings/hotel",
            QJsonObject { { "businessHours", QJsonValue::Null } }, m_admin);
        QCOMPARE(cleared.status, 200);
        QVERIFY(!cleared.json.contains("businessHours"));
    }

    void appsCarryTheirHealth()
    {
        // The AI service reports once it started; the offline engine answers guests.
        auto offlineHealth = [this] {
            const Answer apps = call("GET", "/api/v1/apps", {}, m_manager);
            for (const QJsonValue &item : apps.json.value("items").toArray()) {
                const QJsonObject app = item.toObject();
                if (!app.contains("health"))
                    return QStringLiteral("no health field on ") + app.value("id").toString();
                if (app.value("id").toString() == QLatin1String("offline"))
                    return app.value("health").toObject().value("status").toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(offlineHealth(), QStringLiteral("ok"), 10000);
    }

    void cleanupTestCase()
    {
        if (m_hub)
            m_hub->stop();
    }
};

QTEST_GUILESS_MAIN(TestStaffRoutes)
#include "tst_staffroutes.moc"
