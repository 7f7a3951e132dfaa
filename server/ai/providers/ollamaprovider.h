#pragma once
#include "ai/providers/httpllmprovider.h"

namespace jack::ai {

//! Ollama's own API (https://github.com/ollama/ollama/blob/main/docs/api.md), non-streaming.
class OllamaProvider final : public HttpLlmProvider {
    Q_OBJECT
public:
    using HttpLlmProvider::HttpLlmProvider;

    [[nodiscard]] QString displayName() const override;
    void chat(const LlmRequest &request, ChatCallback done) override;
    void embed(const QStringList &texts, EmbedCallback done) override;
    void testConnection(TestCallback done) override;

protected:
    void authorise(QNetworkRequest &request) const override;
};

} // namespace jack::ai
