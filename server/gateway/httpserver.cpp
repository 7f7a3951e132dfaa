#include "gateway/httpserver.h"

#include "ops/logging.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QThread>
#include <QWebSocket>

namespace jack::gateway {

struct Reply::State {
    QPointer<HttpServer> server;
    QPointer<QTcpSocket> socket;
    // Qt keeps one request object per socket until the socket is destroyed; the QPointer on
    // the socket tells us whether it is still there.
    const QHttpServerRequest *request = nullptr;
    bool sent = false;
    QString method;
    QString path;
};

namespace {
QByteArray compact(const QJsonValue &v)
{
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

const QByteArray kJson = QByteArrayLiteral("application/json");
} // namespace

void Reply::json(int status, const QJsonValue &body) const
{
    raw(status, compact(body), kJson);
}

void Reply::error(
    int status, const QString &code, const QString &message, const QJsonObject &details) const
{
    QJsonObject error { { "code", code }, { "message", message } };
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (status == 429)
        headers.append(qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("900")));
    raw(status, compact(QJsonObject { { "error", error } }), kJson, headers);
}

void Reply::invalid(const QString &field, const QString &message) const
{
    error(400, QStringLiteral("VALIDATION_ERROR"), message, { { "field", field } });
}

void Reply::notFound(const QString &what) const
{
    error(404, QStringLiteral("NOT_FOUND"), what + QStringLiteral(" not found"));
}

void Reply::raw(int status, const QByteArray &body, const QByteArray &contentType,
    const QList<QPair<QByteArray, QByteArray>> &extraHeaders) const
{
    auto state = m_state;
    if (!state || !state->server)
        return;
    HttpServer *server = state->server.data();
    if (QThread::currentThread() != server->thread()) {
        QMetaObject::invokeMethod(
            server,
            [server, state, status, body, contentType, extraHeaders]() {
                server->send(state, status, body, contentType, extraHeaders);
            },
            Qt::QueuedConnection);
        return;
    }
    server->send(state, status, body, contentType, extraHeaders);
}

bool Reply::isSent() const
{
    return m_state && m_state->sent;
}

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    connect(this, &HttpServer::newWebSocketConnection, this, &HttpServer::dispatchWebSockets);
}

void HttpServer::acceptWebSockets(const QString &path, WebSocketAcceptor acceptor)
{
    m_webSocketAcceptors.insert(path, std::move(acceptor));
}

void HttpServer::dispatchWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        const auto acceptor = m_webSocketAcceptors.constFind(socket->requestUrl().path());
        if (acceptor == m_webSocketAcceptors.cend()) {
            socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no WebSocket here"));
            socket.release()->deleteLater();
            continue;
        }
        (*acceptor)(std::move(socket));
    }
}

void HttpServer::route(QHttpServerRequest::Method method, const QString &pattern, Access access,
    Handler handler, qint64 maxBodyBytes)
{
    m_routes.append(Route { method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), access,
        std::move(handler), maxBodyBytes });
}

qint64 HttpServer::bodyLimit(QHttpServerRequest::Method method, const QStringList &segments) const
{
    for (const Route &route : m_routes) {
        QStringList params;
        if (route.method == method && route.maxBodyBytes != kMaxBodyBytes
            && matches(route, segments, &params))
            return route.maxBodyBytes;
    }
    return kMaxBodyBytes;
}

bool HttpServer::matches(const Route &route, const QStringList &segments, QStringList *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList captured;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments[i];
        if (want.startsWith(QLatin1Char('{'))) {
            if (segments[i].isEmpty())
                return false;
            captured.append(segments[i]);
        } else if (want != segments[i]) {
            return false;
        }
    }
    *params = captured;
    return true;
}

Reply HttpServer::makeReply(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Reply reply;
    reply.m_state = std::make_shared<Reply::State>();
    reply.m_state->server = this;
    reply.m_state->socket = socket;
    reply.m_state->request = &request;
    reply.m_state->path = request.url().path();
    ++m_inFlight;
    return reply;
}

void HttpServer::send(const std::shared_ptr<Reply::State> &state, int status,
    const QByteArray &body, const QByteArray &contentType,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (state->sent)
        return;
    state->sent = true;
    --m_inFlight;
    if (!state->socket || state->socket->state() != QAbstractSocket::ConnectedState) {
        ops::Logging::get("gateway")->debug(
            "client left before the answer to {}", state->path.toStdString());
        return;
    }
    QHttpServerResponder responder = makeResponder(*state->request, state->socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request req;
    req.method = request.method();
    req.path = request.url().path();
    req.query = request.query();
    req.body = request.body();
    req.remote = request.remoteAddress();
    for (const auto &[name, value] : request.headers())
        req.headers.insert(name.toLower(), value);

    if (m_webSocketAcceptors.contains(req.path) && req.header("upgrade").toLower() == "websocket") {
        // Writing nothing lets Qt complete the upgrade; the acceptor checks the token (or the
        // origin) and closes with 1008 when it is wrong (6.4 would upgrade even after a 401).
        return true;
    }
    Reply reply = makeReply(request, socket);
    if (!m_accepting) {
        reply.error(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("Jack is shutting down"));
        return true;
    }
    const QStringList segments = req.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qint64 maxBody = bodyLimit(req.method, segments);
    if (req.body.size() > maxBody || req.header("content-length").toLongLong() > maxBody) {
        reply.error(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
            QStringLiteral("request bodies here are limited to %1 MiB").arg(maxBody / 1048576.0));
        return true;
    }
    // A path spelled out literally ("/tasks/stats") belongs to its own routes only, never to
    // a "/tasks/{id}" route of another method.
    const bool literalPath = std::any_of(m_routes.cbegin(), m_routes.cend(), [&](const Route &r) {
        QStringList params;
        return matches(r, segments, &params) && params.isEmpty();
    });
    QList<const Route *> candidates;
    for (const Route &route : std::as_const(m_routes)) {
        QStringList params;
        if (matches(route, segments, &params) && (!literalPath || params.isEmpty()))
            candidates.append(&route);
    }
    const bool pathKnown = !candidates.isEmpty();
    for (const Route *candidate : std::as_const(candidates)) {
        const Route &route = *candidate;
        QStringList params;
        matches(route, segments, &params);
        if (route.method != req.method)
            continue;
        req.params = params;
        if (route.access != Access::Public) {
            QByteArray token;
            const QByteArray authorization = req.header("authorization");
            if (authorization.startsWith("Bearer "))
                token = authorization.mid(7).trimmed();
            req.user = token.isEmpty() || !m_auth ? AuthUser {} : m_auth(token);
            if (!req.user.isValid()) {
                reply.error(401, QStringLiteral("UNAUTHORIZED"),
                    token.isEmpty() ? QStringLiteral("a bearer token is required")
                                    : QStringLiteral("the token is invalid or expired"));
                return true;
            }
            const QString &role = req.user.role;
            const bool allowed = route.access == Access::Staff
                || (route.access == Access::Manager
                    && (role == QLatin1String("manager") || role == QLatin1String("admin")))
                || (route.access == Access::Admin && role == QLatin1String("admin"));
            if (!allowed) {
                reply.error(
                    403, QStringLiteral("FORBIDDEN"), QStringLiteral("your role may not do this"));
                return true;
            }
        }
        try {
            route.handler(req, reply);
        } catch (const std::exception &e) {
            ops::Logging::get("gateway")->error(
                "{} {} failed: {}", request.url().path().toStdString(), int(req.method), e.what());
            reply.error(500, QStringLiteral("INTERNAL_ERROR"),
                QStringLiteral("something went wrong; the error was logged"));
        }
        return true;
    }
    if (pathKnown) {
        QStringList allowed;
        for (const Route *route : std::as_const(candidates)) {
            const QString method = QString::fromLatin1(
                QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(route->method)))
                                       .toUpper();
            if (!allowed.contains(method))
                allowed.append(method);
        }
        reply.raw(405,
            QJsonDocument(QJsonObject { { "error",
                              QJsonObject { { "code", "METHOD_NOT_ALLOWED" },
                                  { "message", "this path does not accept that method" } } } })
                .toJson(QJsonDocument::Compact),
            kJson,
            { qMakePair(
                QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()) });
        return true;
    }
    reply.error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such route: ") + req.path);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeReply(request, socket)
        .error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no such route"));
}

} // namespace jack::gateway
