#pragma once
#include "ai/memory/memoryfact.h"

#include <QList>
#include <QString>
#include <functional>

namespace jack::ai {

//! Finds facts worth remembering in what a guest wrote during one conversation. The rule-based
//! extractor answers at once; a model-backed one answers when its provider does, after
//! turning the model's JSON into facts with MemoryFact::listFromJson. Either way the facts
//! then go through MemoryCurator and the store's dedup: no extractor writes directly.
class MemoryExtractor {
public:
    using Done = std::function<void(const QList<MemoryFact> &facts)>;
    virtual ~MemoryExtractor() = default;
    //! "rules" or "llm": the origin stored with the facts.
    [[nodiscard]] virtual QString origin() const = 0;
    //! Calls `done` exactly once, in the caller's thread (possibly before returning).
    virtual void extract(const QList<GuestUtterance> &utterances, Done done) = 0;
};

} // namespace jack::ai
