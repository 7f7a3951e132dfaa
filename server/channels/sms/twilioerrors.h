#pragma once
#include <QString>

namespace jack::channels {

//! Staff-readable sentences for Twilio's error codes (REST answers and delivery callbacks).
//! https://www.twilio.com/docs/api/errors
class TwilioErrors {
public:
    //! A sentence ending in "(code)", or an empty string for a code we do not know.
    [[nodiscard]] static QString describe(int code);
    //! The sentence for a code, else a generic one naming the code.
    [[nodiscard]] static QString describeOrGeneric(int code, const QString &twilioMessage = {});
};

} // namespace jack::channels
