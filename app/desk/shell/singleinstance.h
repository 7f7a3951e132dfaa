#pragma once
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace jack::desk {

//! One desk per user and hub: a second launch for the same data folder (or the same --connect
//! URL) asks the running desk to come forward and quits. A lock file in the user's runtime
//! folder says who runs; a local socket next to it carries the request.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    //! `scope` names what must not run twice, e.g. "data:/home/ana/.local/share/jack-desk".
    explicit SingleInstance(const QString &scope, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! Decides, always after returning: becamePrimary(), handedOver() or failed().
    void start();
    //! The socket's path for `scope` (in $XDG_RUNTIME_DIR, named by a hash of the scope).
    [[nodiscard]] static QString socketPath(const QString &scope);

Q_SIGNALS:
    //! No desk runs for this scope: this one does now, and listens for later launches.
    void becamePrimary();
    //! The running desk took the request to come forward: this process should quit.
    void handedOver();
    //! A desk holds the lock but does not answer.
    void failed(const QString &why);
    //! A later launch asked this desk to show its window.
    void activationRequested();

private:
    void decide();
    void listen();
    void askRunningDesk();
    void retryLater();

    QString m_path;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_socket = nullptr;
    QTimer m_retry;
    int m_attempts = 0;
};

} // namespace jack::desk
