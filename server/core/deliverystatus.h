#pragma once
#include <QString>

namespace jack::core {

//! Delivery statuses of outbound messages and the order they may move in.
class DeliveryStatus {
public:
    //! Rank in the forward order pending < sent < delivered < read; failed is terminal but
    //! never overrides delivered or read (a late failure report for a read message is stale).
    [[nodiscard]] static int rank(const QString &status);
    //! Whether a message at `current` may move to `incoming`.
    [[nodiscard]] static bool canMove(const QString &current, const QString &incoming);
    [[nodiscard]] static bool isKnown(const QString &status);
};

} // namespace jack::core
