#pragma once
#include "core/change.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QWebSocket;

namespace jack::gateway {

class HttpServer;
struct AuthUser;

//! The staff WebSocket: `connected` with the latest sequence, `resume` since N (backlog then
//! live, nothing missed), committed changes as they happen, ping/pong, silent clients dropped.
class StaffFeed : public QObject {
    Q_OBJECT
public:
    using Authenticator = std::function<AuthUser(const QByteArray &token)>;
    StaffFeed(
        HttpServer *server, QString readConnection, Authenticator auth, QObject *parent = nullptr);
    ~StaffFeed() override;

    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }
    void closeAll();
    //! Sends an ephemeral frame (typing…: no seq, never in the change feed) to every
    //! authenticated staff socket at once; nothing is held or replayed on resume.
    void broadcast(const QJsonObject &frame);

public Q_SLOTS:
    void publish(const jack::core::Change &change);

private:
    struct Client;
    void accept(std::unique_ptr<QWebSocket> socket);
    void onText(Client *client, const QString &text);
    void send(Client *client, const core::Change &change);
    void sendFrame(Client *client, const QJsonObject &frame);
    void authenticate(Client *client, const QByteArray &token);
    void resume(Client *client, qint64 since);
    void release(Client *client);
    void remove(Client *client);
    void heartbeat();

    HttpServer *m_server;
    QString m_readConnection;
    Authenticator m_auth;
    QList<Client *> m_clients;
    QTimer m_heartbeat;
};

} // namespace jack::gateway
