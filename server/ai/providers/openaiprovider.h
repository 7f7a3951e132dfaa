#pragma once
#include "ai/providers/httpllmprovider.h"

namespace jack::ai {

//! OpenAI chat completions and embeddings; also vLLM, llama.cpp server, LM Studio and other
//! compatible servers (no key = no Authorization header).
class OpenAiProvider final : public HttpLlmProvider {
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
