#pragma once
#include <QAbstractSocket>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QWebSocket;

namespace jack::desk {

//! The staff WebSocket: remembers the last change it applied, resumes from it after a drop,
//! and hands each change to the desk exactly once, in order.
class LiveFeed : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LiveFeed belongs to Desk")
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    Q_PROPERTY(bool reconnecting READ reconnecting NOTIFY reconnectingChanged)
    Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY lastSeqChanged)

public:
    explicit LiveFeed(QObject *parent = nullptr);
    ~LiveFeed() override;

    //! Starts (or restarts) the feed; `url` is asked anew for every attempt so it carries the
    //! current access token.
    void start(std::function<QUrl()> url);
    void stop();

    [[nodiscard]] bool connected() const { return m_connected; }
    //! True while the feed should be up but is not: the desk shows "Reconnecting…".
    [[nodiscard]] bool reconnecting() const { return m_reconnecting; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }

    //! Applies one frame as if it came from the socket (the socket path and the tests use it).
    void handleFrame(const QJsonObject &frame);
    //! Sends a frame to the hub now; dropped while the socket is not open (presence is
    //! ephemeral: Presence says it again after a reconnect).
    void send(const QJsonObject &frame);
    //! Delay before the given reconnect attempt (1 s doubling to 30 s); public for tests.
    [[nodiscard]] static int backoffMs(int attempt);

Q_SIGNALS:
    void connectedChanged();
    void reconnectingChanged();
    void lastSeqChanged();
    //! A change from the hub (conversation:created, task:updated, …), never twice.
    void changeReceived(const QString &type, const QJsonObject &payload);
    //! The hub no longer has our changes: reload every list over HTTP.
    void resyncRequired();
    //! The first `connected` of this feed: lists loaded before now may miss changes.
    void firstConnected();
    //! Several attempts failed in a row, or the hub refused the token (1008): the access
    //! token may have expired.
    void repeatedFailures();
    //! Sent for tests and logs: a frame went out.
    void frameSent(const QJsonObject &frame);

private:
    void open();
    void scheduleReconnect();
    void setConnected(bool connected);
    void updateReconnecting();
    void onTextMessage(const QString &text);
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);

    QWebSocket *m_socket = nullptr;
    std::function<QUrl()> m_url;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_silenceTimer;
    qint64 m_lastSeq = -1;
    qint64 m_connectedSeq = 0;
    int m_attempt = 0;
    bool m_active = false;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_reconnecting = false;
};

} // namespace jack::desk
