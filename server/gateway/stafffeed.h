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
class StaffPresence;
struct AuthUser;

//! The staff WebSocket: `connected` with the latest sequence, `resume` since N (backlog then
//! live, nothing missed), committed changes as they happen, ping/pong, silent clients dropped,
//! and the desks' presence (who views, who types; StaffPresence) as ephemeral `presence` events.
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
    [[nodiscard]] StaffPresence *presence() const { return m_presence; }

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
    //! A desk's `presence` frame: checked, applied, or refused with an `error` frame.
    void updatePresence(Client *client, const QJsonObject &payload);
    void sendError(
        Client *client, const QString &code, const QString &message, const QString &field = {});
    //! `presence` events for these conversations to every desk.
    void announcePresence(const QStringList &conversationIds);

    HttpServer *m_server;
    QString m_readConnection;
    Authenticator m_auth;
    QList<Client *> m_clients;
    QTimer m_heartbeat;
    StaffPresence *m_presence;
};

} // namespace jack::gateway
