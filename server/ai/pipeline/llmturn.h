#pragma once
#include "ai/pipeline/turn.h"
#include "ai/providers/llmprovider.h"

#include <optional>

namespace jack::ai {

//! Builds the one structured request a language model answers a guest message with: the rules
//! in the system prompt, the hotel's facts, knowledge and the guest's own context as tagged
//! data, and the guest's words quoted (escaped) so they can never close a tag or pass for an
//! instruction.
class TurnPrompt {
public:
    [[nodiscard]] static LlmRequest build(const Turn &turn);
    //! The guest's (or any untrusted) text made safe to place between tags.
    [[nodiscard]] static QString quote(const QString &text);
};

//! Reads a model's JSON answer into a TurnAnswer, validating every field against the intent
//! taxonomy and the guest's own context; nothing from a malformed answer is used.
class StructuredAnswerParser {
public:
    //! The answer, or nothing with `problem` saying what was wrong (for the outcome record).
    [[nodiscard]] static std::optional<TurnAnswer> parse(
        const QString &text, const Turn &turn, QString *problem);
};

} // namespace jack::ai
