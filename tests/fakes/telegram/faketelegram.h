#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

//! One Bot API call the fake received, with what it answered.
struct TelegramCall {
    QByteArray httpMethod;
    QString path; //!< as received, token included (tests check the token never leaks elsewhere)
    QString method; //!< the Bot API method (getUpdates, sendMessage…), or "file" for downloads
    QJsonObject params; //!< JSON body, or the query / form fields
    int status = 0;
    QJsonObject response;
    qint64 atMs = 0; //!< when it arrived (ms since the epoch)
};

//! In-process stand-in for the Telegram Bot API (https://core.telegram.org/bots/api) on
//! 127.0.0.1: getMe, getUpdates (long polling with offset confirmation, one poller at a time,
//! 409 while a webhook is set), sendMessage, getFile + file download, setWebhook /
//! deleteWebhook, and injected errors shaped like Telegram's. Plain QTcpServer so a long poll
//! can be held open and answered later.
class FakeTelegram : public QObject {
    Q_OBJECT
public:
    explicit FakeTelegram(QString token = QStringLiteral("7000001:AAHfakeTokenForJackTests_x1"),
        QString botUsername = QStringLiteral("harbourview_bot"), QObject *parent = nullptr);
    ~FakeTelegram() override;

    [[nodiscard]] bool start(quint16 port = 0);
    //! What the hub's `apiBaseUrl` should be: http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString botUsername() const { return m_username; }

    // Guests writing to the bot. Each returns the update_id it was queued under; message ids
    // count per chat, shared with the bot's own messages as in a real private chat.
    qint64 queueText(qint64 chatId, const QString &text, const QString &firstName = {},
        const QString &lastName = {});
    //! A message body (without chat/from/message_id/date, which are filled in).
    qint64 queueMessage(qint64 chatId, const QJsonObject &content,
        const QString &firstName = QStringLiteral("Guest"));
    //! An edit of an earlier message of the chat.
    qint64 queueEdit(qint64 chatId, qint64 messageId, const QString &newText);
    //! A complete update as given (its update_id kept): Telegram redelivering one.
    void queueUpdate(const QJsonObject &update);
    //! The update queued under `updateId` (to redeliver it).
    [[nodiscard]] QJsonObject update(qint64 updateId) const;
    //! Updates not yet confirmed by a getUpdates offset.
    [[nodiscard]] int pendingUpdates() const { return m_updates.size(); }

    //! GET /file/bot<token>/<path> serves `bytes`; getFile(fileId) names the path.
    void addFile(const QString &fileId, const QString &filePath, const QByteArray &bytes);

    //! The next `count` calls of `method` fail the way Telegram fails: error_code `status`,
    //! `description`, and parameters.retry_after for a 429. With `chatId`, only calls for that
    //! chat fail (other chats are served normally).
    void failNext(const QString &method, int count, int status, const QString &description,
        int retryAfterSeconds = 0, qint64 chatId = 0);
    //! sendMessage to this chat answers 403 "Forbidden: bot was blocked by the user".
    void blockChat(qint64 chatId) { m_blocked.insert(chatId); }

    [[nodiscard]] QList<TelegramCall> calls() const { return m_calls; }
    [[nodiscard]] QList<TelegramCall> calls(const QString &method) const;
    //! The offsets getUpdates was asked for, in order (-1 when none was given).
    [[nodiscard]] QList<qint64> offsetsAsked() const;
    //! Accepted sendMessage calls (answered ok) to `chatId`.
    [[nodiscard]] QList<TelegramCall> sentTo(qint64 chatId) const;
    [[nodiscard]] QString webhookUrl() const { return m_webhookUrl; }
    [[nodiscard]] bool hasHeldPoll() const { return !m_held.socket.isNull(); }

Q_SIGNALS:
    void callReceived(const TelegramCall &call);

private:
    struct Connection {
        QByteArray buffer;
    };
    struct HeldPoll {
        QPointer<QTcpSocket> socket;
        qint64 offset = -1;
        int limit = 100;
        QTimer *timer = nullptr;
        int callIndex = -1;
    };
    struct Failure {
        int status;
        QString description;
        int retryAfter;
        qint64 chatId;
    };
    struct File {
        QString path;
        QByteArray bytes;
    };

    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
        const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    void answer(QTcpSocket *socket, int status, const QJsonObject &json, int callIndex);
    void answerBytes(
        QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body);
    void getUpdates(QTcpSocket *socket, const QJsonObject &params, int callIndex);
    void releaseHeld(bool timedOut);
    QJsonArray takeUpdates(qint64 offset, int limit);
    qint64 nextMessageId(qint64 chatId) { return ++m_messageIds[chatId]; }
    QJsonObject chatOf(qint64 chatId) const;
    static QJsonObject error(int code, const QString &description, int retryAfter = 0);

    QString m_token;
    QString m_username;
    QTcpServer *m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QJsonObject> m_updates; // not yet confirmed, in update_id order
    QHash<qint64, QJsonObject> m_allUpdates;
    qint64 m_nextUpdateId = 500000001;
    QHash<qint64, qint64> m_messageIds;
    QHash<qint64, QString> m_chatNames;
    QSet<qint64> m_blocked;
    QHash<QString, QList<Failure>> m_failures;
    QHash<QString, File> m_files;
    QString m_webhookUrl;
    QString m_webhookSecret;
    HeldPoll m_held;
    QList<TelegramCall> m_calls;
};
