#include "twiliowebhooks.h"

HttpReply TwilioWebhooks::post(const QString &pathAndQuery, const TwilioParams &params,
    Signing signing, const TwilioParams *signedParams)
{
    QList<QPair<QByteArray, QByteArray>> headers {
        { "Content-Type", "application/x-www-form-urlencoded" },
        { "User-Agent", "TwilioProxy/1.1" },
    };
    const QString url = m_publicBaseUrl + pathAndQuery;
    if (signing == Signing::Valid)
        headers.append({ "X-Twilio-Signature",
            FakeTwilio::signature(
                m_account.authToken, url, signedParams ? *signedParams : params) });
    else if (signing == Signing::Wrong)
        headers.append({ "X-Twilio-Signature",
            FakeTwilio::signature(QStringLiteral("not-the-token"), url, params) });
    return m_hub.send("POST", pathAndQuery, FakeTwilio::encodeForm(params), headers);
}

TwilioParams TwilioWebhooks::inboundParams(const QString &from, const QString &body,
    const QString &messageSid, const QList<QPair<QString, QByteArray>> &media) const
{
    // The fields and their order as Twilio posts an incoming message.
    TwilioParams p {
        { QStringLiteral("ToCountry"), QStringLiteral("US") },
        { QStringLiteral("ToState"), QStringLiteral("CA") },
        { QStringLiteral("SmsMessageSid"), messageSid },
        { QStringLiteral("NumMedia"), QString::number(media.size()) },
        { QStringLiteral("ToCity"), QString() },
        { QStringLiteral("FromZip"), QString() },
        { QStringLiteral("SmsSid"), messageSid },
        { QStringLiteral("FromState"), QString() },
        { QStringLiteral("SmsStatus"), QStringLiteral("received") },
        { QStringLiteral("FromCity"), QString() },
        { QStringLiteral("Body"), body },
        { QStringLiteral("FromCountry"), QStringLiteral("DE") },
        { QStringLiteral("To"), m_account.phoneNumber },
        { QStringLiteral("ToZip"), QString() },
        { QStringLiteral("NumSegments"), QStringLiteral("1") },
        { QStringLiteral("MessageSid"), messageSid },
        { QStringLiteral("AccountSid"), m_account.accountSid },
        { QStringLiteral("From"), from },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
    };
    for (int i = 0; i < media.size(); ++i) {
        p.append(
            { QStringLiteral("MediaContentType%1").arg(i), QString::fromLatin1(media[i].second) });
        p.append({ QStringLiteral("MediaUrl%1").arg(i), media[i].first });
    }
    return p;
}

HttpReply TwilioWebhooks::inbound(const QString &from, const QString &body,
    const QString &messageSid, const QList<QPair<QString, QByteArray>> &media)
{
    return post(QStringLiteral("/webhooks/sms"), inboundParams(from, body, messageSid, media));
}

HttpReply TwilioWebhooks::status(
    const QString &messageSid, const QString &status, const QString &to, const QString &errorCode)
{
    TwilioParams p {
        { QStringLiteral("SmsSid"), messageSid },
        { QStringLiteral("SmsStatus"), status },
        { QStringLiteral("MessageStatus"), status },
        { QStringLiteral("To"), to },
        { QStringLiteral("MessageSid"), messageSid },
        { QStringLiteral("AccountSid"), m_account.accountSid },
        { QStringLiteral("From"), m_account.phoneNumber },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
    };
    if (!errorCode.isEmpty())
        p.append({ QStringLiteral("ErrorCode"), errorCode });
    return post(QStringLiteral("/webhooks/sms/status"), p);
}
