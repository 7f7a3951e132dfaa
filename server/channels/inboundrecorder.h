#pragma once
#include <QString>

namespace jack::storage {
class WriteTx;
}

namespace jack::channels {

//! A guest message as any channel hands it over.
struct InboundMessage {
    QString channel; // "whatsapp"
    QString address; // normalised phone (E.164) or e-mail the guest wrote from
    QString displayName;
    QString channelMessageId;
    QString contentType;
    QString text;
    QString timestamp;
};

//! Stores what channels receive, inside the caller's write transaction: the guest is found or
//! created, the conversation opened or reopened, the state machine advanced, change rows
//! written and the message announced to the AI after commit.
class InboundRecorder {
public:
    //! False when this provider message id was stored before (a redelivery).
    static bool record(storage::WriteTx &tx, const InboundMessage &message);
    //! Applies a provider delivery status; false when unknown or stale (never backwards).
    static bool applyStatus(storage::WriteTx &tx, const QString &channel,
        const QString &channelMessageId, const QString &status, const QString &error);
};

} // namespace jack::channels
