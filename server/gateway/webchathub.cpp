#include "gateway/webchathub.h"

#include "channels/inboundrecorder.h"
#include "channels/webchat/webchatmessage.h"
#include "channels/webchat/webchatsessions.h"
#include "channels/webchat/webchatverification.h"
#include "core/clock.h"
#include "gateway/httpserver.h"
#include "gateway/routecontext.h"
#include "ops/logging.h"
#include "storage/messagestore.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QWebSocket>

namespace jack::gateway {

namespace {
constexpr int kPingIntervalMs = 30000;
constexpr qint64 kSilenceLimitMs = 90000;
// Far above any sensible maxMessageLength; bigger frames are cut off by Qt (close 1009).
constexpr qint64 kMaxFrameBytes = 64 * 1024;
constexpr int kMaxReceiptIds = 100;
// At most one typing frame per session is relayed to the staff in this time; more are dropped.
constexpr qint64 kTypingIntervalMs = 1000;

auto log()
{
    return ops::Logging::get("channels.webchat");
}

QString authorityOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}
} // namespace

struct WebchatHub::Client {
    quint64 id = 0;
    std::unique_ptr<QWebSocket> socket;
    QString sessionId; // empty until hello was answered
    QString conversationId; // replies of this conversation are pushed here
    QString language;
    bool greeting = false; // hello in progress
    qint64 lastHeard = 0;
};

WebchatHub::WebchatHub(HttpServer *server, RouteContext &ctx, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_ctx(ctx)
{
    server->acceptWebSockets(QStringLiteral("/webchat/ws"),
        [this](std::unique_ptr<QWebSocket> socket) { accept(std::move(socket)); });
    connect(&m_heartbeat, &QTimer::timeout, this, &WebchatHub::heartbeat);
    m_heartbeat.start(kPingIntervalMs);
    channels::WebchatRelay::attach(m_ctx.writer, this);
    // The port is bound after the routes are registered: look once the gateway has started.
    QTimer::singleShot(0, this, [this]() {
        const auto servers = m_server->servers();
        if (servers.isEmpty())
            return;
        const QTcpServer *tcp = servers.first();
        QHostAddress address = tcp->serverAddress();
        if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6)
            address = QHostAddress::LocalHost;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(address.toString());
        url.setPort(tcp->serverPort());
        channels::WebchatRelay::setBaseUrl(m_ctx.writer, url.toString());
    });
}

WebchatHub::~WebchatHub()
{
    channels::WebchatRelay::detach(m_ctx.writer, this);
    const auto clients = m_clients;
    m_clients.clear();
    for (Client *c : clients) {
        c->socket->disconnect(this);
        c->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("hub stopping"));
        delete c;
    }
}

channels::WebchatConfig WebchatHub::config() const
{
    return channels::WebchatConfig::load(m_ctx.db(), *m_ctx.secrets);
}

WebchatHub::Client *WebchatHub::find(quint64 clientId) const
{
    return m_clients.value(clientId);
}

void WebchatHub::accept(std::unique_ptr<QWebSocket> accepted)
{
    auto *client = new Client;
    client->id = m_nextClient++;
    client->socket = std::move(accepted);
    client->lastHeard = QDateTime::currentMSecsSinceEpoch();
    m_clients.insert(client->id, client);
    QWebSocket *socket = client->socket.get();
    socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    const quint64 id = client->id;
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, id](const QString &text) { onText(id, text); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, id](const QByteArray &) {
        if (Client *c = find(id))
            sendError(c, QStringLiteral("BAD_FRAME"), QStringLiteral("frames are JSON text"));
    });
    connect(socket, &QWebSocket::disconnected, this, [this, id]() { remove(id); });
    connect(socket, &QWebSocket::pong, this, [this, id]() {
        if (Client *c = find(id))
            c->lastHeard = QDateTime::currentMSecsSinceEpoch();
    });

    const channels::WebchatConfig cfg = config();
    QString why;
    // The browser names the page's origin; the Host the socket was opened on is ours.
    if (!cfg.allowsOrigin(socket->origin(), authorityOf(socket->requestUrl()), &why)) {
        log()->warn("web chat socket refused: {}", why.toStdString());
        sendError(client, QStringLiteral("ORIGIN_REFUSED"),
            QStringLiteral("this web site may not use the hotel's chat"));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("origin"));
        return;
    }
    if (!cfg.enabled) {
        sendError(client, QStringLiteral("CHAT_UNAVAILABLE"),
            QStringLiteral("the chat is not available right now"));
        socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("chat unavailable"));
        return;
    }
}

void WebchatHub::remove(quint64 clientId)
{
    Client *client = m_clients.take(clientId);
    if (!client)
        return;
    client->socket->disconnect(this);
    client->socket.release()->deleteLater();
    delete client;
}

void WebchatHub::heartbeat()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Client *c : std::as_const(m_clients)) {
        if (now - c->lastHeard > kSilenceLimitMs)
            c->socket->close(
                QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("silent too long"));
        else
            c->socket->ping();
    }
    m_rate.prune(now);
    m_lastTyping.removeIf(
        [now](QHash<QString, qint64>::iterator it) { return now - it.value() > kSilenceLimitMs; });
}

void WebchatHub::sendFrame(Client *client, const QJsonObject &frame)
{
    client->socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void WebchatHub::sendError(
    Client *client, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject frame = extra;
    frame.insert(QStringLiteral("type"), QStringLiteral("error"));
    frame.insert(QStringLiteral("code"), code);
    frame.insert(QStringLiteral("message"), message);
    sendFrame(client, frame);
}

void WebchatHub::onText(quint64 clientId, const QString &text)
{
    Client *client = find(clientId);
    if (!client)
        return;
    client->lastHeard = QDateTime::currentMSecsSinceEpoch();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return sendError(
            client, QStringLiteral("BAD_FRAME"), QStringLiteral("frames are JSON objects"));
    const QJsonObject frame = doc.object();
    const QString type = frame.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ping"))
        return sendFrame(client, { { "type", "pong" } });
    if (type == QLatin1String("hello"))
        return hello(client, frame);
    if (client->sessionId.isEmpty())
        return sendError(client, QStringLiteral("NO_SESSION"), QStringLiteral("say hello first"));
    if (type == QLatin1String("message"))
        return message(client, frame);
    if (type == QLatin1String("receipt"))
        return receipt(client, frame);
    if (type == QLatin1String("verify"))
        return verify(client, frame);
    if (type == QLatin1String("typing"))
        return typing(client, frame);
    sendError(client, QStringLiteral("UNKNOWN_TYPE"),
        QStringLiteral("unknown frame type '%1'").arg(type.left(32)));
}

void WebchatHub::hello(Client *client, const QJsonObject &frame)
{
    if (!client->sessionId.isEmpty() || client->greeting)
        return sendError(
            client, QStringLiteral("ALREADY_GREETED"), QStringLiteral("hello was already said"));
    client->greeting = true;
    client->language = frame.value(QLatin1String("lang")).toString().left(16);
    const QString token = frame.value(QLatin1String("token")).toString();
    if (!token.isEmpty()) {
        if (const auto session = channels::WebchatSessions(m_ctx.db()).byToken(token)) {
            m_ctx.writer->submit(
                [id = session->id](storage::WriteTx &tx) -> QJsonValue {
                    channels::WebchatSessions(tx.db()).touch(id);
                    return {};
                },
                this, {}, storage::WriteQueue::Lane::Background);
            return welcome(client, session->id, {});
        }
        log()->info("web chat hello with an unknown token: starting a new session");
    }
    // A new session: the token goes to the browser once, only its hash is stored.
    const QString newToken = channels::WebchatSessions::newToken();
    const QString language = client->language;
    const quint64 id = client->id;
    m_ctx.writer->submit(
        [newToken, language](storage::WriteTx &tx) -> QJsonValue {
            return channels::WebchatSessions(tx.db()).create(newToken, language);
        },
        this,
        [this, id, newToken](const storage::WriteResult &r) {
            Client *c = find(id);
            if (!c)
                return;
            c->greeting = false;
            if (!r.ok) {
                log()->error("web chat session could not be stored: {}", r.message.toStdString());
                return sendError(c, QStringLiteral("UNAVAILABLE"),
                    QStringLiteral("the chat could not start; try again"));
            }
            welcome(c, r.value.toString(), newToken);
        });
}

void WebchatHub::welcome(Client *client, const QString &sessionId, const QString &newToken)
{
    client->greeting = false;
    client->sessionId = sessionId;
    const auto session = channels::WebchatSessions(m_ctx.db()).byId(sessionId);
    QJsonArray history;
    if (session && !session->conversationId.isEmpty()) {
        client->conversationId = session->conversationId;
        const auto recent
            = storage::MessageStore(m_ctx.db()).recent(session->conversationId, kHistorySize);
        for (const QJsonObject &m : recent)
            history.append(channels::WebchatMessage::fromStored(m));
    }
    QJsonObject frame { { "type", "welcome" }, { "resumed", newToken.isEmpty() },
        { "verified", session && session->verified() },
        { "verifyAttemptsLeft",
            session
                ? std::max(0, channels::WebchatVerification::kMaxAttempts - session->verifyAttempts)
                : channels::WebchatVerification::kMaxAttempts },
        { "history", history }, { "config", config().publicJson() } };
    if (!newToken.isEmpty())
        frame.insert(QStringLiteral("token"), newToken);
    sendFrame(client, frame);
}

void WebchatHub::message(Client *client, const QJsonObject &frame)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString clientId = frame.value(QLatin1String("clientId")).toString();
    if (!idPattern.match(clientId).hasMatch())
        return sendError(client, QStringLiteral("BAD_FRAME"),
            QStringLiteral("clientId must be 1-64 letters, digits, '-' or '_'"));
    const QJsonObject echo { { "clientId", clientId } };
    const QString text = frame.value(QLatin1String("text")).toString().trimmed();
    if (text.isEmpty())
        return sendError(
            client, QStringLiteral("EMPTY_MESSAGE"), QStringLiteral("the message is empty"), echo);
    const channels::WebchatConfig cfg = config();
    if (!cfg.enabled)
        return sendError(client, QStringLiteral("CHAT_UNAVAILABLE"),
            QStringLiteral("the chat is not available right now"), echo);
    // Characters as people count them (an emoji is one), not UTF-16 units.
    if (text.toUcs4().size() > cfg.maxMessageLength) {
        QJsonObject extra = echo;
        extra.insert(QStringLiteral("limit"), cfg.maxMessageLength);
        return sendError(client, QStringLiteral("TOO_LONG"),
            QStringLiteral("messages are limited to %1 characters").arg(cfg.maxMessageLength),
            extra);
    }
    qint64 retryAfterMs = 0;
    if (!m_rate.take(client->sessionId, cfg.messagesPerMinute, QDateTime::currentMSecsSinceEpoch(),
            &retryAfterMs)) {
        log()->info("web chat session {} is sending too fast", client->sessionId.toStdString());
        QJsonObject extra = echo;
        extra.insert(QStringLiteral("retryAfterMs"), retryAfterMs);
        return sendError(client, QStringLiteral("RATE_LIMITED"),
            QStringLiteral("slow down: too many messages in a minute"), extra);
    }

    channels::InboundMessage in;
    in.channel = QStringLiteral("webchat");
    in.address = client->sessionId;
    in.addressKind = channels::AddressKind::Handle;
    in.displayName = QStringLiteral("Web chat guest");
    in.channelMessageId = channels::WebchatMessage::channelId(client->sessionId, clientId);
    in.contentType = QStringLiteral("text");
    in.text = text;
    in.timestamp = core::Clock::nowIso();
    if (!client->language.isEmpty())
        in.meta.insert(QStringLiteral("browserLanguage"), client->language);
    const QString sessionId = client->sessionId;
    const quint64 id = client->id;
    m_ctx.writer->submit(
        [in, sessionId](storage::WriteTx &tx) -> QJsonValue {
            storage::MessageStore messages(tx.db());
            QString messageId;
            if (!channels::InboundRecorder::record(tx, in, &messageId))
                messageId
                    = messages.byChannelId(in.channel, in.channelMessageId).value_or(QString());
            const QJsonObject stored = messages.get(messageId);
            const QString conversationId = stored.value(QLatin1String("conversationId")).toString();
            channels::WebchatSessions sessions(tx.db());
            sessions.setConversation(sessionId, conversationId);
            // A verified chat stays with its guest, also when this message opened a new
            // conversation (the first one, or after the last was closed).
            const auto session = sessions.byId(sessionId);
            if (session && session->verified())
                channels::WebchatVerification::linkConversation(
                    tx, conversationId, session->guestId);
            return QJsonObject { { "conversationId", conversationId },
                { "message", channels::WebchatMessage::fromStored(stored) } };
        },
        this,
        [this, id, sessionId, clientId](const storage::WriteResult &r) {
            Client *c = find(id);
            if (!r.ok) {
                log()->error("web chat message of session {} not stored: {}",
                    sessionId.toStdString(), r.message.toStdString());
                if (c)
                    sendError(c, QStringLiteral("NOT_STORED"),
                        QStringLiteral("the message was not received; please send it again"),
                        { { "clientId", clientId } });
                return;
            }
            const QJsonObject result = r.value.toObject();
            const QString conversationId = result.value(QLatin1String("conversationId")).toString();
            const QJsonObject stored = result.value(QLatin1String("message")).toObject();
            // Every tab of this session follows the conversation; the others see the message.
            for (Client *other : std::as_const(m_clients)) {
                if (other->sessionId != sessionId)
                    continue;
                other->conversationId = conversationId;
                if (other != c)
                    sendFrame(other, { { "type", "message" }, { "message", stored } });
            }
            if (c)
                sendFrame(c,
                    { { "type", "ack" }, { "clientId", clientId },
                        { "messageId", stored.value(QLatin1String("id")) } });
        });
}

void WebchatHub::receipt(Client *client, const QJsonObject &frame)
{
    const QString status = frame.value(QLatin1String("status")).toString();
    if (status != QLatin1String("delivered") && status != QLatin1String("read"))
        return sendError(client, QStringLiteral("BAD_FRAME"),
            QStringLiteral("status must be 'delivered' or 'read'"));
    QStringList ids;
    for (const QJsonValue &v : frame.value(QLatin1String("messageIds")).toArray()) {
        if (v.isString() && !v.toString().isEmpty() && ids.size() < kMaxReceiptIds)
            ids.append(v.toString());
    }
    if (ids.isEmpty())
        return;
    const QString sessionId = client->sessionId;
    m_ctx.writer->submit(
        [ids, status, sessionId](storage::WriteTx &tx) -> QJsonValue {
            // Only replies in this session's conversation: a guest cannot mark anyone else's.
            for (const QString &id : ids) {
                storage::SqlQuery owned(tx.db(),
                    QStringLiteral("SELECT 1 FROM messages m JOIN webchat_sessions s ON "
                                   "s.conversation_id = m.conversation_id WHERE m.id = ? AND "
                                   "s.id = ? AND m.direction = 'outbound' AND m.channel = "
                                   "'webchat'"));
                owned.bind(id).bind(sessionId).exec();
                if (owned.next())
                    channels::InboundRecorder::applyStatus(
                        tx, QStringLiteral("webchat"), id, status, {});
            }
            return {};
        },
        this, {}, storage::WriteQueue::Lane::Background);
}

void WebchatHub::typing(Client *client, const QJsonObject &frame)
{
    // Nothing is stored: the staff sockets get an ephemeral event. Before the first message
    // there is no conversation to show it on.
    if (client->conversationId.isEmpty() || !m_ctx.broadcastToStaff)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto last = m_lastTyping.constFind(client->sessionId);
    if (last != m_lastTyping.cend() && now - last.value() < kTypingIntervalMs)
        return;
    m_lastTyping.insert(client->sessionId, now);
    m_ctx.broadcastToStaff({ { "type", "typing" },
        { "payload",
            QJsonObject { { "conversationId", client->conversationId }, { "channel", "webchat" },
                { "who", "guest" }, { "on", frame.value(QLatin1String("on")).toBool() } } } });
}

void WebchatHub::verify(Client *client, const QJsonObject &frame)
{
    const QString reference = frame.value(QLatin1String("bookingReference")).toString().trimmed();
    const QString lastName = frame.value(QLatin1String("lastName")).toString().trimmed();
    if (reference.isEmpty() || lastName.isEmpty() || reference.size() > 64 || lastName.size() > 128)
        return sendError(client, QStringLiteral("BAD_FRAME"),
            QStringLiteral("bookingReference and lastName are required"));
    const QString sessionId = client->sessionId;
    const quint64 id = client->id;
    m_ctx.writer->submit(
        [sessionId, reference, lastName](storage::WriteTx &tx) -> QJsonValue {
            using V = channels::WebchatVerification;
            const V::Result r = V::verify(tx, sessionId, reference, lastName);
            return QJsonObject { { "outcome", int(r.outcome) }, { "attemptsLeft", r.attemptsLeft },
                { "firstName", r.firstName } };
        },
        this,
        [this, id, sessionId](const storage::WriteResult &r) {
            using Outcome = channels::WebchatVerification::Outcome;
            Client *c = find(id);
            if (!c)
                return;
            if (!r.ok)
                return sendError(c, QStringLiteral("UNAVAILABLE"),
                    QStringLiteral("verification is not possible right now"));
            const QJsonObject result = r.value.toObject();
            const auto outcome = Outcome(result.value(QLatin1String("outcome")).toInt());
            // Never the reference or the name in the log: the session id is enough to follow.
            switch (outcome) {
            case Outcome::Verified:
                log()->info("web chat session {} verified", sessionId.toStdString());
                for (Client *other : std::as_const(m_clients)) {
                    if (other->sessionId == sessionId)
                        sendFrame(other,
                            { { "type", "verified" },
                                { "firstName", result.value(QLatin1String("firstName")) } });
                }
                return;
            case Outcome::Failed:
                log()->info("web chat session {} failed a verification", sessionId.toStdString());
                return sendFrame(c,
                    { { "type", "verify_failed" }, { "locked", false },
                        { "attemptsLeft", result.value(QLatin1String("attemptsLeft")) } });
            case Outcome::Locked:
            case Outcome::UnknownSession:
                log()->warn(
                    "web chat session {} is locked out of verification", sessionId.toStdString());
                return sendFrame(
                    c, { { "type", "verify_failed" }, { "locked", true }, { "attemptsLeft", 0 } });
            }
        });
}

void WebchatHub::push(const QString &conversationId, const QJsonObject &message)
{
    QMetaObject::invokeMethod(
        this, [this, conversationId, message]() { deliver(conversationId, message); },
        Qt::QueuedConnection);
}

void WebchatHub::deliver(const QString &conversationId, const QJsonObject &message)
{
    int sockets = 0;
    for (Client *c : std::as_const(m_clients)) {
        if (!c->sessionId.isEmpty() && c->conversationId == conversationId) {
            sendFrame(c, { { "type", "reply" }, { "message", message } });
            ++sockets;
        }
    }
    log()->debug("web chat reply {} of conversation {} pushed to {} socket(s)",
        message.value(QLatin1String("id")).toString().toStdString(), conversationId.toStdString(),
        sockets);
}

} // namespace jack::gateway
