#pragma once
#include "channels/channel.h"
#include "channels/whatsapp/whatsappconfig.h"

#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::channels {

//! WhatsApp Cloud API client: sends a text and classifies Meta's answer for the outbox.
class GraphClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SendResult &)>;
    GraphClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    //! POST {apiBaseUrl}/{phoneNumberId}/messages; `to` is E.164 (the '+' is dropped).
    void sendText(
        const WhatsAppConfig &config, const QString &to, const QString &text, Callback done);
    //! GET {apiBaseUrl}/{phoneNumberId}: proves the token and the number id (test connection).
    void checkPhoneNumber(
        const WhatsAppConfig &config, std::function<void(bool, const QString &)> done);
    //! Classifies an HTTP answer (exposed for tests of the mapping).
    [[nodiscard]] static SendResult classify(
        int httpStatus, const QByteArray &body, bool networkError, const QString &networkErrorText);

private:
    QNetworkAccessManager *m_network;
};

} // namespace jack::channels
