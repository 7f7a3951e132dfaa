#pragma once
#include "core/change.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace jack::core {
class EventBus;
}
namespace jack::ops {
class SecretStore;
}
namespace jack::storage {
class WriteQueue;
}

namespace jack::core {
class AppTester;
class Translator;
class KnowledgeLookup;
class StatusBoard;
} // namespace jack::core

namespace jack::gateway {

class HttpServer;
class LoginThrottle;
class StaffFeed;
struct RouteContext;

//! The gateway service: REST routes, webhooks and the staff WebSocket on one port, in its
//! own thread, with a read-only database connection of its own.
class Gateway : public QObject {
    Q_OBJECT
public:
    Gateway(QString databasePath, storage::WriteQueue *writer, const ops::SecretStore *secrets,
        std::function<QJsonObject()> health);
    ~Gateway() override;

    //! The port actually bound (after start()), 0 when listening failed.
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int inFlight() const;
    //! The services the gateway reaches through narrow interfaces; set before start().
    //! Knowledge search and answers, in the AI thread; set before start().
    void setKnowledge(core::KnowledgeLookup *knowledge) { m_knowledge = knowledge; }
    void setTranslator(core::Translator *translator) { m_translator = translator; }
    void setServices(core::AppTester *tester, core::StatusBoard *status)
    {
        m_tester = tester;
        m_status = status;
    }

public Q_SLOTS:
    //! Binds and starts serving; call in the gateway thread.
    void start(const QHostAddress &address, quint16 port);
    //! Stops accepting new requests (they get 503); in-flight ones still get their answer.
    void stopAccepting();
    void stop();
    void publish(const jack::core::Change &change);

private:
    QString m_path;
    QString m_connectionName;
    storage::WriteQueue *m_writer;
    const ops::SecretStore *m_secrets;
    std::function<QJsonObject()> m_health;
    std::unique_ptr<RouteContext> m_ctx;
    std::unique_ptr<LoginThrottle> m_throttle;
    HttpServer *m_server = nullptr;
    StaffFeed *m_feed = nullptr;
    quint16 m_port = 0;
    QString m_error;
    core::AppTester *m_tester = nullptr;
    core::StatusBoard *m_status = nullptr;
    core::Translator *m_translator = nullptr;
    core::KnowledgeLookup *m_knowledge = nullptr;
};

} // namespace jack::gateway
