#include "ai/pipeline/turncommitter.h"

#include "core/conversationstate.h"
#include "storage/conversationstore.h"
#include "storage/messagestore.h"
#include "storage/outboundmessage.h"
#include "storage/outcomestore.h"
#include "storage/taskstore.h"
#include "storage/writequeue.h"

namespace jack::ai {

using core::ConversationEvent;
using core::ConversationState;
using core::ConversationStateMachine;

namespace {

QJsonObject translationOf(const QString &language, const QString &text)
{
    return QJsonObject { { "language", language }, { "text", text } };
}

QJsonArray knowledgeJson(const QList<KnowledgeHit> &hits)
{
    QJsonArray out;
    for (const KnowledgeHit &hit : hits)
        out.append(QJsonObject { { "id", hit.id }, { "title", hit.title },
            { "category", hit.category }, { "score", hit.score } });
    return out;
}

} // namespace

QJsonValue TurnCommitter::commit(storage::WriteTx &tx, const Turn &turn)
{
    const QString &messageId = turn.messageId;
    const QString &conversationId = turn.conversation.id;
    storage::MessageStore messages(tx.db());
    storage::ConversationStore conversations(tx.db());
    const TurnAnswer &a = turn.answer;
    const Classification &c = a.classification;
    // Processed twice (start-up backlog and live signal): the first one wins.
    if (!conversations.record(conversationId) || !messages.markProcessed(messageId))
        throw storage::JobError(
            409, QStringLiteral("CONFLICT"), QStringLiteral("already processed"));
    messages.setClassification(messageId, c.intent, c.confidence, turn.language);
    conversations.setIntent(conversationId, c.intent, turn.language);

    const bool foreign = turn.language != turn.hotelLanguage;
    if (foreign && !a.translation.isEmpty()) {
        QJsonObject meta = messages.get(messageId).value(QLatin1String("meta")).toObject();
        meta.insert(
            QStringLiteral("translation"), translationOf(turn.hotelLanguage, a.translation));
        messages.setMeta(messageId, meta);
    }

    bool escalate = a.handoff;
    QString escalationReason = a.escalationReason;
    QJsonArray taskIds;
    storage::TaskStore tasks(tx.db());
    for (const storage::NewTask &task : a.tasks) {
        // A guest asking again for what is already open needs a person, not a twin task.
        if (tasks.hasOpen(conversationId, task.type)) {
            escalate = true;
            escalationReason = QStringLiteral("guest repeated a request that is still open");
            continue;
        }
        const QString taskId = tasks.insert(task);
        taskIds.append(taskId);
        tx.recordChange(QStringLiteral("task:created"), taskId, tasks.get(taskId));
    }

    QString replyId;
    if (turn.autoReply && !a.reply.isEmpty()) {
        storage::NewMessage reply;
        reply.conversationId = conversationId;
        reply.senderType = QStringLiteral("ai");
        reply.content = a.reply;
        reply.channel = turn.conversation.channel;
        reply.intent = c.intent;
        reply.confidence = c.confidence;
        reply.language = turn.language;
        if (foreign && !a.replyTranslation.isEmpty())
            reply.meta.insert(QStringLiteral("translation"),
                translationOf(turn.hotelLanguage, a.replyTranslation));
        replyId = storage::OutboundMessage::queue(tx, reply, turn.conversation.channelAddress)
                      .value(QLatin1String("id"))
                      .toString();
    }

    auto current = conversations.record(conversationId);
    std::optional<ConversationState> next;
    if (escalate)
        next = ConversationStateMachine::next(current->state, ConversationEvent::Escalate);
    else if (!replyId.isEmpty())
        next = ConversationStateMachine::next(current->state, ConversationEvent::AiReplied);
    if (next && *next != current->state)
        conversations.setState(conversationId, *next, escalate ? escalationReason : QString());

    storage::OutcomeRecord outcome;
    outcome.messageId = messageId;
    outcome.conversationId = conversationId;
    outcome.replyMessageId = replyId;
    outcome.provider = a.provider;
    outcome.model = a.model;
    outcome.intent = c.intent;
    outcome.confidence = c.confidence;
    outcome.language = turn.language;
    outcome.decision = escalate ? QStringLiteral("handoff") : QStringLiteral("continue");
    outcome.escalationReason = escalate ? escalationReason : QString();
    outcome.fallbackReason = turn.fallbackReason;
    outcome.inputTokens = a.inputTokens;
    outcome.outputTokens = a.outputTokens;
    outcome.costUsd = a.costUsd;
    outcome.providerMs = a.providerMs;
    outcome.detail = QJsonObject {
        { "stages", turn.stages }, { "knowledge", knowledgeJson(turn.knowledge) },
        { "offline",
            QJsonObject { { "intent", turn.offline.classification.intent },
                { "confidence", turn.offline.classification.confidence } } },
        { "guardrails", turn.guardrailFindings }, { "taskIds", taskIds },
        { "replied", !replyId.isEmpty() },
        { "quiet",
            !turn.autoReply ? QStringLiteral("a person is handling the conversation") : QString() }
    };
    storage::OutcomeStore outcomes(tx.db());
    outcomes.insert(outcome);
    for (const storage::UsageRecord &usage : turn.usage)
        outcomes.recordUsage(usage);

    tx.recordChange(
        QStringLiteral("conversation:updated"), conversationId, conversations.get(conversationId));
    tx.recordChange(QStringLiteral("conversation:message"), messageId,
        { { "conversationId", conversationId }, { "message", messages.get(messageId) } });
    return QJsonObject { { "replyId", replyId }, { "escalated", escalate } };
}

} // namespace jack::ai
