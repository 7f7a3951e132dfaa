#pragma once
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace jack::desk {

//! One answer of the hub: status, JSON body and, for errors, the API's error code and message.
struct ApiReply {
    int status = 0; // 0 when the hub could not be reached
    QJsonDocument body;
    QString errorCode;
    QString errorMessage;
    QByteArray data; // the raw body, for files (media) rather than JSON

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300; }
    [[nodiscard]] QJsonObject object() const { return body.object(); }
    //! The rows of a list answer: `{"items": [...]}` or a bare array.
    [[nodiscard]] QJsonArray items() const;
    //! `total` of a list answer, or the number of items when the hub sent none.
    [[nodiscard]] int total() const;
};

using ApiCallback = std::function<void(const ApiReply &)>;

//! The desk's HTTP client for /api/v1: bearer tokens, one silent refresh on 401, JSON in and out.
class ApiClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ApiClient belongs to Desk")
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY baseUrlChanged)
    Q_PROPERTY(bool authenticated READ authenticated NOTIFY tokensChanged)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);
    [[nodiscard]] bool authenticated() const { return !m_accessToken.isEmpty(); }
    [[nodiscard]] QString accessToken() const { return m_accessToken; }
    [[nodiscard]] QString refreshToken() const { return m_refreshToken; }
    void setTokens(const QString &accessToken, const QString &refreshToken);
    void clearTokens();

    //! POST auth/login; on success the tokens are kept and the reply carries the user.
    void login(
        const QString &email, const QString &password, QObject *context, ApiCallback callback);
    //! Trades the refresh token for new tokens; `done(false)` when the session is over.
    void refresh(QObject *context, std::function<void(bool)> done);

    // `path` is relative to /api/v1 ("conversations/42"). The callback is skipped when
    // `context` was destroyed meanwhile.
    void get(const QString &path, const QUrlQuery &query, QObject *context, ApiCallback callback);
    void post(const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback);
    void put(const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback);
    void patch(
        const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback);
    //! DELETE of a resource ("staff/42").
    void remove(const QString &path, QObject *context, ApiCallback callback);
    //! POST of raw bytes (a file) with their own Content-Type, e.g. POST media?fileName=.
    void postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
        const QByteArray &contentType, QObject *context, ApiCallback callback);

    //! ws(s)://host:port/ws?token=<current access token>.
    [[nodiscard]] QUrl liveFeedUrl() const;
    //! Absolute URL of an API path, e.g. for logs and tests.
    [[nodiscard]] QUrl apiUrl(const QString &path, const QUrlQuery &query = {}) const;

Q_SIGNALS:
    void baseUrlChanged();
    void tokensChanged();
    //! The refresh token was refused: the clerk has to sign in again.
    void sessionExpired();

private:
    struct Request {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QPointer<QObject> context;
        ApiCallback callback;
        bool retried = false;
        bool authenticate = true;
        QByteArray contentType {}; // application/json when empty
    };
    void send(Request request);
    void finish(QNetworkReply *reply, Request request);
    void storeTokens(const QJsonObject &object);

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_refreshing = false;
    std::vector<std::function<void(bool)>> m_refreshWaiters;
};

//! Reads a reply's JSON and error fields; shared with the tests.
[[nodiscard]] ApiReply parseReply(
    int status, const QByteArray &data, const QString &transportError);

} // namespace jack::desk
