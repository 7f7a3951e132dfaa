#pragma once
#include "channels/channel.h"
#include "storage/outboxstore.h"

#include <QList>
#include <QString>

namespace jack::storage {
class WriteTx;
}

namespace jack::channels {

//! Joins Jack's automatic text replies that queued up behind one another for one guest (while
//! pacing or an outage held them back) into one WhatsApp message: a guest gets one message
//! instead of a burst, and Meta's per-user limit is spent once. Every joined row ends with the
//! outcome of the one send; the joined messages say so in their meta ("coalescedInto").
class WhatsAppCoalescer {
public:
    //! Meta's text limit; joining stops before it.
    static constexpr int kMaxChars = 4096;
    static constexpr int kMaxRows = 10;

    //! Only automatic text messages are joined; staff messages are sent as written.
    [[nodiscard]] static bool isAutomaticText(const storage::OutboxItem &item);
    //! Inside a write job: the automatic rows right behind `lead`, marked sending so nothing
    //! else sends them. Stops at the first row that is not one, or at the size limit.
    [[nodiscard]] static QList<storage::OutboxItem> claimFollowers(
        storage::WriteTx &tx, const storage::OutboxItem &lead);
    //! The text of the one send.
    [[nodiscard]] static QString join(
        const storage::OutboxItem &lead, const QList<storage::OutboxItem> &followers);
    //! Inside a write job: gives every follower the lead's outcome (sent, failed, or queued
    //! again right behind the lead, which will claim it again).
    static void settle(storage::WriteTx &tx, const QList<storage::OutboxItem> &followers,
        const QString &leadMessageId, const SendResult &result);
};

} // namespace jack::channels
