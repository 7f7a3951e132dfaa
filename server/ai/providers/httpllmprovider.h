#pragma once
#include "ai/providers/circuitbreaker.h"
#include "ai/providers/llmprovider.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace jack::ai {

//! What the network gave back for one call, after timeouts and retries.
struct HttpAnswer {
    int status = 0; //!< 0 when no HTTP answer came
    QByteArray body;
    bool timedOut = false;
    bool networkError = false;
    QString networkErrorText;
    bool breakerOpen = false; //!< the call never went out: the provider is paused
    qint64 pausedForMs = 0;
    int attempts = 0;
    qint64 latencyMs = 0;
};

//! Shared machinery of the HTTP providers: time limits, retries with exponential back-off
//! (honouring Retry-After), the circuit breaker and readable failures.
class HttpLlmProvider : public QObject, public LlmProvider {
    Q_OBJECT
public:
    HttpLlmProvider(
        LlmProviderConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    [[nodiscard]] const LlmProviderConfig &config() const { return m_config; }
    [[nodiscard]] CircuitBreaker &breaker() { return m_breaker; }
    //! Milliseconds on a monotonic clock; tests move time on by hand.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    [[nodiscard]] qint64 now() const { return m_clock(); }

    //! True for answers worth retrying: no answer, 408, 429, 5xx (and Anthropic's 529).
    [[nodiscard]] static bool isRetryable(int status);

protected:
    struct CallOptions {
        bool useBreaker = true;
        int maxRetries = -1; //!< -1 = the configured number
    };
    using AnswerCallback = std::function<void(const HttpAnswer &)>;

    //! `verb` is "GET" or "POST"; `path` is appended to the base URL.
    void send(const QByteArray &verb, const QString &path, const QJsonDocument &body,
        AnswerCallback done, CallOptions options);
    void send(
        const QByteArray &verb, const QString &path, const QJsonDocument &body, AnswerCallback done)
    {
        send(verb, path, body, std::move(done), CallOptions {});
    }
    using ChatReader = std::function<bool(const QJsonObject &root, LlmResult &result)>;
    using EmbedReader = std::function<bool(const QJsonObject &root, EmbedResult &result)>;
    //! POSTs a chat request; `read` takes text, tokens and stop reason from the answer's JSON
    //! and returns false (with `result.error` set) when they are missing.
    void postChat(const QString &path, const QJsonObject &body, ChatReader read, ChatCallback done);
    //! POSTs an embeddings request; `read` fills the vectors in the order of the texts.
    void postEmbed(
        const QString &path, const QJsonObject &body, EmbedReader read, EmbedCallback done);
    //! GETs a JSON object for a connection test (no breaker, no retry); `check` turns it into
    //! the test's verdict. Failures and unreadable answers end the test with their reason.
    void testWithObject(const QString &path, TestCallback done,
        std::function<void(const QJsonObject &root, const TestCallback &done)> check);
    //! Adds the provider's credentials (never logged).
    virtual void authorise(QNetworkRequest &request) const = 0;

    //! A failed answer (or a non-2xx one) as a result with a readable error.
    [[nodiscard]] LlmResult failure(const HttpAnswer &answer) const;
    //! The JSON object of a 2xx answer; on failure fills `error` (and `retryable`).
    [[nodiscard]] bool parseObject(
        const HttpAnswer &answer, QJsonObject &root, QString &error, bool &retryable) const;
    [[nodiscard]] static EmbedResult embedFailure(const LlmResult &failure);
    [[nodiscard]] QString model(const LlmRequest &request) const;
    [[nodiscard]] int maxTokens(const LlmRequest &request) const;

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void finish(const std::shared_ptr<Call> &call, HttpAnswer answer);

    LlmProviderConfig m_config;
    QNetworkAccessManager *m_network;
    CircuitBreaker m_breaker;
    std::function<qint64()> m_clock;
};

} // namespace jack::ai
