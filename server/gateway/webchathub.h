#pragma once
#include "channels/webchat/webchatconfig.h"
#include "channels/webchat/webchatratelimit.h"
#include "channels/webchat/webchatrelay.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class QWebSocket;

namespace jack::gateway {

class HttpServer;
struct RouteContext;

//! The guests' web chat sockets (/webchat/ws): sessions resumed by token with their history,
//! guest messages acknowledged once committed, replies pushed from the channels thread,
//! receipts, verification; the origin check, size and rate limits in front of it all.
//! The frames are described in API.md ("Guest web chat").
class WebchatHub : public QObject, public channels::WebchatRelay {
    Q_OBJECT
public:
    static constexpr int kHistorySize = 50;

    WebchatHub(HttpServer *server, RouteContext &ctx, QObject *parent = nullptr);
    ~WebchatHub() override;

    //! Thread-safe (called by the web chat channel): queues to the gateway thread.
    void push(const QString &conversationId, const QJsonObject &message) override;
    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }

private:
    struct Client;
    void accept(std::unique_ptr<QWebSocket> socket);
    void onText(quint64 clientId, const QString &text);
    void hello(Client *client, const QJsonObject &frame);
    void welcome(Client *client, const QString &sessionId, const QString &newToken);
    void message(Client *client, const QJsonObject &frame);
    void verify(Client *client, const QJsonObject &frame);
    void receipt(Client *client, const QJsonObject &frame);
    void typing(Client *client, const QJsonObject &frame);
    void deliver(const QString &conversationId, const QJsonObject &message);
    void sendFrame(Client *client, const QJsonObject &frame);
    void sendError(
        Client *client, const QString &code, const QString &message, const QJsonObject &extra = {});
    void remove(quint64 clientId);
    void heartbeat();
    [[nodiscard]] Client *find(quint64 clientId) const;
    [[nodiscard]] channels::WebchatConfig config() const;

    HttpServer *m_server;
    RouteContext &m_ctx;
    QHash<quint64, Client *> m_clients;
    quint64 m_nextClient = 1;
    channels::WebchatRateLimit m_rate;
    QHash<QString, qint64> m_lastTyping; // session id -> when its last typing frame was relayed
    QTimer m_heartbeat;
};

} // namespace jack::gateway
