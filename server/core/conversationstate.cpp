#include "core/conversationstate.h"

namespace jack::core {

using S = ConversationState;
using E = ConversationEvent;

std::optional<ConversationState> ConversationStateMachine::next(S from, E event)
{
    switch (event) {
    case E::GuestMessage:
        // A guest writing again reopens a finished conversation; an escalated one stays with staff.
        if (from == S::Escalated)
            return S::Escalated;
        return S::Active;
    case E::AiReplied:
        if (from == S::New || from == S::Active || from == S::Waiting)
            return S::Waiting;
        if (from == S::Escalated)
            return S::Escalated;
        return std::nullopt;
    case E::StaffReplied:
        if (from == S::Closed)
            return std::nullopt;
        if (from == S::Escalated)
            return S::Escalated; // staff keep it until they resolve it
        return S::Waiting;
    case E::Escalate:
        if (from == S::Closed)
            return std::nullopt;
        return S::Escalated;
    case E::Resolve:
        if (from == S::Closed)
            return std::nullopt;
        return S::Resolved;
    case E::Close:
        return S::Closed;
    case E::Reopen:
        if (from == S::Resolved || from == S::Closed)
            return S::Active;
        return std::nullopt;
    }
    return std::nullopt;
}

bool ConversationStateMachine::canSet(S from, S to)
{
    if (from == to)
        return true;
    switch (to) {
    case S::New:
        return false;
    case S::Active:
        return true;
    case S::Waiting:
        return from != S::Closed;
    case S::Escalated:
        return next(from, E::Escalate).has_value();
    case S::Resolved:
        return next(from, E::Resolve).has_value();
    case S::Closed:
        return true;
    }
    return false;
}

bool ConversationStateMachine::isOpen(S state)
{
    return state != S::Resolved && state != S::Closed;
}

QString ConversationStateMachine::name(S state)
{
    switch (state) {
    case S::New:
        return QStringLiteral("new");
    case S::Active:
        return QStringLiteral("active");
    case S::Waiting:
        return QStringLiteral("waiting");
    case S::Escalated:
        return QStringLiteral("escalated");
    case S::Resolved:
        return QStringLiteral("resolved");
    case S::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<ConversationState> ConversationStateMachine::parse(const QString &name)
{
    for (S s : { S::New, S::Active, S::Waiting, S::Escalated, S::Resolved, S::Closed }) {
        if (ConversationStateMachine::name(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace jack::core
