#include "ai/pipeline/answerers.h"

#include "ai/pipeline.h"
#include "ai/pipeline/llmturn.h"
#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "ai/providers/structuredcall.h"

namespace jack::ai {

namespace {
constexpr double confidentEnough = 0.6; // INTENTS.md: the threshold for acting alone
} // namespace

TurnAnswer offlineAnswerOf(const Turn &turn)
{
    const OfflineAnswer &o = turn.offline;
    TurnAnswer a;
    a.provider = QStringLiteral("offline");
    a.classification = o.classification;
    a.reply = o.reply;
    if (o.createTask)
        a.tasks.append(
            Pipeline::taskFor(o, turn.conversation.id, turn.conversation.guestId, turn.guest.room));
    a.handoff = o.escalate;
    a.escalationReason = o.escalationReason;
    return a;
}

void fallBack(Turn &turn, const QString &reason)
{
    turn.fallbackReason = reason;
    TurnAnswer previous = turn.answer;
    const Classification &c = turn.offline.classification;
    TurnAnswer safe = offlineAnswerOf(turn);
    // An emergency keeps the offline reply whatever the confidence: help is on its way.
    if ((c.intent == QLatin1String("unknown") || c.confidence < confidentEnough)
        && c.intent != QLatin1String("emergency")) {
        safe.reply = ReplyComposer::holdingReply(turn.language);
        safe.handoff = true;
        safe.escalationReason
            = QStringLiteral("%1; the offline engine was not sure either").arg(reason);
    }
    // What the model call cost is still accounted for.
    safe.inputTokens = previous.inputTokens;
    safe.outputTokens = previous.outputTokens;
    safe.costUsd = previous.costUsd;
    safe.providerMs = previous.providerMs;
    safe.translation = previous.translation;
    turn.answer = safe;
}

LlmAnswerer::LlmAnswerer(const QString &appId, const LlmProviderConfig &config,
    QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_appId(appId)
    , m_config(config)
    , m_provider(createLlmProvider(appId, config, network, this))
{
}

void LlmAnswerer::answer(Turn turn, std::function<void(Turn)> done)
{
    if (!m_provider) {
        fallBack(turn, QStringLiteral("unknown AI provider '%1'").arg(m_appId));
        done(std::move(turn));
        return;
    }
    const LlmRequest request = TurnPrompt::build(turn);
    ++m_inFlight;
    m_provider->chat(request, [this, turn, done](const LlmResult &result) mutable {
        --m_inFlight;
        const storage::UsageRecord usage = StructuredCall::usageOf(
            m_appId, m_config.model, QStringLiteral("reply"), result, m_config);
        turn.usage.append(usage);
        Q_EMIT callFinished(result.ok, result.error);

        TurnAnswer &a = turn.answer;
        a.provider = m_appId;
        a.model = m_config.model;
        a.inputTokens = result.inputTokens;
        a.outputTokens = result.outputTokens;
        a.costUsd = usage.costUsd;
        a.providerMs = result.latencyMs;
        if (!result.ok) {
            fallBack(turn,
                QStringLiteral("%1 did not answer: %2")
                    .arg(m_provider->displayName(), result.error));
        } else {
            QString problem;
            if (auto parsed = StructuredAnswerParser::parse(result.text, turn, &problem)) {
                parsed->provider = a.provider;
                parsed->model = a.model;
                parsed->inputTokens = a.inputTokens;
                parsed->outputTokens = a.outputTokens;
                parsed->costUsd = a.costUsd;
                parsed->providerMs = a.providerMs;
                a = *parsed;
            } else {
                fallBack(turn,
                    QStringLiteral("%1 gave an unusable answer: %2")
                        .arg(m_provider->displayName(), problem));
            }
        }
        done(std::move(turn));
    });
}

} // namespace jack::ai
