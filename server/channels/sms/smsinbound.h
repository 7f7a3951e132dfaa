#pragma once
#include "channels/inboundrecorder.h"
#include "channels/sms/twilioform.h"

#include <optional>

namespace jack::channels {

//! A Twilio status callback as the outbox understands it.
struct SmsStatus {
    QString messageSid;
    QString status; // sent | delivered | read | failed; empty: nothing to apply (queued…)
    QString error; // staff-readable, for failed
};

//! Turns Twilio's webhook forms (incoming SMS/MMS, status callbacks) into Jack's types.
class SmsInbound {
public:
    //! The guest message, or nothing (and `error`) when the form lacks MessageSid or a
    //! usable From number.
    [[nodiscard]] static std::optional<InboundMessage> message(
        const TwilioForm &form, QString *error);
    //! Nothing (and `error`) without MessageSid or MessageStatus.
    [[nodiscard]] static std::optional<SmsStatus> status(const TwilioForm &form, QString *error);
    //! image | audio | video | document | file, from a MIME type.
    [[nodiscard]] static QString kindOf(const QString &mimeType);
    //! What staff and the AI read for media without text: "[photo]", "[2 photos]"…
    [[nodiscard]] static QString describeMedia(const QList<InboundMedia> &media);
};

} // namespace jack::channels
