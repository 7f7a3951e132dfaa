#pragma once
#include "channels/channel.h"
#include "channels/telegram/telegramconfig.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::channels {

//! What one Bot API method answered: Telegram's {"ok","result"} or {"ok":false,"error_code",
//! "description","parameters"}, or why no answer came.
struct TelegramAnswer {
    bool ok = false;
    int httpStatus = 0; // 0: no HTTP answer (network error, timeout, aborted)
    int errorCode = 0; // Telegram's error_code, else the HTTP status
    QString description; // Telegram's text or the network error, never holding the token
    QJsonValue result;
    int retryAfterSeconds = 0; // parameters.retry_after of a 429
    bool aborted = false; // cancelled by us (stop, reconfigure)

    [[nodiscard]] static TelegramAnswer fromHttp(int httpStatus, const QByteArray &body);
    [[nodiscard]] bool badToken() const { return errorCode == 401 || errorCode == 404; }
    //! A sentence for staff and the status board.
    [[nodiscard]] QString explain() const;
};

//! Telegram Bot API client (https://core.telegram.org/bots/api): calls methods with JSON
//! bodies, downloads files, and classifies sendMessage answers for the outbox.
class TelegramBotApi : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const TelegramAnswer &)>;
    using DownloadCallback = std::function<void(const TelegramAnswer &, const QByteArray &)>;

    TelegramBotApi(QNetworkAccessManager *network, QObject *parent = nullptr);

    //! POST {apiBaseUrl}/bot<token>/<method>; `done` runs once, in this thread. The reply is
    //! returned so a long poll can be aborted (`done` then sees `aborted`).
    QNetworkReply *call(const TelegramConfig &config, const QString &method,
        const QJsonObject &parameters, int timeoutMs, Callback done);
    //! getFile, then GET {apiBaseUrl}/file/bot<token>/<file_path>.
    void download(const TelegramConfig &config, const QString &fileId, DownloadCallback done);

    //! A sendMessage answer as the outbox needs it; `chatId` completes the message id.
    [[nodiscard]] static SendResult classifySend(
        const TelegramAnswer &answer, const QString &chatId);

    static constexpr int kCallTimeoutMs = 20000;

private:
    QNetworkAccessManager *m_network;
};

} // namespace jack::channels
