#include "channels/whatsapp/graphclient.h"

#include "channels/whatsapp/whatsapptemplates.h"
#include "core/phonenumber.h"
#include "core/retryafter.h"
#include "storage/mediastore.h"

#include <QDateTime>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace jack::channels {

namespace {
constexpr int kTimeoutMs = 20000;
constexpr int kMediaTimeoutMs = 120000; // files up to 100 MB

//! Meta error codes that mean "later", not "never".
bool isThrottle(int code)
{
    return code == 130429 || code == 80007 || code == 131056 || code == 4;
}

//! Meta's own "something went wrong, try again" codes.
bool isTemporary(int code)
{
    return code == 1 || code == 2 || code == 131000 || code == 131016 || code == 133004;
}

bool isTemplateError(int code)
{
    return code >= 132000 && code < 133000;
}

bool isTokenError(int code)
{
    // 190 expired/invalid token, 10 and 200 missing permission, 2500 no token at all.
    return code == 190 || code == 10 || code == 200 || code == 2500;
}

QNetworkRequest authorised(const QUrl &url, const WhatsAppConfig &config, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + config.accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    return request;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

const QString kSettingsHint = QStringLiteral("check the WhatsApp settings");
} // namespace

GraphClient::GraphClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void GraphClient::checkPhoneNumber(
    const WhatsAppConfig &config, std::function<void(bool, const QString &)> done)
{
    QNetworkReply *reply = m_network->get(authorised(
        QUrl(config.apiBaseUrl + QLatin1Char('/') + config.phoneNumberId), config, kTimeoutMs));
    connect(reply, &QNetworkReply::finished, this,
        [reply, numberId = config.phoneNumberId, done = std::move(done)]() {
            reply->deleteLater();
            const int status = statusOf(reply);
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
            const QJsonObject error = root.value(QLatin1String("error")).toObject();
            const int code = error.value(QLatin1String("code")).toInt();
            const QString message = error.value(QLatin1String("message")).toString();
            if (status == 401 || status == 403 || isTokenError(code))
                done(false,
                    QStringLiteral("WhatsApp refused the access token (HTTP %1): check the access "
                                   "token")
                        .arg(status));
            else if (code == 100)
                done(false,
                    QStringLiteral("WhatsApp does not know phone number ID %1 (HTTP %2): check the "
                                   "phone number ID")
                        .arg(numberId)
                        .arg(status));
            else
                done(false,
                    QStringLiteral("WhatsApp answered HTTP %1%2")
                        .arg(status)
                        .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        });
}

QJsonObject GraphClient::textMessage(const QString &to, const QString &text)
{
    return { { "messaging_product", "whatsapp" }, { "recipient_type", "individual" },
        { "to", core::PhoneNumber::whatsAppDigits(to) }, { "type", "text" },
        { "text", QJsonObject { { "body", text }, { "preview_url", false } } } };
}

QJsonObject GraphClient::templateMessage(
    const QString &to, const QString &name, const QString &language, const QStringList &values)
{
    return { { "messaging_product", "whatsapp" }, { "recipient_type", "individual" },
        { "to", core::PhoneNumber::whatsAppDigits(to) }, { "type", "template" },
        { "template", WhatsAppTemplates::graphTemplate(name, language, values) } };
}

QJsonObject GraphClient::mediaMessage(const QString &to, const QString &kind,
    const QString &graphMediaId, const QString &caption, const QString &fileName)
{
    QJsonObject media { { "id", graphMediaId } };
    // Audio takes no caption; a document keeps its name on the guest's phone.
    if (!caption.isEmpty() && kind != QLatin1String("audio"))
        media.insert(QStringLiteral("caption"), caption);
    if (kind == QLatin1String("document") && !fileName.isEmpty())
        media.insert(QStringLiteral("filename"), fileName);
    return { { "messaging_product", "whatsapp" }, { "recipient_type", "individual" },
        { "to", core::PhoneNumber::whatsAppDigits(to) }, { "type", kind }, { kind, media } };
}

void GraphClient::sendText(
    const WhatsAppConfig &config, const QString &to, const QString &text, Callback done)
{
    sendMessage(config, textMessage(to, text), std::move(done));
}

void GraphClient::sendMessage(
    const WhatsAppConfig &config, const QJsonObject &message, Callback done)
{
    QNetworkRequest request = authorised(QUrl(config.apiBaseUrl + QLatin1Char('/')
                                             + config.phoneNumberId + QStringLiteral("/messages")),
        config, kTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(message).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = statusOf(reply);
        done(classify(status, reply->readAll(), status == 0, reply->errorString(),
            reply->rawHeader("Retry-After")));
    });
}

void GraphClient::uploadMedia(const WhatsAppConfig &config, const QByteArray &bytes,
    const QString &mimeType, const QString &fileName, UploadCallback done)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const auto field = [multi](const QByteArray &name, const QByteArray &value) {
        QHttpPart part;
        part.setHeader(
            QNetworkRequest::ContentDispositionHeader, "form-data; name=\"" + name + "\"");
        part.setBody(value);
        multi->append(part);
    };
    field("messaging_product", "whatsapp");
    field("type", mimeType.toUtf8());
    QHttpPart file;
    QString safeName = fileName.isEmpty() ? QStringLiteral("file") : fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('\''));
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"file\"; filename=\"") + safeName.toUtf8() + '"');
    file.setHeader(QNetworkRequest::ContentTypeHeader, mimeType.toUtf8());
    file.setBody(bytes);
    multi->append(file);

    QNetworkReply *reply
        = m_network->post(authorised(QUrl(config.apiBaseUrl + QLatin1Char('/')
                                         + config.phoneNumberId + QStringLiteral("/media")),
                              config, kMediaTimeoutMs),
            multi);
    multi->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = statusOf(reply);
        const QByteArray body = reply->readAll();
        if (status >= 200 && status < 300) {
            const QString id
                = QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString();
            if (!id.isEmpty()) {
                done(id, {});
                return;
            }
            done({},
                SendResult { SendOutcome::Retry, {},
                    QStringLiteral("WhatsApp took the file but answered without its id"), {}, 0,
                    {} });
            return;
        }
        done({},
            classify(
                status, body, status == 0, reply->errorString(), reply->rawHeader("Retry-After")));
    });
}

void GraphClient::fetchMedia(const WhatsAppConfig &config, const QString &mediaId,
    const QString &fileName, Channel::FetchCallback done)
{
    const auto failed = [](bool permanent, const QString &error) {
        FetchedMedia f;
        f.permanent = permanent;
        f.error = error;
        return f;
    };
    // Step 1: the media object names a short-lived download URL.
    QNetworkReply *reply = m_network->get(
        authorised(QUrl(config.apiBaseUrl + QLatin1Char('/') + mediaId), config, kTimeoutMs));
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, config, fileName, failed, done = std::move(done)]() mutable {
            reply->deleteLater();
            const int status = statusOf(reply);
            const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 0)
                return done(failed(false,
                    QStringLiteral("WhatsApp could not be reached (%1)")
                        .arg(reply->errorString())));
            if (status == 401 || status == 403)
                return done(failed(
                    false, QStringLiteral("WhatsApp refused the access token: ") + kSettingsHint));
            if (status == 400 || status == 404)
                // Meta keeps a guest's file for 30 days; an unknown id will not come back.
                return done(failed(true,
                    QStringLiteral("WhatsApp no longer has this file (HTTP %1)").arg(status)));
            const QUrl url(root.value(QLatin1String("url")).toString());
            if (status != 200 || !url.isValid()
                || (url.scheme() != QLatin1String("https")
                    && url.scheme() != QLatin1String("http")))
                return done(failed(false,
                    QStringLiteral("WhatsApp answered HTTP %1 without a download address")
                        .arg(status)));
            const QString mimeType = root.value(QLatin1String("mime_type")).toString();
            // Step 2: the URL needs the same bearer token (it is Meta's CDN, named by Meta).
            QNetworkReply *download = m_network->get(authorised(url, config, kMediaTimeoutMs));
            connect(download, &QNetworkReply::finished, this,
                [download, mimeType, fileName, failed, done = std::move(done)]() {
                    download->deleteLater();
                    const int status = statusOf(download);
                    if (status == 200) {
                        FetchedMedia f;
                        f.ok = true;
                        f.bytes = download->readAll();
                        f.mimeType = mimeType.isEmpty()
                            ? download->header(QNetworkRequest::ContentTypeHeader).toString()
                            : mimeType;
                        f.fileName = fileName;
                        return done(f);
                    }
                    if (status == 404 || status == 410)
                        return done(failed(true,
                            QStringLiteral("WhatsApp no longer has this file (HTTP %1)")
                                .arg(status)));
                    done(failed(false,
                        status == 0 ? QStringLiteral("the download failed (%1)")
                                          .arg(download->errorString())
                                    : QStringLiteral("the download answered HTTP %1").arg(status)));
                });
        });
}

SendResult GraphClient::describe(int code, int httpStatus, const QString &message)
{
    SendResult r;
    r.outcome = SendOutcome::Failed;
    if (code)
        r.errorCode = QString::number(code);
    const QString withCode = code ? QStringLiteral(" (%1)").arg(code) : QString();
    if (httpStatus == 429 || isThrottle(code)) {
        r.outcome = SendOutcome::Retry;
        r.error = QStringLiteral("WhatsApp is throttling messages; retrying later") + withCode;
    } else if (httpStatus >= 500 || isTemporary(code)) {
        r.outcome = SendOutcome::Retry;
        r.error
            = QStringLiteral("WhatsApp had a temporary error (HTTP %1); retrying").arg(httpStatus)
            + withCode;
    } else if (code == 131047) {
        r.error = QStringLiteral("The 24-hour WhatsApp window is closed: only a template message "
                                 "can reach this guest now (131047)");
    } else if (code == 131026) {
        r.error = QStringLiteral("The message could not be delivered to this number: it may not "
                                 "use WhatsApp (131026)");
    } else if (isTokenError(code) || httpStatus == 401 || httpStatus == 403) {
        r.error = QStringLiteral("WhatsApp refused the access token: ") + kSettingsHint + withCode;
    } else if (code == 131052 || code == 131053) {
        r.error = QStringLiteral("WhatsApp could not process the file: check its type and size")
            + withCode;
    } else if (isTemplateError(code)) {
        r.error = QStringLiteral("WhatsApp refused the template%1: check its name, language and "
                                 "variables against WhatsApp Manager")
                      .arg(withCode)
            + (message.isEmpty() ? QString() : QStringLiteral(" — ") + message);
    } else {
        r.error = QStringLiteral("WhatsApp refused the message (HTTP %1%2%3)")
                      .arg(httpStatus)
                      .arg(code ? QStringLiteral(", code %1").arg(code) : QString())
                      .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    }
    return r;
}

SendResult GraphClient::classify(int httpStatus, const QByteArray &body, bool networkError,
    const QString &networkErrorText, const QByteArray &retryAfter)
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
    r = describe(error.value(QLatin1String("code")).toInt(), httpStatus,
        error.value(QLatin1String("message")).toString());
    if (r.outcome == SendOutcome::Retry)
        r.retryAfterMs = int(core::RetryAfter::toMs(retryAfter));
    return r;
}

} // namespace jack::channels
