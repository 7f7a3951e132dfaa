#pragma once
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace jack::runtime {

//! Where and how a hub runs.
struct HubOptions {
    QString dataDir; // database, keys, logs, media
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 3000; // 0 picks a free port
    bool demo = false; // load the demo hotel and the demo login
};

//! The demo login created in demo mode only.
struct DemoLogin {
    static constexpr const char *email = "demo@harbourview.example";
    static constexpr const char *password = "jack-demo-2026";
    static constexpr const char *name = "Demo Front Desk";
};

//! The whole server: storage, gateway, channels and AI, each in its own thread. Used by
//! jack-server and embedded by jack-desk (which then talks to it over 127.0.0.1 like any desk).
class Hub : public QObject {
    Q_OBJECT
public:
    explicit Hub(HubOptions options, QObject *parent = nullptr);
    ~Hub() override;

    //! Opens the database, applies migrations, starts every service and listens.
    //! Returns false with a readable message in `error` when it cannot.
    [[nodiscard]] bool start(QString *error);
    //! Stops accepting requests, lets in-flight work finish, stops the threads.
    void stop();
    //! The base URL served, e.g. http://127.0.0.1:3000 (valid after start()).
    [[nodiscard]] QUrl url() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jack::runtime
