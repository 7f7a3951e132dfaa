#include "gateway/accesstoken.h"
#include "gateway/loginthrottle.h"
#include "gateway/passwordhasher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace jack::gateway;

class TestAuth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accessTokenRoundTrip()
    {
        const QByteArray key(32, 'k');
        const QByteArray token
            = AccessToken::issue(key, QStringLiteral("staff-1"), QStringLiteral("manager"), 1000);
        QCOMPARE(token.count('.'), 2);
        const auto claims = AccessToken::verify(key, token, 1000 + 60);
        QVERIFY(claims.has_value());
        QCOMPARE(claims->staffId, QStringLiteral("staff-1"));
        QCOMPARE(claims->role, QStringLiteral("manager"));
        QCOMPARE(claims->expiresAt, 1000 + 15 * 60);
        const QJsonObject payload = QJsonDocument::fromJson(
            QByteArray::fromBase64(token.split('.')[1], QByteArray::Base64UrlEncoding))
                                        .object();
        QCOMPARE(payload.value(QLatin1String("type")).toString(), QStringLiteral("access"));
        QCOMPARE(payload.value(QLatin1String("sub")).toString(), QStringLiteral("staff-1"));
    }

    void accessTokenRejections()
    {
        const QByteArray key(32, 'k');
        const QByteArray token
            = AccessToken::issue(key, QStringLiteral("s"), QStringLiteral("staff"), 1000);
        QVERIFY(!AccessToken::verify(key, token, 1000 + 15 * 60).has_value()); // expired
        QVERIFY(!AccessToken::verify(QByteArray(32, 'x'), token, 1001).has_value()); // other key
        // A forged payload (role raised to admin) keeps the old signature and must fail.
        QList<QByteArray> parts = token.split('.');
        QJsonObject payload = QJsonDocument::fromJson(
            QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                                  .object();
        payload.insert(QStringLiteral("role"), QStringLiteral("admin"));
        parts[1] = QJsonDocument(payload)
                       .toJson(QJsonDocument::Compact)
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!AccessToken::verify(key, parts.join('.'), 1001).has_value());
        // "alg: none" tokens are refused.
        const QByteArray none
            = QByteArray(R"({"alg":"none","typ":"JWT"})")
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(
            !AccessToken::verify(key, none + '.' + token.split('.')[1] + '.', 1001).has_value());
        QVERIFY(!AccessToken::verify(key, "garbage", 1001).has_value());
    }

    void passwordHashing()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("correct horse battery"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("correct horse")));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("correct horse battery")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("correct horse battery ")));
        QVERIFY(PasswordHasher::hash(QStringLiteral("correct horse battery")) != hash); // salted
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
    }

    void weakPasswords()
    {
        QVERIFY(!PasswordHasher::weakness(QStringLiteral("short")).isEmpty());
        QVERIFY(!PasswordHasher::weakness(QStringLiteral("password123")).isEmpty());
        QVERIFY(!PasswordHasher::weakness(QStringLiteral("aaaaaaaaaaaa")).isEmpty());
        QVERIFY(PasswordHasher::weakness(QStringLiteral("harbour-view-2026")).isEmpty());
    }

    void throttleAfterTenFailures()
    {
        LoginThrottle throttle;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 9; ++i)
            throttle.recordFailure(QStringLiteral("a@x.io"), QStringLiteral("10.0.0.1"), t0);
        QVERIFY(!throttle.blocked(QStringLiteral("a@x.io"), QStringLiteral("10.0.0.9"), t0));
        throttle.recordFailure(QStringLiteral("A@x.io"), QStringLiteral("10.0.0.1"), t0);
        QVERIFY(throttle.blocked(
            QStringLiteral("a@x.io"), QStringLiteral("10.0.0.9"), t0)); // by e-mail
        QVERIFY(throttle.blocked(
            QStringLiteral("b@x.io"), QStringLiteral("10.0.0.1"), t0)); // by address
        QVERIFY(!throttle.blocked(QStringLiteral("b@x.io"), QStringLiteral("10.0.0.2"), t0));
        QVERIFY(!throttle.blocked(
            QStringLiteral("a@x.io"), QStringLiteral("10.0.0.9"), t0.addSecs(15 * 60 + 1)));
    }
};

QTEST_APPLESS_MAIN(TestAuth)
#include "tst_auth.moc"
