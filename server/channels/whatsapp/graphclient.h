#pragma once
#include "channels/retrypolicy.h"
#include "channels/whatsapp/whatsappconfig.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::channels {

//! The answer to one send.
struct SendResult {
    SendOutcome outcome = SendOutcome::Retry;
    QString channelMessageId; // wamid when sent
    QString error; // staff-readable reason when not sent
};

//! WhatsApp Cloud API client: sends a text and classifies Meta's answer for the outbox.
class GraphClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SendResult &)>;
    explicit GraphClient(QObject *parent = nullptr);

    //! POST {apiBaseUrl}/{phoneNumberId}/messages; `to` is E.164 (the '+' is dropped).
    void sendText(
        const WhatsAppConfig &config, const QString &to, const QString &text, Callback done);
    //! Classifies an HTTP answer (exposed for tests of the mapping).
    [[nodiscard]] static SendResult classify(
        int httpStatus, const QByteArray &body, bool networkError, const QString &networkErrorText);

private:
    QNetworkAccessManager *m_network;
};

} // namespace jack::channels
