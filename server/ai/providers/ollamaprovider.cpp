#include "ai/providers/ollamaprovider.h"

#include <QJsonArray>
#include <QJsonObject>

namespace jack::ai {

QString OllamaProvider::displayName() const
{
    return QStringLiteral("Ollama");
}

void OllamaProvider::authorise(QNetworkRequest &request) const
{
    Q_UNUSED(request); // Ollama has no authentication of its own.
}

void OllamaProvider::chat(const LlmRequest &request, ChatCallback done)
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject { { "role", "system" }, { "content", request.systemPrompt } });
    for (const LlmMessage &m : request.messages)
        messages.append(QJsonObject { { "role", m.role }, { "content", m.content } });
    const QJsonObject body { { "model", model(request) }, { "messages", messages },
        { "stream", false },
        { "options",
            QJsonObject {
                { "num_predict", maxTokens(request) }, { "temperature", request.temperature } } } };
    postChat(
        QStringLiteral("/api/chat"), body,
        [](const QJsonObject &root, LlmResult &r) {
            const QJsonValue content
                = root.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
            if (!content.isString()) {
                r.error = QStringLiteral("Ollama answered without a message (HTTP %1)")
                              .arg(r.httpStatus);
                return false;
            }
            r.text = content.toString();
            r.inputTokens = root.value(QLatin1String("prompt_eval_count")).toInt();
            r.outputTokens = root.value(QLatin1String("eval_count")).toInt();
            r.stopReason = root.value(QLatin1String("done_reason")).toString();
            return true;
        },
        std::move(done));
}

void OllamaProvider::embed(const QStringList &texts, EmbedCallback done)
{
    const QJsonObject body { { "model", config().embeddingModel },
        { "input", QJsonArray::fromStringList(texts) } };
    postEmbed(
        QStringLiteral("/api/embed"), body,
        [count = texts.size()](const QJsonObject &root, EmbedResult &r) {
            for (const QJsonValue &e : root.value(QLatin1String("embeddings")).toArray()) {
                QList<float> vector;
                for (const QJsonValue &v : e.toArray())
                    vector.append(float(v.toDouble()));
                if (vector.isEmpty())
                    break;
                r.vectors.append(vector);
            }
            if (r.vectors.size() != count) {
                r.error = QStringLiteral("Ollama returned %1 of %2 embeddings")
                              .arg(r.vectors.size())
                              .arg(count);
                return false;
            }
            return true;
        },
        std::move(done));
}

void OllamaProvider::testConnection(TestCallback done)
{
    testWithObject(QStringLiteral("/api/tags"), std::move(done),
        [this](const QJsonObject &root, const TestCallback &done) {
            QStringList installed;
            for (const QJsonValue &m : root.value(QLatin1String("models")).toArray())
                installed.append(m.toObject().value(QLatin1String("name")).toString());
            // "llama3.1" is installed as "llama3.1:latest".
            const auto has = [&installed](const QString &model) {
                return installed.contains(model)
                    || (!model.contains(QLatin1Char(':'))
                        && installed.contains(model + QStringLiteral(":latest")));
            };
            for (const QString &model :
                { config().model, config().utilityModel, config().embeddingModel }) {
                if (!model.isEmpty() && !has(model))
                    return done(false,
                        QStringLiteral("Ollama is running, but model %1 is not installed — run "
                                       "ollama pull %1")
                            .arg(model));
            }
            done(true,
                QStringLiteral("Connected to Ollama at %1 (%2 models installed)")
                    .arg(config().baseUrl)
                    .arg(installed.size()));
        });
}

} // namespace jack::ai
