#pragma once
#include <QSqlDatabase>
#include <QString>

namespace jack::ops {
class SecretStore;
}

namespace jack::channels {

//! The twilio-sms app's settings plus the hub's public URL. Holds the auth token: never log it.
struct SmsConfig {
    bool enabled = false;
    QString accountSid;
    QString authToken;
    QString phoneNumber; // E.164 sender, or empty when a messaging service sends
    QString messagingServiceSid;
    QString apiBaseUrl; // without a trailing slash
    int segmentBudget = 3;
    int segmentsPerSecond = 1;
    QString publicBaseUrl; // hotel-wide; empty when not set

    //! Webhooks can be checked: enabled, a token and the public URL Twilio signs.
    [[nodiscard]] bool canVerify() const
    {
        return enabled && !authToken.isEmpty() && !publicBaseUrl.isEmpty();
    }
    [[nodiscard]] bool canSend() const
    {
        return enabled && !accountSid.isEmpty() && !authToken.isEmpty() && !sender().isEmpty();
    }
    //! The number or messaging service messages go out from.
    [[nodiscard]] QString sender() const
    {
        return phoneNumber.isEmpty() ? messagingServiceSid : phoneNumber;
    }
    //! Where Twilio reports delivery; empty without a public URL.
    [[nodiscard]] QString statusCallbackUrl() const;
    [[nodiscard]] QString accountUrl() const; // {base}/2010-04-01/Accounts/{sid}

    [[nodiscard]] static SmsConfig load(const QSqlDatabase &db, const ops::SecretStore &secrets);
};

} // namespace jack::channels
