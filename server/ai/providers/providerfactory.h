#pragma once
#include "ai/providers/llmprovider.h"

class QNetworkAccessManager;
class QObject;

namespace jack::ai {

class HttpLlmProvider;

//! True for the app ids that are language model providers: anthropic, openai, ollama.
[[nodiscard]] bool isLlmProviderApp(const QString &appId);

//! The client for a provider app, built from its settings; nullptr for an unknown id (offline
//! included: the offline engine is not an HTTP provider). Owned by `parent`.
[[nodiscard]] HttpLlmProvider *createLlmProvider(const QString &appId,
    const LlmProviderConfig &config, QNetworkAccessManager *network, QObject *parent);

} // namespace jack::ai
