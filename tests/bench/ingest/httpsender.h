#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

#include <functional>

//! One keep-alive HTTP/1.1 connection posting one request at a time, the way one of Meta's
//! delivery workers does; raw sockets keep the client's own overhead out of the measurement.
class HttpSender : public QObject {
    Q_OBJECT
public:
    struct Result {
        int status = 0; //!< 0 when the connection failed before an answer
        qint64 nanoseconds = 0; //!< from the first byte written to the last byte read
    };
    using Callback = std::function<void(const Result &)>;

    HttpSender(const QString &host, quint16 port, QObject *parent = nullptr);

    //! Sends a request; `done` runs once with the answer. One request at a time.
    void post(const QByteArray &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers, Callback done);

private:
    void onReadyRead();
    void finish(int status);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_pending; // request bytes waiting for the connection
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    Callback m_done;
    bool m_busy = false;
};
