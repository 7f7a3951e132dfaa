#include "httpsender.h"

#include <QList>

HttpSender::HttpSender(const QString &host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpSender::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        if (!m_pending.isEmpty()) {
            m_socket.write(m_pending);
            m_pending.clear();
        }
    });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_busy)
            finish(0);
    });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_busy && m_socket.state() != QAbstractSocket::ConnectedState)
            finish(0);
    });
}

void HttpSender::post(const QByteArray &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, Callback done)
{
    QByteArray request = "POST " + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
        + QByteArray::number(m_port) + "\r\nConnection: keep-alive\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;

    m_done = std::move(done);
    m_busy = true;
    m_buffer.clear();
    m_clock.start();
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.write(request);
    } else {
        m_pending = request;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(m_host, m_port);
    }
}

void HttpSender::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (!m_busy)
        return;
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).split(' ');
    const int status = statusLine.value(1).toInt();
    qsizetype contentLength = 0;
    bool close = false;
    for (const QByteArray &raw : lines.mid(1)) {
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "connection" && value.toLower() == "close")
            close = true;
    }
    if (m_buffer.size() < headerEnd + 4 + contentLength)
        return;
    m_buffer.remove(0, headerEnd + 4 + contentLength);
    if (close)
        m_socket.disconnectFromHost();
    finish(status);
}

void HttpSender::finish(int status)
{
    m_busy = false;
    Result result { status, m_clock.nsecsElapsed() };
    if (status == 0)
        m_socket.abort();
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
