#pragma once
#include "channels/channel.h"
#include "channels/sms/smsconfig.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::channels {

//! Twilio's REST API for the channel: send a message, check the account, download MMS media.
//! Asynchronous; every callback runs in the caller's thread exactly once.
//! https://www.twilio.com/docs/messaging/api/message-resource
class TwilioClient : public QObject {
    Q_OBJECT
public:
    using SendCallback = std::function<void(const SendResult &)>;
    using TestCallback = std::function<void(bool ok, const QString &message)>;
    using FetchCallback = std::function<void(const FetchedMedia &)>;

    TwilioClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void sendText(
        const SmsConfig &config, const QString &to, const QString &body, SendCallback done);
    //! GET the account: its friendly name when the SID and token are right.
    void checkAccount(const SmsConfig &config, TestCallback done);
    //! GET a MediaUrl, following Twilio's redirect to its storage. Credentials go only to the
    //! API's own host, never to where a redirect leads.
    void fetchMedia(const SmsConfig &config, const QString &url, FetchCallback done);

    //! How a send answer maps to the outbox. `retryAfter` is the Retry-After header.
    [[nodiscard]] static SendResult classify(int httpStatus, const QByteArray &body,
        bool networkError, const QString &networkErrorText, const QByteArray &retryAfter = {});

private:
    void fetchHop(const SmsConfig &config, const QUrl &url, int hopsLeft, FetchCallback done);
    static QByteArray basicAuth(const SmsConfig &config);

    QNetworkAccessManager *m_network;
};

} // namespace jack::channels
