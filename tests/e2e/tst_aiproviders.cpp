// The AI provider apps as an admin meets them: saved through the API with the key masked, and
// "Test connection" making a real minimal call to the configured server (here a fake on
// loopback speaking the Anthropic, OpenAI and Ollama dialects).
#include "e2esupport.h"
#include "jackserverprocess.h"
#include "llm/fakellmserver.h"

#include <QJsonArray>
#include <QTest>

class TestAiProviders : public QObject {
    Q_OBJECT

private:
    FakeLlmServer m_llm;
    JackServerProcess m_hub;

    JsonHttpClient &api() { return m_hub.api(); }

    HttpReply configure(const QString &app, const QJsonObject &config)
    {
        return api().put(QStringLiteral("/api/v1/apps/%1").arg(app),
            QJsonObject { { "enabled", true }, { "config", config } });
    }

    QJsonObject test(const QString &app)
    {
        const HttpReply r = api().post(QStringLiteral("/api/v1/apps/%1/test").arg(app), {});
        return r.status == 200 ? r.object() : QJsonObject { { "status", r.status } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_llm.start());
        m_llm.setInstalledModels({ QStringLiteral("llama3.1:8b"), QStringLiteral("llama3.2:3b"),
            QStringLiteral("nomic-embed-text:latest"), QStringLiteral("gpt-4o-mini") });
        QVERIFY2(m_hub.start(), qPrintable(m_hub.errorString()));
    }

    void cleanupTestCase() { QVERIFY2(m_hub.terminate(), qPrintable(m_hub.errorString())); }

    void ollamaIsTestedAgainstItsServer()
    {
        QCOMPARE(
            configure(QStringLiteral("ollama"), { { "baseUrl", m_llm.baseUrl() } }).status, 200);
        m_llm.clearRequests();
        const QJsonObject result = test(QStringLiteral("ollama"));
        QVERIFY2(result.value("ok").toBool(), E2e::compact(result).constData());
        QVERIFY(result.value("message").toString().contains(QLatin1String("Ollama")));
        QVERIFY(!m_llm.requests().isEmpty());
        QCOMPARE(m_llm.requests().first().path, QStringLiteral("/api/tags"));

        // A model that is not installed is named, with what to do about it.
        QCOMPARE(configure(QStringLiteral("ollama"), { { "model", "mistral:7b" } }).status, 200);
        const QJsonObject missing = test(QStringLiteral("ollama"));
        QCOMPARE(missing.value("ok").toBool(), false);
        QVERIFY2(missing.value("message").toString().contains(QLatin1String("mistral:7b")),
            E2e::compact(missing).constData());
    }

    void anthropicKeyIsMaskedAndUsed()
    {
        const HttpReply saved = configure(QStringLiteral("anthropic"),
            { { "apiKey", "sk-ant-test-key-0123456789" }, { "baseUrl", m_llm.baseUrl() } });
        QCOMPARE(saved.status, 200);
        QVERIFY(!saved.body.contains("sk-ant-test-key-0123456789"));
        m_llm.clearRequests();
        const QJsonObject result = test(QStringLiteral("anthropic"));
        QVERIFY2(result.value("ok").toBool(), E2e::compact(result).constData());
        QVERIFY(!m_llm.requests().isEmpty());
        QCOMPARE(m_llm.requests().first().path, QStringLiteral("/v1/messages"));
        QCOMPARE(
            m_llm.requests().first().header("x-api-key"), QByteArray("sk-ant-test-key-0123456789"));
        QVERIFY(!result.value("message").toString().contains(QLatin1String("sk-ant")));
    }

    void unreachableProviderIsReadable()
    {
        QCOMPARE(
            configure(QStringLiteral("openai"), { { "baseUrl", "http://127.0.0.1:9/v1" } }).status,
            200);
        const QJsonObject result = test(QStringLiteral("openai"));
        QCOMPARE(result.value("ok").toBool(), false);
        QVERIFY2(!result.value("message").toString().isEmpty(), E2e::compact(result).constData());
    }
};

QTEST_GUILESS_MAIN(TestAiProviders)
#include "tst_aiproviders.moc"
