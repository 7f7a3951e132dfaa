#include "ai/copilot/conversationcopilot.h"

#include "ai/copilot/conversationsummary.h"
#include "ai/offlineengine.h"
#include "core/clock.h"

namespace jack::ai {

QJsonObject CopilotSuggestion::toJson() const
{
    return { { "conversationId", conversationId }, { "summary", summary },
        { "suggestedReply", suggestedReply }, { "language", language }, { "source", source },
        { "basedOn", basedOn.isEmpty() ? QJsonValue() : QJsonValue(basedOn) },
        { "intent", intent.isEmpty() ? QJsonValue() : QJsonValue(intent) } };
}

OfflineCopilot::OfflineCopilot(const OfflineEngine &engine, QSqlDatabase db)
    : m_engine(engine)
    , m_db(std::move(db))
{
}

void OfflineCopilot::suggest(const CopilotBrief &brief, Done done)
{
    done(suggestion(brief, core::Clock::now()));
}

CopilotSuggestion OfflineCopilot::suggestion(const CopilotBrief &brief, const QDateTime &now) const
{
    CopilotSuggestion s;
    s.conversationId = brief.conversationId;
    s.source = QStringLiteral("offline");
    s.summary = ConversationSummary::write(brief, now);
    s.language = brief.language.isEmpty() ? QStringLiteral("en") : brief.language;
    // The latest guest message that still has its text (erased guests have none).
    for (auto it = brief.guestMessages.crbegin(); it != brief.guestMessages.crend(); ++it) {
        if (it->text.trimmed().isEmpty())
            continue;
        const OfflineAnswer answer = m_engine.answer(it->text, m_db, brief.hotel);
        s.basedOn = it->id;
        s.intent = answer.classification.intent;
        if (!answer.classification.language.isEmpty())
            s.language = answer.classification.language;
        s.suggestedReply = answer.reply;
        break;
    }
    if (s.suggestedReply.isEmpty())
        s.suggestedReply = ReplyComposer::holdingReply(s.language);
    return s;
}

} // namespace jack::ai
