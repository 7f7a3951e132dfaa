#include "channels/whatsapp/graphclient.h"

#include "core/phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace jack::channels {

namespace {
constexpr int kTimeoutMs = 20000;

//! Meta error codes that mean "later", not "never".
bool isThrottle(int code)
{
    return code == 130429 || code == 80007 || code == 131056 || code == 4;
}
} // namespace

GraphClient::GraphClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void GraphClient::checkPhoneNumber(
    const WhatsAppConfig &config, std::function<void(bool, const QString &)> done)
{
    QNetworkRequest request(QUrl(config.apiBaseUrl + QLatin1Char('/') + config.phoneNumberId));
    request.setRawHeader("Authorization", "Bearer " + config.accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            const QString number = root.value(QLatin1String("display_phone_number")).toString();
            done(true,
                number.isEmpty() ? QStringLiteral("Connected to WhatsApp")
                                 : QStringLiteral("Connected to WhatsApp as %1").arg(number));
            return;
        }
        if (status == 0) {
            done(false,
                QStringLiteral("WhatsApp could not be reached (%1)").arg(reply->errorString()));
            return;
        }
        const QString message = root.value(QLatin1String("error"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        done(false,
            status == 401 || status == 403
                ? QStringLiteral("WhatsApp refused the access token (HTTP %1)").arg(status)
                : QStringLiteral("WhatsApp answered HTTP %1%2")
                      .arg(status)
                      .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    });
}

void GraphClient::sendText(
    const WhatsAppConfig &config, const QString &to, const QString &text, Callback done)
{
    QNetworkRequest request(QUrl(
        config.apiBaseUrl + QLatin1Char('/') + config.phoneNumberId + QStringLiteral("/messages")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + config.accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    const QJsonObject body { { "messaging_product", "whatsapp" },
        { "recipient_type", "individual" }, { "to", core::PhoneNumber::whatsAppDigits(to) },
        { "type", "text" },
        { "text", QJsonObject { { "body", text }, { "preview_url", false } } } };
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool networkError = status == 0;
        done(classify(status, reply->readAll(), networkError, reply->errorString()));
    });
}

SendResult GraphClient::classify(
    int httpStatus, const QByteArray &body, bool networkError, const QString &networkErrorText)
{
    SendResult r;
    if (networkError) {
        r.outcome = SendOutcome::Retry;
        r.error = QStringLiteral("WhatsApp could not be reached (%1)").arg(networkErrorText);
        return r;
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        r.channelMessageId = root.value(QLatin1String("messages"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("id"))
                                 .toString();
        if (r.channelMessageId.isEmpty()) {
            r.outcome = SendOutcome::Retry;
            r.error = QStringLiteral("WhatsApp answered without a message id");
            return r;
        }
        r.outcome = SendOutcome::Sent;
        return r;
    }
    const QJsonObject error = root.value(QLatin1String("error")).toObject();
    const int code = error.value(QLatin1String("code")).toInt();
    const QString message = error.value(QLatin1String("message")).toString();
    if (httpStatus == 429 || httpStatus >= 500 || isThrottle(code)) {
        r.outcome = SendOutcome::Retry;
        r.error = httpStatus == 429 || isThrottle(code)
            ? QStringLiteral("WhatsApp is throttling messages; retrying later")
            : QStringLiteral("WhatsApp had a server error (HTTP %1); retrying").arg(httpStatus);
        return r;
    }
    r.outcome = SendOutcome::Failed;
    if (code)
        r.errorCode = QString::number(code);
    if (code == 131047)
        r.error = QStringLiteral("The 24-hour WhatsApp window is closed: only a template message "
                                 "can reach this guest now (131047)");
    else if (code == 190 || httpStatus == 401)
        r.error = QStringLiteral("WhatsApp refused the access token: check the WhatsApp settings");
    else if (code == 131026)
        r.error = QStringLiteral("The message could not be delivered to this number (131026)");
    else
        r.error = QStringLiteral("WhatsApp refused the message (HTTP %1%2%3)")
                      .arg(httpStatus)
                      .arg(code ? QStringLiteral(", code %1").arg(code) : QString())
                      .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    return r;
}

} // namespace jack::channels
