#include "ai/providers/providerfactory.h"

#include "ai/providers/anthropicprovider.h"
#include "ai/providers/ollamaprovider.h"
#include "ai/providers/openaiprovider.h"

namespace jack::ai {

bool isLlmProviderApp(const QString &appId)
{
    return appId == QLatin1String("anthropic") || appId == QLatin1String("openai")
        || appId == QLatin1String("ollama");
}

HttpLlmProvider *createLlmProvider(const QString &appId, const LlmProviderConfig &config,
    QNetworkAccessManager *network, QObject *parent)
{
    if (appId == QLatin1String("anthropic"))
        return new AnthropicProvider(config, network, parent);
    if (appId == QLatin1String("openai"))
        return new OpenAiProvider(config, network, parent);
    if (appId == QLatin1String("ollama"))
        return new OllamaProvider(config, network, parent);
    return nullptr;
}

} // namespace jack::ai
