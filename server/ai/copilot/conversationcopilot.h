#pragma once
#include "ai/copilot/copilotbrief.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace jack::ai {

class OfflineEngine;

//! What the copilot offers staff for a conversation.
struct CopilotSuggestion {
    QString conversationId;
    QString summary; //!< one staff-facing paragraph
    QString suggestedReply; //!< for the guest, in `language`; staff edit it before sending
    QString language;
    QString source; //!< "offline", or the provider that wrote it
    QString basedOn; //!< the guest message answered
    QString intent; //!< of that message, as classified for the reply
    [[nodiscard]] QJsonObject toJson() const;
};

//! Suggests a reply and summarises a conversation for staff. The offline copilot answers at
//! once; a model-backed one (later) answers when its provider does and falls back to it.
class ConversationCopilot {
public:
    using Done = std::function<void(const CopilotSuggestion &suggestion)>;
    virtual ~ConversationCopilot() = default;
    //! Calls `done` exactly once, in the caller's thread (possibly before returning).
    virtual void suggest(const CopilotBrief &brief, Done done) = 0;
};

//! The built-in copilot: the offline engine's answer (a knowledge quote or an
//! acknowledgement) to the guest's latest message, and a summary written by rules.
class OfflineCopilot : public ConversationCopilot {
public:
    //! `db`: a connection of the calling thread (knowledge search).
    OfflineCopilot(const OfflineEngine &engine, QSqlDatabase db);
    void suggest(const CopilotBrief &brief, Done done) override;
    [[nodiscard]] CopilotSuggestion suggestion(
        const CopilotBrief &brief, const QDateTime &now) const;

private:
    const OfflineEngine &m_engine;
    QSqlDatabase m_db;
};

} // namespace jack::ai
