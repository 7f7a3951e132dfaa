#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
struct AppSettings;
}

namespace jack::ai {

//! One turn of a conversation sent to a language model.
struct LlmMessage {
    QString role; //!< "user" or "assistant"; the system prompt travels separately
    QString content;
};

//! What to ask a language model.
struct LlmRequest {
    QString systemPrompt;
    QList<LlmMessage> messages;
    int maxTokens = 0; //!< 0 = the provider's configured maxTokens
    double temperature = 0.2;
    QString model; //!< empty = the configured model
};

//! A model's answer, or why there is none.
struct LlmResult {
    bool ok = false;
    QString text;
    int inputTokens = 0;
    int outputTokens = 0;
    qint64 latencyMs = 0; //!< from the first attempt to the final answer, retries included
    QString stopReason;
    QString error; //!< readable by staff and operators; never holds the API key
    bool retryable = false; //!< worth trying again later (throttled, down, timed out)
    int httpStatus = 0; //!< of the last attempt; 0 when no HTTP answer came
    int attempts = 0;
};

//! Embedding vectors in the order of the texts asked for, or why there are none.
struct EmbedResult {
    bool ok = false;
    QList<QList<float>> vectors;
    QString error;
    bool retryable = false;
    int httpStatus = 0;
    qint64 latencyMs = 0;
};

//! One provider's settings (the app of the same id in the catalog).
struct LlmProviderConfig {
    QString apiKey;
    QString model;
    QString utilityModel;
    QString embeddingModel;
    QString baseUrl; //!< without a trailing slash
    int maxTokens = 1024;
    int timeoutMs = 30000;
    int maxRetries = 2;
    int retryBaseMs = 500; //!< first back-off; doubles on each retry
    int maxRetryDelayMs = 30000; //!< longest wait, Retry-After included
    int breakerThreshold = 5; //!< consecutive failed calls that pause the provider
    int breakerCooldownMs = 30000;
    double inputCostPerMTok = 0.0; //!< USD per million input tokens, for cost estimates
    double outputCostPerMTok = 0.0;

    //! The estimated cost in USD of a call with these token counts.
    [[nodiscard]] double costOf(int inputTokens, int outputTokens) const
    {
        return (inputTokens * inputCostPerMTok + outputTokens * outputCostPerMTok) / 1e6;
    }

    [[nodiscard]] static LlmProviderConfig fromSettings(const storage::AppSettings &settings);
    [[nodiscard]] static LlmProviderConfig load(
        const QSqlDatabase &db, const ops::SecretStore &secrets, const QString &appId);
};

//! A language model service: chat completions, embeddings and a connection test. Every call
//! is asynchronous and calls its callback exactly once.
class LlmProvider {
public:
    using ChatCallback = std::function<void(const LlmResult &)>;
    using EmbedCallback = std::function<void(const EmbedResult &)>;
    using TestCallback = std::function<void(bool ok, const QString &message)>;

    virtual ~LlmProvider() = default;
    //! The provider's name as staff know it ("Anthropic", "Ollama"…).
    [[nodiscard]] virtual QString displayName() const = 0;
    virtual void chat(const LlmRequest &request, ChatCallback done) = 0;
    virtual void embed(const QStringList &texts, EmbedCallback done) = 0;
    virtual void testConnection(TestCallback done) = 0;
};

} // namespace jack::ai
