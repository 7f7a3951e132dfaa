#include "channels/sms/twilioclient.h"

#include "channels/sms/twilioerrors.h"
#include "channels/sms/twilioform.h"
#include "core/retryafter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace jack::channels {

namespace {
constexpr int kTimeoutMs = 20000;
constexpr int kMaxRedirects = 5;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

TwilioClient::TwilioClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QByteArray TwilioClient::basicAuth(const SmsConfig &config)
{
    return "Basic " + (config.accountSid + QLatin1Char(':') + config.authToken).toUtf8().toBase64();
}

void TwilioClient::sendText(
    const SmsConfig &config, const QString &to, const QString &body, SendCallback done)
{
    QNetworkRequest request(QUrl(config.accountUrl() + QStringLiteral("/Messages.json")));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Authorization", basicAuth(config));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    TwilioForm form;
    form.add(QStringLiteral("To"), to);
    if (!config.phoneNumber.isEmpty())
        form.add(QStringLiteral("From"), config.phoneNumber);
    else
        form.add(QStringLiteral("MessagingServiceSid"), config.messagingServiceSid);
    form.add(QStringLiteral("Body"), body);
    // Without a public URL Twilio could not reach us; the message then stays at "sent".
    if (!config.statusCallbackUrl().isEmpty())
        form.add(QStringLiteral("StatusCallback"), config.statusCallbackUrl());
    QNetworkReply *reply = m_network->post(request, form.encoded());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(classify(status, reply->readAll(), status == 0, reply->errorString(),
            reply->rawHeader("Retry-After")));
    });
}

SendResult TwilioClient::classify(int httpStatus, const QByteArray &body, bool networkError,
    const QString &networkErrorText, const QByteArray &retryAfter)
{
    SendResult r;
    if (networkError) {
        r.outcome = SendOutcome::Retry;
        r.error = QStringLiteral("Twilio could not be reached (%1)").arg(networkErrorText);
        return r;
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (httpStatus >= 200 && httpStatus < 300) {
        r.channelMessageId = root.value(QLatin1String("sid")).toString();
        if (r.channelMessageId.isEmpty()) {
            r.outcome = SendOutcome::Retry;
            r.error = QStringLiteral("Twilio answered without a message SID");
            return r;
        }
        r.outcome = SendOutcome::Sent;
        const int segments = root.value(QLatin1String("num_segments")).toString().toInt();
        if (segments > 0)
            r.meta.insert(QStringLiteral("segments"), segments);
        return r;
    }
    const int code = root.value(QLatin1String("code")).toInt();
    const QString message = root.value(QLatin1String("message")).toString();
    if (code)
        r.errorCode = QString::number(code);
    if (httpStatus == 429 || httpStatus >= 500 || code == 20429) {
        r.outcome = SendOutcome::Retry;
        r.retryAfterMs = int(core::RetryAfter::toMs(retryAfter));
        r.error = httpStatus == 429 || code == 20429
            ? QStringLiteral("Twilio is throttling messages; retrying later")
            : QStringLiteral("Twilio had a server error (HTTP %1); retrying").arg(httpStatus);
        return r;
    }
    r.outcome = SendOutcome::Failed;
    if (httpStatus == 401 || code == 20003)
        r.error = TwilioErrors::describe(20003);
    else if (httpStatus == 404 && (code == 20404 || code == 0))
        r.error = QStringLiteral("Twilio does not know this account: check the account SID in "
                                 "the Twilio settings");
    else if (!TwilioErrors::describe(code).isEmpty())
        r.error = TwilioErrors::describe(code);
    else
        r.error = QStringLiteral("Twilio refused the message (HTTP %1%2%3)")
                      .arg(httpStatus)
                      .arg(code ? QStringLiteral(", code %1").arg(code) : QString())
                      .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    return r;
}

void TwilioClient::checkAccount(const SmsConfig &config, TestCallback done)
{
    QNetworkRequest request(QUrl(config.accountUrl() + QStringLiteral(".json")));
    request.setRawHeader("Authorization", basicAuth(config));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200) {
            const QString name = root.value(QLatin1String("friendly_name")).toString();
            const QString state = root.value(QLatin1String("status")).toString();
            if (!state.isEmpty() && state != QLatin1String("active")) {
                done(false, QStringLiteral("The Twilio account is %1").arg(state));
                return;
            }
            done(true,
                name.isEmpty() ? QStringLiteral("Connected to Twilio")
                               : QStringLiteral("Connected to Twilio account \"%1\"").arg(name));
            return;
        }
        if (status == 0) {
            done(false,
                QStringLiteral("Twilio could not be reached (%1)").arg(reply->errorString()));
            return;
        }
        if (status == 401 || status == 404) {
            done(false,
                QStringLiteral("Twilio refused the account SID or auth token (HTTP %1): check "
                               "both in the Twilio console")
                    .arg(status));
            return;
        }
        const QString message = root.value(QLatin1String("message")).toString();
        done(false,
            QStringLiteral("Twilio answered HTTP %1%2")
                .arg(status)
                .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    });
}

void TwilioClient::fetchMedia(const SmsConfig &config, const QString &url, FetchCallback done)
{
    const QUrl target(url);
    if (!target.isValid() || target.scheme().isEmpty()) {
        done(FetchedMedia { false, true, {}, {}, {}, QStringLiteral("not a media URL") });
        return;
    }
    fetchHop(config, target, kMaxRedirects, std::move(done));
}

void TwilioClient::fetchHop(
    const SmsConfig &config, const QUrl &url, int hopsLeft, FetchCallback done)
{
    QNetworkRequest request(url);
    // Redirects are followed here, not by Qt, so the credentials never travel with them.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (sameOrigin(url, QUrl(config.apiBaseUrl)))
        request.setRawHeader("Authorization", basicAuth(config));
    request.setTransferTimeout(kTimeoutMs * 3);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, config, url, hopsLeft, done = std::move(done)]() mutable {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 300 && status < 400) {
                const QUrl next = url.resolved(
                    reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
                if (hopsLeft <= 0 || !next.isValid()) {
                    done(FetchedMedia {
                        false, true, {}, {}, {}, QStringLiteral("too many redirects") });
                    return;
                }
                fetchHop(config, next, hopsLeft - 1, std::move(done));
                return;
            }
            FetchedMedia media;
            if (status == 200) {
                media.ok = true;
                media.bytes = reply->readAll();
                media.mimeType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
                return done(media);
            }
            media.permanent = status == 401 || status == 403 || status == 404 || status == 410;
            media.error = status == 0
                ? QStringLiteral("Twilio could not be reached (%1)").arg(reply->errorString())
                : QStringLiteral("Twilio answered HTTP %1 for the media file").arg(status);
            done(media);
        });
}

} // namespace jack::channels
