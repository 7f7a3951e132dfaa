#include "channels/telegram/telegrambotapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace jack::channels {

namespace {

//! Reads a finished reply into an answer; Qt's error strings quote the URL, hence redaction.
TelegramAnswer answerOf(QNetworkReply *reply, const TelegramConfig &config)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        TelegramAnswer a;
        a.aborted = reply->error() == QNetworkReply::OperationCanceledError;
        a.description = config.redacted(reply->errorString());
        return a;
    }
    return TelegramAnswer::fromHttp(status, reply->readAll());
}

bool descriptionHas(const TelegramAnswer &a, const char *words)
{
    return a.description.contains(QLatin1String(words), Qt::CaseInsensitive);
}

} // namespace

TelegramAnswer TelegramAnswer::fromHttp(int httpStatus, const QByteArray &body)
{
    TelegramAnswer a;
    a.httpStatus = httpStatus;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    a.ok = httpStatus >= 200 && httpStatus < 300 && root.value(QLatin1String("ok")).toBool();
    a.result = root.value(QLatin1String("result"));
    if (a.ok)
        return a;
    a.errorCode = root.value(QLatin1String("error_code")).toInt(httpStatus);
    a.description = TelegramConfig::redact(root.value(QLatin1String("description")).toString());
    if (a.description.isEmpty())
        a.description = httpStatus >= 200 && httpStatus < 300
            ? QStringLiteral("an answer that is not a Bot API result")
            : QStringLiteral("HTTP %1").arg(httpStatus);
    a.retryAfterSeconds = root.value(QLatin1String("parameters"))
                              .toObject()
                              .value(QLatin1String("retry_after"))
                              .toInt();
    return a;
}

QString TelegramAnswer::explain() const
{
    if (ok)
        return {};
    if (httpStatus == 0)
        return QStringLiteral("Telegram could not be reached (%1)").arg(description);
    if (badToken())
        return QStringLiteral("Telegram refused the bot token: check the bot token in Settings "
                              "(from @BotFather)");
    if (errorCode == 429)
        return QStringLiteral("Telegram asked Jack to slow down for %1 s").arg(retryAfterSeconds);
    if (errorCode == 409)
        return QStringLiteral("Another program is receiving this bot's messages (Telegram: %1)")
            .arg(description);
    if (httpStatus >= 500)
        return QStringLiteral("Telegram had a server error (HTTP %1)").arg(httpStatus);
    return QStringLiteral("Telegram answered %1: %2").arg(errorCode).arg(description);
}

TelegramBotApi::TelegramBotApi(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QNetworkReply *TelegramBotApi::call(const TelegramConfig &config, const QString &method,
    const QJsonObject &parameters, int timeoutMs, Callback done)
{
    QNetworkRequest request(config.methodUrl(method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply
        = m_network->post(request, QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, config, done = std::move(done)]() {
        reply->deleteLater();
        done(answerOf(reply, config));
    });
    return reply;
}

void TelegramBotApi::download(
    const TelegramConfig &config, const QString &fileId, DownloadCallback done)
{
    call(config, QStringLiteral("getFile"), { { "file_id", fileId } }, kCallTimeoutMs,
        [this, config, done = std::move(done)](const TelegramAnswer &file) {
            const QString path
                = file.result.toObject().value(QLatin1String("file_path")).toString();
            if (!file.ok || path.isEmpty()) {
                TelegramAnswer a = file;
                if (a.ok) {
                    a.ok = false;
                    a.errorCode = 400;
                    a.description = QStringLiteral("getFile gave no file_path");
                }
                done(a, {});
                return;
            }
            QNetworkRequest request(config.fileUrl(path));
            request.setTransferTimeout(120000);
            QNetworkReply *reply = m_network->get(request);
            connect(reply, &QNetworkReply::finished, this, [reply, config, done]() {
                reply->deleteLater();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    TelegramAnswer a;
                    a.ok = true;
                    a.httpStatus = status;
                    done(a, reply->readAll());
                    return;
                }
                done(answerOf(reply, config), {});
            });
        });
}

SendResult TelegramBotApi::classifySend(const TelegramAnswer &a, const QString &chatId)
{
    SendResult r;
    if (a.ok) {
        const QJsonValue id = a.result.toObject().value(QLatin1String("message_id"));
        if (!id.isDouble()) {
            r.outcome = SendOutcome::Retry;
            r.error = QStringLiteral("Telegram answered without a message id");
            return r;
        }
        r.outcome = SendOutcome::Sent;
        r.channelMessageId = chatId + QLatin1Char(':') + QString::number(id.toInteger());
        return r;
    }
    if (a.errorCode)
        r.errorCode = QString::number(a.errorCode);
    if (a.httpStatus == 0 || a.httpStatus >= 500 || a.errorCode == 429) {
        r.outcome = SendOutcome::Retry;
        r.retryAfterMs = a.retryAfterSeconds * 1000;
        r.error = a.explain() + QStringLiteral("; retrying");
        return r;
    }
    if (a.badToken()) {
        // The admin fixes the token and the reply still goes out, within the retry window.
        r.outcome = SendOutcome::Retry;
        r.error = a.explain();
        return r;
    }
    r.outcome = SendOutcome::Failed;
    if (a.errorCode == 403 && descriptionHas(a, "blocked"))
        r.error = QStringLiteral("The guest has blocked the bot");
    else if (a.errorCode == 403 && descriptionHas(a, "deactivated"))
        r.error = QStringLiteral("The guest's Telegram account was deleted");
    else if (descriptionHas(a, "chat not found"))
        r.error = QStringLiteral("Telegram does not know this chat (chat not found): the guest "
                                 "may have deleted it");
    else
        r.error = QStringLiteral("Telegram refused the message (%1: %2)")
                      .arg(a.errorCode)
                      .arg(a.description);
    return r;
}

} // namespace jack::channels
