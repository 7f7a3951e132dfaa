#pragma once
#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QWebSocket;

namespace jack::gateway {

class HttpServer;

//! The signed-in staff member a request acts for.
struct AuthUser {
    QString id;
    QString role; // admin | manager | staff
    qint64 expiresAt = 0; // seconds since the epoch, when the access token stops being valid
    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
};

//! A request as our handlers see it: copied out of Qt's object so it outlives the call.
struct Request {
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHostAddress remote;
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QStringList params; // path captures in order
    AuthUser user;

    [[nodiscard]] QByteArray header(const QByteArray &lowercaseName) const
    {
        return headers.value(lowercaseName);
    }
    [[nodiscard]] QString param(int i) const { return params.value(i); }
    [[nodiscard]] QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
};

//! A handle to answer one request, now or later and from any thread; answering twice is a no-op.
class Reply {
public:
    void json(int status, const QJsonValue &body) const;
    //! API.md error body {"error":{"code","message","details"}}.
    void error(int status, const QString &code, const QString &message,
        const QJsonObject &details = {}) const;
    //! 400 naming the offending field.
    void invalid(const QString &field, const QString &message) const;
    void notFound(const QString &what) const;
    void raw(int status, const QByteArray &body, const QByteArray &contentType,
        const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;
    [[nodiscard]] bool isSent() const;

private:
    friend class HttpServer;
    struct State;
    std::shared_ptr<State> m_state;
};

enum class Access { Public, Staff, Manager, Admin };

//! The hub's one HTTP port: routing, body limits, bearer authentication and role checks in
//! front of handlers that may answer asynchronously (after a group commit).
class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const Request &, const Reply &)>;
    //! Verifies a bearer token; returns an invalid user when it is not acceptable.
    using Authenticator = std::function<AuthUser(const QByteArray &token)>;
    //! Takes an upgraded socket; it checks its own credentials (token, origin…).
    using WebSocketAcceptor = std::function<void(std::unique_ptr<QWebSocket>)>;

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    explicit HttpServer(QObject *parent = nullptr);

    void setAuthenticator(Authenticator authenticator) { m_auth = std::move(authenticator); }
    //! `pattern` like "/api/v1/conversations/{id}/messages".
    //! `maxBodyBytes` raises (or lowers) the body limit for this route only (file uploads).
    void route(QHttpServerRequest::Method method, const QString &pattern, Access access,
        Handler handler, qint64 maxBodyBytes = kMaxBodyBytes);
    //! Requests in flight (accepted, not yet answered).
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    //! Upgrades to a WebSocket are let through on `path` and handed to `acceptor`; upgrades
    //! on other paths are refused.
    void acceptWebSockets(const QString &path, WebSocketAcceptor acceptor);
    //! Stop taking new requests (shutdown): they get 503.
    void setAccepting(bool accepting) { m_accepting = accepting; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class Reply;
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        Access access;
        Handler handler;
        qint64 maxBodyBytes = kMaxBodyBytes;
    };
    //! The body limit of the route `method` + `segments` would reach (default when none).
    [[nodiscard]] qint64 bodyLimit(
        QHttpServerRequest::Method method, const QStringList &segments) const;
    void send(const std::shared_ptr<Reply::State> &state, int status, const QByteArray &body,
        const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers);
    [[nodiscard]] Reply makeReply(const QHttpServerRequest &request, QTcpSocket *socket);
    static bool matches(const Route &route, const QStringList &segments, QStringList *params);
    void dispatchWebSockets();

    QList<Route> m_routes;
    Authenticator m_auth;
    int m_inFlight = 0;
    bool m_accepting = true;
    QHash<QString, WebSocketAcceptor> m_webSocketAcceptors; // by path
};

} // namespace jack::gateway
