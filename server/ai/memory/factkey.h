#pragma once
#include <QString>

namespace jack::ai {

//! The normalised form of a fact that guest memories are deduplicated by: case, accents,
//! punctuation and spacing do not make two facts different ("Allergic to nuts!" and
//! "allergic to  NUTS" are one).
class FactKey {
public:
    [[nodiscard]] static QString of(const QString &fact);
};

} // namespace jack::ai
