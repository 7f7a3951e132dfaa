#pragma once
#include "ai/copilot/copilotbrief.h"

#include <QDateTime>
#include <QString>

namespace jack::ai {

//! One staff-facing English paragraph about a conversation, built by rules from its brief:
//! who the guest is and their room, what they asked for in order (with the intents), the
//! open tasks, why it was escalated, how long they have waited and what Jack remembers.
class ConversationSummary {
public:
    [[nodiscard]] static QString write(const CopilotBrief &brief, const QDateTime &now);
    //! "English", "Spanish"… for the six lexicon languages, else the code itself.
    [[nodiscard]] static QString languageName(const QString &code);
    //! "less than a minute", "12 minutes", "2 hours 5 minutes", "3 days".
    [[nodiscard]] static QString duration(qint64 seconds);
};

} // namespace jack::ai
