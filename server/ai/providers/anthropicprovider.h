#pragma once
#include "ai/providers/httpllmprovider.h"

namespace jack::ai {

//! Anthropic Messages API (https://docs.anthropic.com/en/api/messages). No embeddings.
class AnthropicProvider final : public HttpLlmProvider {
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
