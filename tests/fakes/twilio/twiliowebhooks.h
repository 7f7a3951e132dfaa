#pragma once

#include "faketwilio.h"
#include "jsonhttpclient.h"

//! Posts what Twilio posts to a hub: incoming SMS/MMS and status callbacks, signed over the
//! hub's public URL (as Twilio would reach it) while actually sent to its loopback port.
class TwilioWebhooks {
public:
    enum class Signing { Valid, Missing, Wrong };

    TwilioWebhooks(JsonHttpClient &hub, const TwilioAccount &account, const QString &publicBaseUrl)
        : m_hub(hub)
        , m_account(account)
        , m_publicBaseUrl(publicBaseUrl)
    {
    }

    //! `pathAndQuery` like "/webhooks/sms?x=1"; `signedParams` (when given) are what the
    //! signature covers, to post a tampered body.
    HttpReply post(const QString &pathAndQuery, const TwilioParams &params,
        Signing signing = Signing::Valid, const TwilioParams *signedParams = nullptr);

    //! The form of an incoming SMS from `from` (E.164) to the hotel's number.
    [[nodiscard]] TwilioParams inboundParams(const QString &from, const QString &body,
        const QString &messageSid, const QList<QPair<QString, QByteArray>> &media = {}) const;
    HttpReply inbound(const QString &from, const QString &body, const QString &messageSid,
        const QList<QPair<QString, QByteArray>> &media = {});
    //! A status callback for a message the hub sent (ErrorCode only when not empty).
    HttpReply status(const QString &messageSid, const QString &status, const QString &to,
        const QString &errorCode = {});

private:
    JsonHttpClient &m_hub;
    TwilioAccount m_account;
    QString m_publicBaseUrl;
};
