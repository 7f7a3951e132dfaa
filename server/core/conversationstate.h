#pragma once
#include <QString>
#include <optional>

namespace jack::core {

enum class ConversationState { New, Active, Waiting, Escalated, Resolved, Closed };

//! What can happen to a conversation; the state machine decides where it leads.
enum class ConversationEvent {
    GuestMessage, // a guest wrote
    AiReplied, // Jack answered and waits for the guest
    StaffReplied, // a person answered
    Escalate, // Jack or staff hands it to a person
    Resolve,
    Close,
    Reopen,
};

//! The conversation state machine of ARCHITECTURE.md: pure, so tests can walk every edge.
class ConversationStateMachine {
public:
    //! The state after the event, or nothing when the event is not allowed in that state.
    [[nodiscard]] static std::optional<ConversationState> next(
        ConversationState from, ConversationEvent event);
    //! Whether staff may set the state directly (PATCH) from one state to another.
    [[nodiscard]] static bool canSet(ConversationState from, ConversationState to);
    [[nodiscard]] static bool isOpen(ConversationState state);
    [[nodiscard]] static QString name(ConversationState state);
    [[nodiscard]] static std::optional<ConversationState> parse(const QString &name);
};

} // namespace jack::core
