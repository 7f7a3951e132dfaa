#include "ai/providers/openaiprovider.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace jack::ai {

QString OpenAiProvider::displayName() const
{
    return QStringLiteral("OpenAI");
}

void OpenAiProvider::authorise(QNetworkRequest &request) const
{
    // Local servers (llama.cpp, LM Studio) run without a key.
    if (!config().apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + config().apiKey.toUtf8());
}

void OpenAiProvider::chat(const LlmRequest &request, ChatCallback done)
{
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(QJsonObject { { "role", "system" }, { "content", request.systemPrompt } });
    for (const LlmMessage &m : request.messages)
        messages.append(QJsonObject { { "role", m.role }, { "content", m.content } });
    const QJsonObject body { { "model", model(request) }, { "messages", messages },
        { "max_tokens", maxTokens(request) }, { "temperature", request.temperature } };
    postChat(
        QStringLiteral("/chat/completions"), body,
        [](const QJsonObject &root, LlmResult &r) {
            const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
            const QJsonObject message
                = choices.first().toObject().value(QLatin1String("message")).toObject();
            if (choices.isEmpty() || !message.value(QLatin1String("content")).isString()) {
                r.error = QStringLiteral("OpenAI answered without a message (HTTP %1)")
                              .arg(r.httpStatus);
                return false;
            }
            r.text = message.value(QLatin1String("content")).toString();
            r.stopReason
                = choices.first().toObject().value(QLatin1String("finish_reason")).toString();
            const QJsonObject usage = root.value(QLatin1String("usage")).toObject();
            r.inputTokens = usage.value(QLatin1String("prompt_tokens")).toInt();
            r.outputTokens = usage.value(QLatin1String("completion_tokens")).toInt();
            return true;
        },
        std::move(done));
}

void OpenAiProvider::embed(const QStringList &texts, EmbedCallback done)
{
    const QJsonObject body { { "model", config().embeddingModel },
        { "input", QJsonArray::fromStringList(texts) } };
    postEmbed(
        QStringLiteral("/embeddings"), body,
        [count = texts.size()](const QJsonObject &root, EmbedResult &r) {
            // Each item carries its "index"; the order of `data` is not promised.
            QList<QList<float>> vectors(count);
            int filled = 0;
            for (const QJsonValue &item : root.value(QLatin1String("data")).toArray()) {
                const QJsonObject o = item.toObject();
                const int index = o.value(QLatin1String("index")).toInt(-1);
                const QJsonArray values = o.value(QLatin1String("embedding")).toArray();
                if (index < 0 || index >= count || values.isEmpty() || !vectors[index].isEmpty())
                    continue;
                for (const QJsonValue &v : values)
                    vectors[index].append(float(v.toDouble()));
                ++filled;
            }
            if (filled != count) {
                r.error
                    = QStringLiteral("OpenAI returned %1 of %2 embeddings").arg(filled).arg(count);
                return false;
            }
            r.vectors = std::move(vectors);
            return true;
        },
        std::move(done));
}

void OpenAiProvider::testConnection(TestCallback done)
{
    testWithObject(QStringLiteral("/models"), std::move(done),
        [this](const QJsonObject &root, const TestCallback &done) {
            QStringList ids;
            for (const QJsonValue &m : root.value(QLatin1String("data")).toArray())
                ids.append(m.toObject().value(QLatin1String("id")).toString());
            const QString model = config().model;
            if (!ids.isEmpty() && !model.isEmpty() && !ids.contains(model))
                return done(false,
                    QStringLiteral("Connected to %1, but it does not offer model %2 (it offers "
                                   "%3)")
                        .arg(config().baseUrl, model, ids.mid(0, 10).join(QStringLiteral(", "))));
            done(true, QStringLiteral("Connected to %1 (model %2)").arg(config().baseUrl, model));
        });
}

} // namespace jack::ai
