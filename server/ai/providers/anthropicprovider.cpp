#include "ai/providers/anthropicprovider.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace jack::ai {

QString AnthropicProvider::displayName() const
{
    return QStringLiteral("Anthropic");
}

void AnthropicProvider::authorise(QNetworkRequest &request) const
{
    request.setRawHeader("x-api-key", config().apiKey.toUtf8());
    request.setRawHeader("anthropic-version", "2023-06-01");
}

void AnthropicProvider::chat(const LlmRequest &request, ChatCallback done)
{
    QJsonArray messages;
    for (const LlmMessage &m : request.messages) {
        // The Messages API takes only user/assistant turns; the system prompt has its own field.
        if (m.role == QLatin1String("system"))
            continue;
        messages.append(QJsonObject { { "role", m.role }, { "content", m.content } });
    }
    QJsonObject body { { "model", model(request) }, { "max_tokens", maxTokens(request) },
        { "messages", messages }, { "temperature", request.temperature } };
    if (!request.systemPrompt.isEmpty())
        body.insert(QStringLiteral("system"), request.systemPrompt);
    postChat(
        QStringLiteral("/v1/messages"), body,
        [](const QJsonObject &root, LlmResult &r) {
            const QJsonValue content = root.value(QLatin1String("content"));
            if (!content.isArray()) {
                r.error = QStringLiteral("Anthropic answered without any content (HTTP %1)")
                              .arg(r.httpStatus);
                return false;
            }
            for (const QJsonValue &block : content.toArray()) {
                const QJsonObject b = block.toObject();
                if (b.value(QLatin1String("type")).toString() == QLatin1String("text"))
                    r.text += b.value(QLatin1String("text")).toString();
            }
            const QJsonObject usage = root.value(QLatin1String("usage")).toObject();
            r.inputTokens = usage.value(QLatin1String("input_tokens")).toInt();
            r.outputTokens = usage.value(QLatin1String("output_tokens")).toInt();
            r.stopReason = root.value(QLatin1String("stop_reason")).toString();
            return true;
        },
        std::move(done));
}

void AnthropicProvider::embed(const QStringList &texts, EmbedCallback done)
{
    Q_UNUSED(texts);
    EmbedResult r;
    r.error = QStringLiteral("Anthropic has no embeddings API: choose OpenAI or Ollama for "
                             "knowledge search");
    // Asynchronous like a real answer, so callers never re-enter themselves.
    QTimer::singleShot(0, this, [r, done = std::move(done)]() { done(r); });
}

void AnthropicProvider::testConnection(TestCallback done)
{
    // Anthropic has no free "who am I" call: the cheapest proof is a one-token answer.
    QJsonObject body { { "model", config().model }, { "max_tokens", 1 },
        { "messages", QJsonArray { QJsonObject { { "role", "user" }, { "content", "ping" } } } } };
    send(
        "POST", QStringLiteral("/v1/messages"), QJsonDocument(body),
        [this, done = std::move(done)](const HttpAnswer &answer) {
            if (answer.status < 200 || answer.status >= 300)
                return done(false, failure(answer).error);
            done(true, QStringLiteral("Connected to Anthropic (model %1)").arg(config().model));
        },
        CallOptions { false, 0 });
}

} // namespace jack::ai
