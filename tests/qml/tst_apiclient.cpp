#include "apiclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTest>

using jack::desk::ApiClient;
using jack::desk::ApiReply;

// A fake hub on QHttpServer: tokens "access-N" expire on demand, refresh tokens are single-use.
class FakeHub {
public:
    FakeHub()
    {
        m_server.route("/api/v1/auth/login", QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                if (body.value("password").toString() != QLatin1String("secret"))
                    return error(401, "UNAUTHORIZED");
                return tokens();
            });
        m_server.route("/api/v1/auth/refresh", QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                ++refreshCalls;
                const QString token = QJsonDocument::fromJson(request.body())
                                          .object()
                                          .value("refreshToken")
                                          .toString();
                if (refuseRefresh || token != m_refresh)
                    return error(401, "UNAUTHORIZED");
                return tokens();
            });
        m_server.route("/api/v1/conversations", QHttpServerRequest::Method::Get,
            [this](const QHttpServerRequest &request) {
                ++listCalls;
                const QByteArray auth = request.value("Authorization");
                if (auth != "Bearer " + m_access.toUtf8() || expired)
                    return error(401, "UNAUTHORIZED");
                return QHttpServerResponse(QJsonObject {
                    { "items", QJsonArray { QJsonObject { { "id", "c1" } } } }, { "total", 1 } });
            });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QHttpServerResponse tokens()
    {
        ++m_generation;
        expired = false;
        m_access = QStringLiteral("access-%1").arg(m_generation);
        m_refresh = QStringLiteral("refresh-%1").arg(m_generation);
        return QHttpServerResponse(QJsonObject { { "accessToken", m_access },
            { "refreshToken", m_refresh }, { "expiresIn", 900 },
            { "user", QJsonObject { { "id", "s1" }, { "name", "Ana" } } } });
    }

    static QHttpServerResponse error(int status, const char *code)
    {
        return QHttpServerResponse(
            QJsonObject { { "error",
                QJsonObject { { "code", QString::fromLatin1(code) }, { "message", "no" } } } },
            QHttpServerResponder::StatusCode(status));
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

    int port = 0;
    int refreshCalls = 0;
    int listCalls = 0;
    bool expired = false;
    bool refuseRefresh = false;

private:
    QHttpServer m_server;
    QString m_access;
    QString m_refresh;
    int m_generation = 0;
};

class TestApiClient : public QObject {
    Q_OBJECT

private:
    static ApiReply call(ApiClient &api, const QString &path)
    {
        ApiReply result;
        bool done = false;
        api.get(path, {}, &api, [&](const ApiReply &reply) {
            result = reply;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("no answer for %s", qPrintable(path));
        return result;
    }
    static ApiReply login(ApiClient &api, const QString &password)
    {
        ApiReply result;
        bool done = false;
        api.login(QStringLiteral("ana@example"), password, &api, [&](const ApiReply &reply) {
            result = reply;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("no answer to the login");
        return result;
    }

private Q_SLOTS:
    void loginKeepsTokensAndReportsErrors()
    {
        FakeHub hub;
        QVERIFY(hub.port > 0);
        ApiClient api;
        api.setBaseUrl(hub.url());
        const ApiReply refused = login(api, QStringLiteral("wrong"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.errorCode, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(!api.authenticated());

        const ApiReply accepted = login(api, QStringLiteral("secret"));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.object().value("user").toObject().value("name").toString(),
            QStringLiteral("Ana"));
        QCOMPARE(api.accessToken(), QStringLiteral("access-1"));
        QCOMPARE(api.liveFeedUrl().toString(),
            QStringLiteral("ws://127.0.0.1:%1/ws?token=access-1").arg(hub.port));
        const ApiReply list = call(api, QStringLiteral("conversations"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.items().size(), 1);
        QCOMPARE(list.total(), 1);
    }

    void expiredTokenIsRefreshedOnceAndTheRequestReplayed()
    {
        FakeHub hub;
        ApiClient api;
        api.setBaseUrl(hub.url());
        QVERIFY(login(api, QStringLiteral("secret")).ok());
        hub.expired = true;
        const ApiReply list = call(api, QStringLiteral("conversations"));
        QCOMPARE(list.status, 200);
        QCOMPARE(hub.refreshCalls, 1);
        QCOMPARE(hub.listCalls, 2);
        QCOMPARE(api.accessToken(), QStringLiteral("access-2"));
    }

    void refusedRefreshEndsTheSession()
    {
        FakeHub hub;
        ApiClient api;
        api.setBaseUrl(hub.url());
        QVERIFY(login(api, QStringLiteral("secret")).ok());
        QSignalSpy expired(&api, &ApiClient::sessionExpired);
        hub.expired = true;
        hub.refuseRefresh = true;
        const ApiReply list = call(api, QStringLiteral("conversations"));
        QCOMPARE(list.status, 401);
        QCOMPARE(hub.refreshCalls, 1); // once, not in a loop
        QCOMPARE(expired.count(), 1);
        QVERIFY(!api.authenticated());
    }

    void unreachableHubIsStatusZero()
    {
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        const ApiReply reply = call(api, QStringLiteral("conversations"));
        QCOMPARE(reply.status, 0);
        QVERIFY(!reply.errorMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
