#pragma once
#include <QString>

namespace jack::core {

//! Opaque identifiers for stored entities.
class Ids {
public:
    [[nodiscard]] static QString make();
};

} // namespace jack::core
