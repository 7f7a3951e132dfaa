// The LLM provider clients against FakeLlmServer: request shapes, parsing, timeouts,
// retries, malformed answers and the circuit breaker.
#include "ai/providers/anthropicprovider.h"
#include "ai/providers/circuitbreaker.h"
#include "ai/providers/ollamaprovider.h"
#include "ai/providers/openaiprovider.h"
#include "llm/fakellmserver.h"
#include "storage/appsettings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>
#include <tuple>

using namespace jack::ai;
using Fault = FakeLlmServer::Fault;

namespace {
constexpr int kDeadlineMs = 10000;
}

class TestLlmProviders : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeLlmServer> m_server;

    LlmProviderConfig config(const QString &kind) const
    {
        LlmProviderConfig c;
        c.baseUrl = m_server->baseUrl();
        c.maxTokens = 256;
        c.timeoutMs = 5000;
        c.retryBaseMs = 20;
        if (kind == QLatin1String("anthropic")) {
            c.apiKey = QStringLiteral("sk-ant-test");
            c.model = QStringLiteral("claude-test");
        } else if (kind == QLatin1String("openai")) {
            c.apiKey = QStringLiteral("sk-test");
            c.baseUrl += QStringLiteral("/v1");
            c.model = QStringLiteral("gpt-test");
            c.embeddingModel = QStringLiteral("embed-test");
        } else {
            c.model = QStringLiteral("llama3.1:8b");
            c.embeddingModel = QStringLiteral("nomic-embed-text");
        }
        return c;
    }

    std::unique_ptr<HttpLlmProvider> make(const QString &kind, const LlmProviderConfig &c)
    {
        if (kind == QLatin1String("anthropic"))
            return std::make_unique<AnthropicProvider>(c, &m_network);
        if (kind == QLatin1String("openai"))
            return std::make_unique<OpenAiProvider>(c, &m_network);
        return std::make_unique<OllamaProvider>(c, &m_network);
    }
    std::unique_ptr<HttpLlmProvider> make(const QString &kind) { return make(kind, config(kind)); }

    static LlmRequest guestQuestion()
    {
        LlmRequest r;
        r.systemPrompt = QStringLiteral("You are the concierge.");
        r.messages = { { QStringLiteral("user"), QStringLiteral("When is breakfast?") },
            { QStringLiteral("assistant"), QStringLiteral("Let me check.") },
            { QStringLiteral("user"), QStringLiteral("Thanks") } };
        r.maxTokens = 300;
        r.temperature = 0.5;
        return r;
    }

    //! Runs one chat and waits for its answer.
    static LlmResult chat(HttpLlmProvider &provider, const LlmRequest &request)
    {
        std::optional<LlmResult> result;
        provider.chat(request, [&result](const LlmResult &r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, kDeadlineMs))
            qWarning("no chat answer within the deadline");
        return result.value_or(LlmResult {});
    }
    static EmbedResult embed(HttpLlmProvider &provider, const QStringList &texts)
    {
        std::optional<EmbedResult> result;
        provider.embed(texts, [&result](const EmbedResult &r) { result = r; });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, kDeadlineMs))
            qWarning("no embeddings within the deadline");
        return result.value_or(EmbedResult {});
    }
    static QPair<bool, QString> test(HttpLlmProvider &provider)
    {
        std::optional<QPair<bool, QString>> result;
        provider.testConnection(
            [&result](bool ok, const QString &message) { result = qMakePair(ok, message); });
        if (!QTest::qWaitFor([&result]() { return result.has_value(); }, kDeadlineMs))
            return qMakePair(false, QStringLiteral("no answer within the deadline"));
        return *result;
    }

    static void addKinds()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("anthropic") << QStringLiteral("anthropic");
        QTest::newRow("openai") << QStringLiteral("openai");
        QTest::newRow("ollama") << QStringLiteral("ollama");
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->start());
        m_server->setReply(QStringLiteral("Breakfast is from 7 to 10."), 42, 9);
    }
    void cleanup() { m_server.reset(); }

    void anthropicRequestAndReply()
    {
        auto provider = make(QStringLiteral("anthropic"));
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("Breakfast is from 7 to 10."));
        QCOMPARE(r.inputTokens, 42);
        QCOMPARE(r.outputTokens, 9);
        QCOMPARE(r.stopReason, QStringLiteral("end_turn"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 1);

        QCOMPARE(m_server->requests().size(), 1);
        const LlmServerRequest sent = m_server->requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QStringLiteral("/v1/messages"));
        QCOMPARE(sent.header("x-api-key"), QByteArray("sk-ant-test"));
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(sent.header("content-type").startsWith("application/json"));
        QVERIFY(!sent.hasHeader("authorization"));
        QCOMPARE(sent.json.value("model").toString(), QStringLiteral("claude-test"));
        QCOMPARE(sent.json.value("max_tokens").toInt(), 300);
        QCOMPARE(sent.json.value("system").toString(), QStringLiteral("You are the concierge."));
        const QJsonArray messages = sent.json.value("messages").toArray();
        QCOMPARE(messages.size(), 3);
        for (const QJsonValue &m : messages)
            QVERIFY(m.toObject().value("role").toString() != QLatin1String("system"));
        QCOMPARE(messages.first().toObject().value("content").toString(),
            QStringLiteral("When is breakfast?"));
    }

    void openAiRequestAndReply()
    {
        auto provider = make(QStringLiteral("openai"));
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("Breakfast is from 7 to 10."));
        QCOMPARE(r.inputTokens, 42);
        QCOMPARE(r.outputTokens, 9);
        QCOMPARE(r.stopReason, QStringLiteral("stop"));

        const LlmServerRequest sent = m_server->requests().first();
        QCOMPARE(sent.path, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer sk-test"));
        QCOMPARE(sent.json.value("model").toString(), QStringLiteral("gpt-test"));
        QCOMPARE(sent.json.value("max_tokens").toInt(), 300);
        QCOMPARE(sent.json.value("temperature").toDouble(), 0.5);
        QVERIFY(!sent.json.contains("system"));
        const QJsonArray messages = sent.json.value("messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value("role").toString(), QStringLiteral("system"));
        QCOMPARE(messages.at(0).toObject().value("content").toString(),
            QStringLiteral("You are the concierge."));
        QCOMPARE(messages.at(2).toObject().value("role").toString(), QStringLiteral("assistant"));
    }

    void openAiWithoutKeySendsNoAuthorization()
    {
        LlmProviderConfig c = config(QStringLiteral("openai"));
        c.apiKey.clear();
        auto provider = make(QStringLiteral("openai"), c);
        QVERIFY(chat(*provider, guestQuestion()).ok);
        QVERIFY(!m_server->requests().first().hasHeader("authorization"));
    }

    void ollamaRequestAndReply()
    {
        auto provider = make(QStringLiteral("ollama"));
        LlmRequest request = guestQuestion();
        request.maxTokens = 0; // the configured 256
        const LlmResult r = chat(*provider, request);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("Breakfast is from 7 to 10."));
        QCOMPARE(r.inputTokens, 42);
        QCOMPARE(r.outputTokens, 9);

        const LlmServerRequest sent = m_server->requests().first();
        QCOMPARE(sent.path, QStringLiteral("/api/chat"));
        QCOMPARE(sent.json.value("model").toString(), QStringLiteral("llama3.1:8b"));
        QCOMPARE(sent.json.value("stream").toBool(true), false);
        const QJsonObject options = sent.json.value("options").toObject();
        QCOMPARE(options.value("num_predict").toInt(), 256);
        QCOMPARE(options.value("temperature").toDouble(), 0.5);
        const QJsonArray messages = sent.json.value("messages").toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value("role").toString(), QStringLiteral("system"));
    }

    void timeoutIsRetryable_data() { addKinds(); }
    void timeoutIsRetryable()
    {
        QFETCH(QString, kind);
        LlmProviderConfig c = config(kind);
        c.timeoutMs = 300;
        c.maxRetries = 0;
        auto provider = make(kind, c);
        m_server->failNext(1, Fault::Delay, 0, 3000);
        QElapsedTimer clock;
        clock.start();
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY(!r.ok);
        QVERIFY(r.retryable);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(
            r.error.contains(QLatin1String("did not answer within 0.3 s")), qPrintable(r.error));
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimitedThenAnswered_data() { addKinds(); }
    void rateLimitedThenAnswered()
    {
        QFETCH(QString, kind);
        auto provider = make(kind);
        m_server->failNext(1, Fault::RateLimit, 1);
        QElapsedTimer clock;
        clock.start();
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server->requests().size(), 2);
        // Retry-After: 1 wins over the 20 ms back-off.
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    }

    void overloadedThenAnswered()
    {
        auto provider = make(QStringLiteral("anthropic"));
        m_server->failNext(2, Fault::Overloaded);
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 3);
    }

    void serverErrorsExhaustRetries_data() { addKinds(); }
    void serverErrorsExhaustRetries()
    {
        QFETCH(QString, kind);
        auto provider = make(kind);
        m_server->failNext(3, Fault::ServerError);
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY(!r.ok);
        QVERIFY(r.retryable);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.attempts, 3); // the first try and two retries
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY2(r.error.contains(QLatin1String("server error (HTTP 500) after 3 attempts")),
            qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("Internal error")));
        QVERIFY(!r.error.contains(QLatin1String("sk-")));
    }

    void oneServerErrorWithoutRetries()
    {
        LlmProviderConfig c = config(QStringLiteral("openai"));
        c.maxRetries = 1;
        auto provider = make(QStringLiteral("openai"), c);
        m_server->failNext(2, Fault::ServerError);
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY(!r.ok);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        for (const char *kind : { "anthropic", "openai", "ollama" }) {
            QTest::addRow("%s-truncated", kind) << QString::fromLatin1(
                kind) << int(Fault::Truncated) << QStringLiteral("incomplete answer");
            QTest::addRow("%s-html", kind)
                << QString::fromLatin1(kind) << int(Fault::NotJson) << QStringLiteral("not JSON");
        }
    }
    void malformedAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(int, fault);
        QFETCH(QString, expected);
        auto provider = make(kind);
        m_server->failNext(1, Fault(fault));
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(r.text.isEmpty());
        // Embeddings survive the same.
        if (kind != QLatin1String("anthropic")) {
            m_server->failNext(1, Fault(fault));
            const EmbedResult e = embed(*provider, { QStringLiteral("a") });
            QVERIFY(!e.ok);
            QVERIFY2(e.error.contains(expected), qPrintable(e.error));
        }
    }

    void embeddingsInOrder_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("openai") << QStringLiteral("openai");
        QTest::newRow("ollama") << QStringLiteral("ollama");
    }
    void embeddingsInOrder()
    {
        QFETCH(QString, kind);
        auto provider = make(kind);
        const QStringList texts { QStringLiteral("pool"), QStringLiteral("breakfast hours"),
            QStringLiteral("late checkout") };
        const EmbedResult r = embed(*provider, texts);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.vectors.size(), 3);
        for (int i = 0; i < texts.size(); ++i)
            QCOMPARE(r.vectors.at(i), FakeLlmServer::embeddingOf(texts.at(i)));
        const LlmServerRequest sent = m_server->requests().first();
        QCOMPARE(sent.path,
            kind == QLatin1String("openai") ? QStringLiteral("/v1/embeddings")
                                            : QStringLiteral("/api/embed"));
        QCOMPARE(sent.json.value("input").toArray().size(), 3);
        QVERIFY(!sent.json.value("model").toString().isEmpty());
    }

    void anthropicHasNoEmbeddings()
    {
        auto provider = make(QStringLiteral("anthropic"));
        const EmbedResult r = embed(*provider, { QStringLiteral("pool") });
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("no embeddings")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void ollamaConnectionTest()
    {
        auto provider = make(QStringLiteral("ollama"));
        m_server->setInstalledModels(
            { QStringLiteral("llama3.1:8b"), QStringLiteral("nomic-embed-text:latest") });
        auto [ok, message] = test(*provider);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/api/tags"));

        m_server->setInstalledModels({ QStringLiteral("nomic-embed-text:latest") });
        std::tie(ok, message) = test(*provider);
        QVERIFY(!ok);
        QCOMPARE(message,
            QStringLiteral("Ollama is running, but model llama3.1:8b is not installed — run "
                           "ollama pull llama3.1:8b"));
    }

    void anthropicConnectionTest()
    {
        auto provider = make(QStringLiteral("anthropic"));
        const auto [ok, message] = test(*provider);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_server->requests().first().json.value("max_tokens").toInt(), 1);
    }

    void openAiConnectionTest()
    {
        auto provider = make(QStringLiteral("openai"));
        m_server->setInstalledModels({ QStringLiteral("gpt-test"), QStringLiteral("other") });
        auto [ok, message] = test(*provider);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/models"));
        QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
        m_server->setInstalledModels({ QStringLiteral("other") });
        std::tie(ok, message) = test(*provider);
        QVERIFY(!ok);
        QVERIFY2(
            message.contains(QLatin1String("does not offer model gpt-test")), qPrintable(message));
    }

    void unreachableServer()
    {
        LlmProviderConfig c = config(QStringLiteral("ollama"));
        m_server.reset(); // the port is free again
        c.maxRetries = 0;
        auto provider = make(QStringLiteral("ollama"), c);
        const LlmResult r = chat(*provider, guestQuestion());
        QVERIFY(!r.ok);
        QVERIFY(r.retryable);
        QVERIFY2(r.error.contains(QLatin1String("could not be reached")), qPrintable(r.error));
        m_server = std::make_unique<FakeLlmServer>();
    }

    void breakerStates()
    {
        CircuitBreaker breaker(3, 1000);
        QVERIFY(breaker.allow(0));
        breaker.recordFailure(0);
        breaker.recordFailure(10);
        QCOMPARE(breaker.state(10), CircuitBreaker::State::Closed);
        breaker.recordSuccess(); // resets the count
        breaker.recordFailure(20);
        breaker.recordFailure(30);
        QVERIFY(breaker.allow(30));
        breaker.recordFailure(40);
        QCOMPARE(breaker.state(40), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allow(500));
        QCOMPARE(breaker.remainingCooldownMs(500), qint64(540));
        // Cooldown over: one probe, and only one.
        QCOMPARE(breaker.state(1040), CircuitBreaker::State::HalfOpen);
        QVERIFY(breaker.allow(1040));
        QVERIFY(!breaker.allow(1041));
        // A failed probe re-opens at once for a full cooldown.
        breaker.recordFailure(1100);
        QCOMPARE(breaker.state(1100), CircuitBreaker::State::Open);
        QVERIFY(!breaker.allow(2000));
        QVERIFY(breaker.allow(2100));
        breaker.recordSuccess();
        QCOMPARE(breaker.state(2100), CircuitBreaker::State::Closed);
        QVERIFY(breaker.allow(2101));
        QVERIFY(breaker.allow(2102));
    }

    void providerBreakerPausesAndRecovers()
    {
        LlmProviderConfig c = config(QStringLiteral("anthropic"));
        c.maxRetries = 0;
        c.breakerThreshold = 2;
        c.breakerCooldownMs = 60000;
        auto provider = make(QStringLiteral("anthropic"), c);
        qint64 now = 1000;
        provider->setClock([&now]() { return now; });
        m_server->failNext(2, Fault::Overloaded);
        QVERIFY(!chat(*provider, guestQuestion()).ok);
        QVERIFY(!chat(*provider, guestQuestion()).ok);
        QCOMPARE(m_server->requests().size(), 2);

        const LlmResult paused = chat(*provider, guestQuestion());
        QVERIFY(!paused.ok);
        QVERIFY(paused.retryable);
        QVERIFY2(paused.error.contains(QLatin1String("paused after 2 failed calls")),
            qPrintable(paused.error));
        QCOMPARE(m_server->requests().size(), 2); // nothing went out

        now += 60000;
        const LlmResult probe = chat(*provider, guestQuestion());
        QVERIFY2(probe.ok, qPrintable(probe.error));
        QCOMPARE(provider->breaker().state(now), CircuitBreaker::State::Closed);
        QVERIFY(chat(*provider, guestQuestion()).ok);
        QCOMPARE(m_server->requests().size(), 4);
    }

    void configFromSettings()
    {
        jack::storage::AppSettings settings;
        settings.appId = QStringLiteral("openai");
        settings.values = { { "apiKey", "sk-x" }, { "model", "m" }, { "utilityModel", "u" },
            { "embeddingModel", "e" }, { "baseUrl", "http://localhost:8000/v1/" },
            { "maxTokens", "512" }, { "timeoutMs", "not a number" } };
        const LlmProviderConfig c = LlmProviderConfig::fromSettings(settings);
        QCOMPARE(c.apiKey, QStringLiteral("sk-x"));
        QCOMPARE(c.model, QStringLiteral("m"));
        QCOMPARE(c.utilityModel, QStringLiteral("u"));
        QCOMPARE(c.embeddingModel, QStringLiteral("e"));
        QCOMPARE(c.baseUrl, QStringLiteral("http://localhost:8000/v1"));
        QCOMPARE(c.maxTokens, 512);
        QCOMPARE(c.timeoutMs, 30000);
    }
};

QTEST_MAIN(TestLlmProviders)
#include "tst_llmproviders.moc"
