#pragma once
#include "channels/channel.h"
#include "channels/whatsapp/whatsappconfig.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::channels {

//! WhatsApp Cloud API client: sends messages, uploads and downloads media and classifies
//! Meta's answers for the outbox.
class GraphClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SendResult &)>;
    //! `mediaId` is Meta's id of the uploaded file; empty when `failure` says why not.
    using UploadCallback = std::function<void(const QString &mediaId, const SendResult &failure)>;
    GraphClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    //! POST {apiBaseUrl}/{phoneNumberId}/messages; `to` is E.164 (the '+' is dropped).
    void sendText(
        const WhatsAppConfig &config, const QString &to, const QString &text, Callback done);
    //! POST {apiBaseUrl}/{phoneNumberId}/messages with a body built by the *Message() helpers.
    void sendMessage(const WhatsAppConfig &config, const QJsonObject &message, Callback done);
    //! POST {apiBaseUrl}/{phoneNumberId}/media (multipart): the id to send the file with.
    void uploadMedia(const WhatsAppConfig &config, const QByteArray &bytes, const QString &mimeType,
        const QString &fileName, UploadCallback done);
    //! GET {apiBaseUrl}/{mediaId} → {url, mime_type}, then GET url, both with the token.
    void fetchMedia(const WhatsAppConfig &config, const QString &mediaId, const QString &fileName,
        Channel::FetchCallback done);
    //! GET {apiBaseUrl}/{phoneNumberId}: proves the token and the number id (test connection).
    void checkPhoneNumber(
        const WhatsAppConfig &config, std::function<void(bool, const QString &)> done);

    // Message bodies (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages)
    [[nodiscard]] static QJsonObject textMessage(const QString &to, const QString &text);
    [[nodiscard]] static QJsonObject templateMessage(
        const QString &to, const QString &name, const QString &language, const QStringList &values);
    //! `kind` is image | audio | video | document; captions only where Meta takes them.
    [[nodiscard]] static QJsonObject mediaMessage(const QString &to, const QString &kind,
        const QString &graphMediaId, const QString &caption, const QString &fileName);

    //! Classifies an HTTP answer (exposed for tests of the mapping). `retryAfter` is the
    //! Retry-After header, when there was one.
    [[nodiscard]] static SendResult classify(int httpStatus, const QByteArray &body,
        bool networkError, const QString &networkErrorText, const QByteArray &retryAfter = {});
    //! Meta's error `code` as staff understand it: outcome, error text and errorCode.
    //! https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes
    [[nodiscard]] static SendResult describe(int code, int httpStatus, const QString &message);

private:
    QNetworkAccessManager *m_network;
};

} // namespace jack::channels
