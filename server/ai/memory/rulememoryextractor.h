#pragma once
#include "ai/memory/memoryextractor.h"

namespace jack::ai {

//! Finds memories with phrase rules in English, Spanish, French, German, Portuguese and
//! Italian: allergies and intolerances ("soy alérgico al marisco"), preferences ("we prefer a
//! quiet room", "feather-free pillows"), habits ("I always have oat milk"), occasions ("it's
//! our anniversary") and complaints (messages the pipeline classified feedback.complaint).
//! Well-known foods, drinks and room wishes are named in English so the same fact said in
//! two languages is remembered once.
class RuleMemoryExtractor : public MemoryExtractor {
public:
    [[nodiscard]] QString origin() const override { return QStringLiteral("rules"); }
    void extract(const QList<GuestUtterance> &utterances, Done done) override;
    //! The facts found, not yet curated (privacy and dedup are MemoryCurator's job).
    [[nodiscard]] QList<MemoryFact> facts(const QList<GuestUtterance> &utterances) const;
    //! The facts found in one message.
    [[nodiscard]] QList<MemoryFact> factsIn(const GuestUtterance &utterance) const;
};

} // namespace jack::ai
