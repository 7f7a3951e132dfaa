#include "channels/retrypolicy.h"
#include "channels/whatsapp/graphclient.h"

#include <QTest>

using namespace jack::channels;
using namespace std::chrono;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsAndIsCapped()
    {
        QCOMPARE(RetryPolicy::delayAfter(1), milliseconds(2000));
        QCOMPARE(RetryPolicy::delayAfter(2), milliseconds(4000));
        QCOMPARE(RetryPolicy::delayAfter(3), milliseconds(8000));
        QVERIFY(RetryPolicy::delayAfter(2) < seconds(10)); // first retries within seconds
        QCOMPARE(RetryPolicy::delayAfter(9), milliseconds(minutes(5)));
        QCOMPARE(RetryPolicy::delayAfter(40), milliseconds(minutes(5)));
        milliseconds total(0);
        for (int i = 1; i < RetryPolicy::kMaxAttempts; ++i)
            total += RetryPolicy::delayAfter(i);
        QVERIFY(total > minutes(10)); // an outage of minutes is ridden out
        QVERIFY(total < hours(1)); // but staff hear of a failure the same hour
        QVERIFY(!RetryPolicy::exhausted(RetryPolicy::kMaxAttempts - 1));
        QVERIFY(RetryPolicy::exhausted(RetryPolicy::kMaxAttempts));
    }

    void graphAnswersMapToOutcomes()
    {
        const auto ok = GraphClient::classify(
            200, R"({"messaging_product":"whatsapp","messages":[{"id":"wamid.X"}]})", false, {});
        QCOMPARE(ok.outcome, SendOutcome::Sent);
        QCOMPARE(ok.channelMessageId, QStringLiteral("wamid.X"));

        QCOMPARE(GraphClient::classify(200, "{}", false, {}).outcome, SendOutcome::Retry);
        QCOMPARE(GraphClient::classify(0, {}, true, QStringLiteral("Connection refused")).outcome,
            SendOutcome::Retry);
        QCOMPARE(GraphClient::classify(429, {}, false, {}).outcome, SendOutcome::Retry);
        QCOMPARE(GraphClient::classify(503, {}, false, {}).outcome, SendOutcome::Retry);
        QCOMPARE(
            GraphClient::classify(400, R"({"error":{"message":"rate","code":130429}})", false, {})
                .outcome,
            SendOutcome::Retry);

        const auto window = GraphClient::classify(400,
            R"({"error":{"message":"Re-engagement message","type":"OAuthException","code":131047}})",
            false, {});
        QCOMPARE(window.outcome, SendOutcome::Failed);
        QVERIFY(window.error.contains(QStringLiteral("24-hour")));
        const auto token = GraphClient::classify(
            401, R"({"error":{"message":"Invalid OAuth access token","code":190}})", false, {});
        QCOMPARE(token.outcome, SendOutcome::Failed);
        QVERIFY(token.error.contains(QStringLiteral("access token")));
        QVERIFY(!token.error.contains(QStringLiteral("EAAG")));
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
