#pragma once
#include "ai/memory/memoryfact.h"

#include <QList>
#include <QString>

namespace jack::ai {

//! The one gate every proposed fact goes through, whoever proposed it (rules, a model, staff):
//! it must have a known category and a short non-empty text, pass the privacy filter, and
//! appear once per normalised text.
class MemoryCurator {
public:
    static constexpr int kMaxFactChars = 200;
    //! Why the fact cannot be kept, in staff-facing English; empty when it can.
    [[nodiscard]] static QString problem(const MemoryFact &fact);
    //! The facts that can be kept: texts simplified, confidences clamped to 0..1, one per
    //! FactKey (the most confident wins; the first when equal), in their first order.
    [[nodiscard]] static QList<MemoryFact> curate(const QList<MemoryFact> &facts);
};

} // namespace jack::ai
