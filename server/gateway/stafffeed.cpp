#include "gateway/stafffeed.h"

#include "gateway/httpserver.h"
#include "ops/logging.h"
#include "storage/changefeed.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrlQuery>
#include <QWebSocket>

namespace jack::gateway {

namespace {
constexpr int kPingIntervalMs = 30000;
constexpr qint64 kSilenceLimitMs = 90000;
constexpr int kBacklogPage = 500;
// After `connected`, a desk that knows its last sequence answers with `resume` within a round
// trip. Live changes are held that long so they cannot overtake the backlog.
constexpr int kResumeGraceMs = 1000;
// A socket that has not authenticated by then is closed.
constexpr int kAuthGraceMs = 10000;
} // namespace

struct StaffFeed::Client {
    std::unique_ptr<QWebSocket> socket;
    AuthUser user;
    bool authenticated = false;
    qint64 lastSent = 0; // highest seq delivered; live changes at or below it are skipped
    qint64 lastHeard = 0;
    bool holding = false; // live changes wait until resume (or the grace period) passes
    QList<core::Change> held;
};

StaffFeed::StaffFeed(
    HttpServer *server, QString readConnection, Authenticator auth, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_readConnection(std::move(readConnection))
    , m_auth(std::move(auth))
{
    server->acceptWebSockets(QStringLiteral("/ws"),
        [this](std::unique_ptr<QWebSocket> socket) { accept(std::move(socket)); });
    connect(&m_heartbeat, &QTimer::timeout, this, &StaffFeed::heartbeat);
    m_heartbeat.start(kPingIntervalMs);
}

StaffFeed::~StaffFeed()
{
    closeAll();
}

void StaffFeed::closeAll()
{
    const auto clients = m_clients;
    m_clients.clear();
    for (Client *c : clients) {
        c->socket->disconnect(this);
        c->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("hub stopping"));
        delete c;
    }
}

void StaffFeed::accept(std::unique_ptr<QWebSocket> accepted)
{
    auto *client = new Client;
    client->socket = std::move(accepted);
    client->lastHeard = QDateTime::currentMSecsSinceEpoch();
    m_clients.append(client);
    QWebSocket *socket = client->socket.get();
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, client](const QString &text) { onText(client, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, client]() { remove(client); });
    connect(socket, &QWebSocket::pong, this,
        [client]() { client->lastHeard = QDateTime::currentMSecsSinceEpoch(); });
    const QByteArray token = QUrlQuery(socket->requestUrl())
                                 .queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)
                                 .toUtf8();
    if (!token.isEmpty()) {
        authenticate(client, token);
        return;
    }
    QPointer<QWebSocket> guard = socket;
    QTimer::singleShot(kAuthGraceMs, this, [client, guard]() {
        if (guard && !client->authenticated)
            guard->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("authenticate first"));
    });
}

void StaffFeed::authenticate(Client *client, const QByteArray &token)
{
    client->user = m_auth(token);
    if (!client->user.isValid()) {
        client->socket->close(
            QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("invalid token"));
        return;
    }
    client->authenticated = true;
    // Changes committed up to now are covered by the desk's own HTTP load or its resume.
    client->lastSent = storage::ChangeFeed(QSqlDatabase::database(m_readConnection)).latestSeq();
    client->holding = true;
    QPointer<QWebSocket> socket = client->socket.get();
    QTimer::singleShot(kResumeGraceMs, this, [this, client, socket]() {
        if (socket && m_clients.contains(client))
            release(client);
    });
    sendFrame(client,
        { { "type", "connected" }, { "seq", client->lastSent },
            { "payload",
                QJsonObject { { "seq", client->lastSent }, { "userId", client->user.id } } } });
}

void StaffFeed::release(Client *client)
{
    if (!client->holding)
        return;
    client->holding = false;
    const QList<core::Change> held = std::exchange(client->held, {});
    for (const core::Change &change : held) {
        if (change.seq > client->lastSent) {
            send(client, change);
            client->lastSent = change.seq;
        }
    }
}

void StaffFeed::onText(Client *client, const QString &text)
{
    client->lastHeard = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(QLatin1String("type")).toString();
    const QJsonObject payload = frame.value(QLatin1String("payload")).toObject();
    if (!client->authenticated) {
        const QString token = type == QLatin1String("auth")
            ? payload.value(QLatin1String("token")).toString()
            : frame.value(QLatin1String("token")).toString();
        if (token.isEmpty()) {
            client->socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("authenticate first"));
            return;
        }
        authenticate(client, token.toUtf8());
        return;
    }
    if (type == QLatin1String("resume")) {
        resume(client, qint64(payload.value(QLatin1String("since")).toDouble(-1)));
        release(client);
        return;
    }
    release(client);
    if (type == QLatin1String("ping")) {
        sendFrame(client, { { "type", "pong" } });
    } else if (type == QLatin1String("pong")) {
        // heard; nothing else to do
    } else {
        sendFrame(client,
            { { "type", "error" },
                { "payload",
                    QJsonObject { { "code", "VALIDATION_ERROR" },
                        { "message", QStringLiteral("unknown frame type '%1'").arg(type) } } } });
    }
}

void StaffFeed::resume(Client *client, qint64 since)
{
    storage::ChangeFeed feed(QSqlDatabase::database(m_readConnection));
    const qint64 oldest = feed.oldestSeq();
    const qint64 latest = feed.latestSeq();
    if (since < 0 || (oldest > 0 && since < oldest - 1) || since > latest) {
        client->lastSent = latest;
        sendFrame(client,
            { { "type", "resync" }, { "seq", latest },
                { "payload", QJsonObject { { "seq", latest } } } });
        return;
    }
    // Runs in the gateway thread like publish(): no live change can interleave with the backlog.
    qint64 cursor = since;
    for (;;) {
        const QList<core::Change> page = feed.since(cursor, kBacklogPage);
        for (const core::Change &change : page) {
            send(client, change);
            cursor = change.seq;
        }
        if (page.size() < kBacklogPage)
            break;
    }
    client->lastSent = std::max(client->lastSent, cursor);
}

void StaffFeed::publish(const core::Change &change)
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated && client->holding) {
            client->held.append(change);
            continue;
        }
        if (client->authenticated && change.seq > client->lastSent) {
            send(client, change);
            client->lastSent = change.seq;
        }
    }
}

void StaffFeed::broadcast(const QJsonObject &frame)
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated)
            sendFrame(client, frame);
    }
}

void StaffFeed::send(Client *client, const core::Change &change)
{
    sendFrame(
        client, { { "type", change.type }, { "seq", change.seq }, { "payload", change.payload } });
}

void StaffFeed::sendFrame(Client *client, const QJsonObject &frame)
{
    client->socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StaffFeed::remove(Client *client)
{
    if (!m_clients.removeOne(client))
        return;
    client->socket->disconnect(this);
    client->socket.release()->deleteLater();
    delete client;
}

void StaffFeed::heartbeat()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto clients = m_clients;
    for (Client *client : clients) {
        // Access tokens live 15 minutes; the desk refreshes and reconnects with a new one.
        if (client->authenticated && client->user.expiresAt > 0
            && client->user.expiresAt * 1000 <= now) {
            client->socket->close(
                QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
            continue;
        }
        if (now - client->lastHeard > kSilenceLimitMs) {
            ops::Logging::get("ws")->info("dropping a silent desk connection");
            client->socket->close(
                QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("silent too long"));
            continue;
        }
        sendFrame(client, { { "type", "ping" } });
        client->socket->ping();
    }
}

} // namespace jack::gateway
