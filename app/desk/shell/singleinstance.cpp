#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <memory>

namespace jack::desk {

namespace {
// The running desk may be between taking the lock and listening (it starts quickly): ask again
// for a few seconds before giving up.
constexpr int retryMs = 200;
constexpr int maxAttempts = 50;
const QByteArray raiseRequest = QByteArrayLiteral("raise\n");
const QByteArray raiseDone = QByteArrayLiteral("ok\n");

QString runtimeFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    QDir().mkpath(folder);
    return folder;
}
} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent)
    : QObject(parent)
    , m_path(socketPath(scope))
    , m_lock(m_path + QStringLiteral(".lock"))
{
    // Only a lock of a process that is gone is stale, however old.
    m_lock.setStaleLockTime(0);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &SingleInstance::decide);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::socketPath(const QString &scope)
{
    const QByteArray hash
        = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(runtimeFolder())
        .filePath(QStringLiteral("jack-desk-%1.sock").arg(QLatin1String(hash)));
}

void SingleInstance::start()
{
    m_attempts = 0;
    // Queued, so the caller's connections and event loop are in place first.
    QMetaObject::invokeMethod(this, &SingleInstance::decide, Qt::QueuedConnection);
}

void SingleInstance::decide()
{
    if (m_lock.tryLock(0)) {
        listen();
        return;
    }
    if (m_lock.error() != QLockFile::LockFailedError) {
        // The runtime folder is not writable: better two desks than none.
        listen();
        return;
    }
    askRunningDesk();
}

void SingleInstance::listen()
{
    // A socket file left by a desk that crashed would block listen().
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                if (!peer->canReadLine())
                    return;
                if (peer->readLine() == raiseRequest) {
                    Q_EMIT activationRequested();
                    peer->write(raiseDone);
                }
                peer->disconnectFromServer();
            });
        }
    });
    if (!m_server->listen(m_path))
        qWarning(
            "jack-desk: cannot listen for later launches: %s", qPrintable(m_server->errorString()));
    Q_EMIT becamePrimary();
}

void SingleInstance::askRunningDesk()
{
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QLocalSocket(this);
    auto *socket = m_socket;
    auto answered = std::make_shared<bool>(false);
    connect(socket, &QLocalSocket::connected, this, [socket] { socket->write(raiseRequest); });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, answered] {
        if (!socket->canReadLine() || *answered)
            return;
        *answered = socket->readLine() == raiseDone;
        if (*answered)
            Q_EMIT handedOver();
    });
    auto giveUpOrRetry = [this, answered] {
        if (!*answered)
            retryLater();
    };
    connect(socket, &QLocalSocket::errorOccurred, this, giveUpOrRetry);
    connect(socket, &QLocalSocket::disconnected, this, giveUpOrRetry);
    socket->connectToServer(m_path);
}

void SingleInstance::retryLater()
{
    if (m_retry.isActive())
        return;
    if (m_attempts < 0)
        return; // already gave up
    if (++m_attempts >= maxAttempts) {
        m_attempts = -1;
        Q_EMIT failed(QStringLiteral("another jack-desk holds %1 but does not answer")
                          .arg(m_path + QStringLiteral(".lock")));
        return;
    }
    m_retry.start();
}

} // namespace jack::desk
