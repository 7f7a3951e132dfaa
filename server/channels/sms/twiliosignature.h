#pragma once
#include "channels/sms/twilioform.h"

#include <QByteArray>
#include <QString>

namespace jack::channels {

//! Twilio's X-Twilio-Signature: HMAC-SHA1 (auth token) over the public URL Twilio called
//! followed by every POST field sorted by name, name then value with no separator, base64.
//! https://www.twilio.com/docs/usage/webhooks/webhooks-security
class TwilioSignature {
public:
    [[nodiscard]] static QByteArray sign(
        const QString &authToken, const QString &url, const TwilioForm &form);
    //! Constant-time check; false when the token or the header is empty.
    [[nodiscard]] static bool verify(const QString &authToken, const QString &url,
        const TwilioForm &form, const QByteArray &header);
};

} // namespace jack::channels
