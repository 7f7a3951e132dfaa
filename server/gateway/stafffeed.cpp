#include "gateway/stafffeed.h"

#include "gateway/httpserver.h"
#include "gateway/staffpresence.h"
#include "ops/logging.h"
#include "storage/changefeed.h"
#include "storage/conversationstore.h"
#include "storage/staffstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalBlocker>
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
// Conversation ids are UUIDs; anything much longer is not one.
constexpr int kMaxConversationIdLength = 100;
} // namespace

struct StaffFeed::Client {
    std::unique_ptr<QWebSocket> socket;
    AuthUser user;
    QString name; // the account's display name, for presence
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
    , m_presence(new StaffPresence(StaffPresence::defaultTypingExpiryMs(), this))
{
    connect(m_presence, &StaffPresence::changed, this, &StaffFeed::announcePresence);
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
    const QSignalBlocker quiet(m_presence); // nobody is left to tell
    for (Client *c : clients) {
        m_presence->remove(quintptr(c));
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
    if (const auto staff
        = storage::StaffStore(QSqlDatabase::database(m_readConnection)).byId(client->user.id))
        client->name = staff->name;
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
    // Who is where right now; from here on the desk hears every change of it.
    QJsonArray conversations;
    for (const QString &id : m_presence->conversationIds())
        conversations.append(m_presence->conversation(id));
    sendFrame(client,
        { { "type", "presence" },
            { "payload",
                QJsonObject { { "snapshot", true }, { "conversations", conversations } } } });
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
    } else if (type == QLatin1String("presence")) {
        updatePresence(client, frame.value(QLatin1String("payload")).toObject());
    } else {
        sendError(client, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("unknown frame type '%1'").arg(type));
    }
}

void StaffFeed::updatePresence(Client *client, const QJsonObject &payload)
{
    // A refused frame changes nothing: the socket, its feed and its presence stay as they were.
    const QString stateName = payload.value(QLatin1String("state")).toString();
    StaffPresence::State state = StaffPresence::State::Viewing;
    if (stateName == QLatin1String("typing"))
        state = StaffPresence::State::Typing;
    else if (stateName == QLatin1String("idle"))
        state = StaffPresence::State::Idle;
    else if (stateName != QLatin1String("viewing"))
        return sendError(client, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("state must be viewing, typing or idle"), QStringLiteral("state"));

    const QJsonValue idValue = payload.value(QLatin1String("conversationId"));
    const bool none = idValue.isNull() || idValue.isUndefined();
    if (!none && !idValue.isString())
        return sendError(client, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("conversationId must be a string or null"),
            QStringLiteral("conversationId"));
    const QString conversationId = idValue.toString();
    if (conversationId.isEmpty() && state != StaffPresence::State::Viewing)
        return sendError(client, QStringLiteral("VALIDATION_ERROR"),
            QStringLiteral("conversationId is required for %1").arg(stateName),
            QStringLiteral("conversationId"));
    if (!conversationId.isEmpty()
        && (conversationId.size() > kMaxConversationIdLength
            || !storage::ConversationStore(QSqlDatabase::database(m_readConnection))
                    .record(conversationId)))
        return sendError(client, QStringLiteral("NOT_FOUND"),
            QStringLiteral("conversation not found"), QStringLiteral("conversationId"));

    m_presence->set(quintptr(client), client->user.id, client->name, conversationId, state);
}

void StaffFeed::announcePresence(const QStringList &conversationIds)
{
    QJsonArray conversations;
    for (const QString &id : conversationIds)
        conversations.append(m_presence->conversation(id));
    broadcast({ { "type", "presence" },
        { "payload", QJsonObject { { "snapshot", false }, { "conversations", conversations } } } });
}

void StaffFeed::sendError(
    Client *client, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error { { "code", code }, { "message", message } };
    if (!field.isEmpty())
        error.insert(QStringLiteral("details"), QJsonObject { { "field", field } });
    sendFrame(client, { { "type", "error" }, { "payload", error } });
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
    // After the socket left the list: the other desks hear that its presence is gone.
    m_presence->remove(quintptr(client));
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
