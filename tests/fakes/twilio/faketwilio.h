#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

//! A Twilio account as the fake and the tests know it.
struct TwilioAccount {
    QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QString authToken = QStringLiteral("f00dfeedc0ffee0123456789abcdef01");
    QString phoneNumber = QStringLiteral("+15005550006");
    QString friendlyName = QStringLiteral("Harbourview Hotel");
};

using TwilioParams = QList<QPair<QString, QString>>;

//! One request the fake Twilio received, with what it answered.
struct TwilioRequest {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    TwilioParams form; //!< the body decoded as a form
    bool authorised = false; //!< Basic auth matched the account
    int status = 0;
    QJsonObject response;
    QString sid; //!< the SM… handed out when a send was accepted

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QString value(const QString &name) const;
    [[nodiscard]] bool has(const QString &name) const;
    [[nodiscard]] bool isMessageSend() const;
    [[nodiscard]] bool accepted() const { return !sid.isEmpty(); }
};

//! In-process stand-in for Twilio's REST API on 127.0.0.1: Messages.json sends, the account
//! resource and MMS media (with Twilio's redirect to its storage), answered the way Twilio
//! does (https://www.twilio.com/docs/messaging/api/message-resource,
//! https://www.twilio.com/docs/usage/twilios-response). Records every request; can be told
//! to fail.
class FakeTwilio : public QObject {
    Q_OBJECT
public:
    explicit FakeTwilio(const TwilioAccount &account = {}, QObject *parent = nullptr);
    ~FakeTwilio() override;

    [[nodiscard]] bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    //! What the hub's apiBaseUrl should be: http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] const TwilioAccount &account() const { return m_account; }

    //! The next `count` sends are answered `httpStatus` with Twilio's error JSON for `code`
    //! (0 = the usual one: 429 → 20429, 5xx → 20500, 401 → 20003, 400 → 21211); with `to`,
    //! only sends to that number fail.
    void failNext(int count, int httpStatus, int code = 0, const QString &to = {});
    void clearFailures() { m_failures.clear(); }
    [[nodiscard]] int pendingFailures() const { return int(m_failures.size()); }

    //! Serves a file as Twilio serves MMS media; returns its MediaUrl (Basic auth required,
    //! answered by a 307 to an unauthenticated storage URL on another port, i.e. another
    //! origin, as Twilio redirects to its storage).
    QString addMedia(const QByteArray &mimeType, const QByteArray &bytes);

    [[nodiscard]] QList<TwilioRequest> requests() const { return m_requests; }
    [[nodiscard]] QList<TwilioRequest> messageSends() const;
    [[nodiscard]] QList<TwilioRequest> sendsTo(const QString &to) const;
    [[nodiscard]] QList<TwilioRequest> acceptedSendsTo(const QString &to) const;
    void clearRequests() { m_requests.clear(); }

    //! X-Twilio-Signature of `params` posted to `url`, written independently of the hub's code
    //! from Twilio's description.
    [[nodiscard]] static QByteArray signature(
        const QString &authToken, const QString &url, const TwilioParams &params);
    [[nodiscard]] static QByteArray encodeForm(const TwilioParams &params);
    [[nodiscard]] static TwilioParams decodeForm(const QByteArray &body);
    //! "SM" / "MM" / "ME" followed by 32 hex digits.
    [[nodiscard]] static QString newSid(const QString &prefix);

Q_SIGNALS:
    void requestReceived(const TwilioRequest &request);
    void messageAccepted(const TwilioRequest &request);

private:
    struct Failure {
        int status;
        int code;
        QString to;
    };
    struct Media {
        QByteArray mimeType;
        QByteArray bytes;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void answerSend(TwilioRequest &record);
    [[nodiscard]] QJsonObject errorBody(int status, int code, const QString &message) const;

    TwilioAccount m_account;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    quint16 m_storagePort = 0; // media storage: another origin, like Twilio's S3 bucket
    QList<Failure> m_failures;
    QHash<QString, Media> m_media;
    QList<TwilioRequest> m_requests;
};
