#include "stafffeedclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

StaffFeedClient::StaffFeedClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value(QStringLiteral("type")).toString() == QLatin1String("connected")) {
            m_connectedSeq = frame.value(QStringLiteral("payload"))
                                 .toObject()
                                 .value(QStringLiteral("seq"))
                                 .toInteger(-1);
        }
        m_frames.append(frame);
        Q_EMIT frameReceived(frame);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, &StaffFeedClient::closed);
    // Qt 6.4 has no QWebSocket::errorOccurred.
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
        [this](QAbstractSocket::SocketError) { m_error = m_socket.errorString(); });
}

StaffFeedClient::~StaffFeedClient()
{
    m_socket.abort();
}

void StaffFeedClient::open(const QUrl &url)
{
    m_connectedSeq = -1;
    m_error.clear();
    m_socket.open(url);
}

bool StaffFeedClient::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool StaffFeedClient::waitForConnected(int timeoutMs)
{
    return waitFor(
        [](const QJsonObject &frame) {
            return frame.value(QStringLiteral("type")).toString() == QLatin1String("connected");
        },
        timeoutMs);
}

void StaffFeedClient::sendJson(const QJsonObject &frame)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StaffFeedClient::resume(qint64 since)
{
    sendJson(QJsonObject {
        { QStringLiteral("type"), QStringLiteral("resume") },
        { QStringLiteral("payload"), QJsonObject { { QStringLiteral("since"), since } } },
    });
}

void StaffFeedClient::ping()
{
    sendJson({ { QStringLiteral("type"), QStringLiteral("ping") } });
}

void StaffFeedClient::close()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    m_socket.close();
    guard.start(5000);
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        loop.exec();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
}

QList<QJsonObject> StaffFeedClient::changes() const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : m_frames) {
        // The greeting may repeat its seq at the top level; it is not a change.
        if (frame.contains(QStringLiteral("seq"))
            && frame.value(QStringLiteral("type")).toString() != QLatin1String("connected"))
            result.append(frame);
    }
    return result;
}

QList<QJsonObject> StaffFeedClient::framesOfType(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QStringLiteral("type")).toString() == type)
            result.append(frame);
    }
    return result;
}

QJsonObject StaffFeedClient::find(const FramePredicate &predicate) const
{
    for (const QJsonObject &frame : m_frames) {
        if (predicate(frame))
            return frame;
    }
    return {};
}

bool StaffFeedClient::waitFor(const FramePredicate &predicate, int timeoutMs)
{
    if (!find(predicate).isEmpty())
        return true;
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &StaffFeedClient::frameReceived, &loop, [&](const QJsonObject &frame) {
        if (predicate(frame))
            loop.quit();
    });
    connect(this, &StaffFeedClient::closed, &loop, &QEventLoop::quit);
    guard.start(timeoutMs);
    loop.exec();
    return !find(predicate).isEmpty();
}
