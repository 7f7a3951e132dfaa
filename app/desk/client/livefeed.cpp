#include "livefeed.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>
#include <algorithm>

namespace jack::desk {

namespace {
constexpr int pingIntervalMs = 25000;
// The hub pings every 30 s and answers ours: a minute of silence means the link is dead.
constexpr int silenceLimitMs = 65000;
constexpr int failuresBeforeRefresh = 2;

qint64 frameSeq(const QJsonObject &frame)
{
    const QJsonValue seq = frame.value(QLatin1String("seq"));
    if (seq.isDouble())
        return qint64(seq.toDouble());
    const QJsonValue payloadSeq
        = frame.value(QLatin1String("payload")).toObject().value(QLatin1String("seq"));
    if (payloadSeq.isDouble())
        return qint64(payloadSeq.toDouble());
    return -1;
}
} // namespace

LiveFeed::LiveFeed(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveFeed::open);
    m_pingTimer.setInterval(pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        send(QJsonObject { { QStringLiteral("type"), QStringLiteral("ping") } });
    });
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(silenceLimitMs);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

LiveFeed::~LiveFeed()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

int LiveFeed::backoffMs(int attempt)
{
    const int capped = std::min(attempt, 5);
    return std::min(1000 << capped, 30000);
}

void LiveFeed::start(std::function<QUrl()> url)
{
    stop();
    m_url = std::move(url);
    m_active = true;
    m_attempt = 0;
    open();
}

void LiveFeed::stop()
{
    m_active = false;
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    m_silenceTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_lastSeq = -1;
    m_everConnected = false;
    setConnected(false);
    updateReconnecting();
}

void LiveFeed::open()
{
    if (!m_active || !m_url)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &LiveFeed::onTextMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &LiveFeed::onDisconnected);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_silenceTimer.start(); });
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        &LiveFeed::onSocketError);
    m_socket->open(m_url());
}

void LiveFeed::onSocketError(QAbstractSocket::SocketError)
{
    // disconnected() follows for an open socket; a failed handshake only reports the error.
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void LiveFeed::onDisconnected()
{
    m_pingTimer.stop();
    m_silenceTimer.stop();
    setConnected(false);
    // The hub closes with 1008 when the access token expired (it lives 15 minutes): get a
    // fresh one before the next attempt instead of knocking with the old one.
    if (m_socket && m_socket->closeCode() == QWebSocketProtocol::CloseCodePolicyViolated)
        Q_EMIT repeatedFailures();
    if (m_active && !m_reconnectTimer.isActive())
        scheduleReconnect();
}

void LiveFeed::scheduleReconnect()
{
    const int delay = backoffMs(m_attempt);
    // A little jitter so that desks dropped together do not return in lockstep.
    const int jitter = int(QRandomGenerator::global()->bounded(delay / 4 + 1));
    ++m_attempt;
    if (m_attempt == failuresBeforeRefresh)
        Q_EMIT repeatedFailures();
    m_reconnectTimer.start(delay + jitter);
    updateReconnecting();
}

void LiveFeed::send(const QJsonObject &frame)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    Q_EMIT frameSent(frame);
}

void LiveFeed::onTextMessage(const QString &text)
{
    m_silenceTimer.start();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return;
    handleFrame(document.object());
}

void LiveFeed::handleFrame(const QJsonObject &frame)
{
    const QString type = frame.value(QLatin1String("type")).toString();
    const qint64 seq = frameSeq(frame);

    if (type == QLatin1String("connected")) {
        const bool first = !m_everConnected;
        m_everConnected = true;
        m_connectedSeq = std::max<qint64>(seq, 0);
        m_attempt = 0;
        // Always resume: the first time from the hub's current position, later from the last
        // change we applied, so a drop loses nothing and repeats nothing.
        if (first || m_lastSeq < 0) {
            m_lastSeq = std::max<qint64>(seq, 0);
            Q_EMIT lastSeqChanged();
        }
        send(QJsonObject {
            { QStringLiteral("type"), QStringLiteral("resume") },
            { QStringLiteral("payload"), QJsonObject { { QStringLiteral("since"), m_lastSeq } } },
        });
        m_pingTimer.start();
        m_silenceTimer.start();
        setConnected(true);
        if (first)
            Q_EMIT firstConnected();
        return;
    }
    if (type == QLatin1String("pong") || type == QLatin1String("ping")) {
        if (type == QLatin1String("ping"))
            send(QJsonObject { { QStringLiteral("type"), QStringLiteral("pong") } });
        return;
    }
    if (type == QLatin1String("resync")) {
        // Our position is gone from the hub's feed: continue from where this connection
        // started, after the desk reloaded its lists.
        m_lastSeq = seq >= 0 ? seq : m_connectedSeq;
        Q_EMIT lastSeqChanged();
        Q_EMIT resyncRequired();
        return;
    }
    if (type.isEmpty())
        return;

    if (seq >= 0) {
        if (seq <= m_lastSeq)
            return; // already applied: a resumed backlog may overlap what we saw live
        m_lastSeq = seq;
        Q_EMIT lastSeqChanged();
    }
    Q_EMIT changeReceived(type, frame.value(QLatin1String("payload")).toObject());
}

void LiveFeed::setConnected(bool connected)
{
    if (m_connected != connected) {
        m_connected = connected;
        Q_EMIT connectedChanged();
    }
    updateReconnecting();
}

void LiveFeed::updateReconnecting()
{
    // No banner for the first second of a start: only a feed that was up, or that keeps
    // failing, is worth the clerk's attention.
    const bool reconnecting = m_active && !m_connected && (m_everConnected || m_attempt >= 2);
    if (m_reconnecting != reconnecting) {
        m_reconnecting = reconnecting;
        Q_EMIT reconnectingChanged();
    }
}

} // namespace jack::desk
