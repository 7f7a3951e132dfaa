#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>

//! A desk's view of the hub's staff WebSocket (`/ws`), recording every frame it receives.
class StaffFeedClient : public QObject {
    Q_OBJECT
public:
    using FramePredicate = std::function<bool(const QJsonObject &frame)>;

    explicit StaffFeedClient(QObject *parent = nullptr);
    ~StaffFeedClient() override;

    void open(const QUrl &url);
    //! Waits for the hub's `{"type":"connected"}` greeting.
    [[nodiscard]] bool waitForConnected(int timeoutMs = 10000);
    //! The `payload.seq` of the greeting (-1 before it arrived).
    [[nodiscard]] qint64 connectedSeq() const { return m_connectedSeq; }
    [[nodiscard]] bool isOpen() const;

    void sendJson(const QJsonObject &frame);
    void resume(qint64 since);
    void ping();
    //! Closes and waits until the socket is gone.
    void close();

    [[nodiscard]] QList<QJsonObject> frames() const { return m_frames; }
    //! Change events (frames with a `seq`, the greeting excepted), in arrival order.
    [[nodiscard]] QList<QJsonObject> changes() const;
    [[nodiscard]] QList<QJsonObject> framesOfType(const QString &type) const;
    //! The first recorded frame matching, or an empty object.
    [[nodiscard]] QJsonObject find(const FramePredicate &predicate) const;
    //! Waits until a matching frame has been recorded (also counts frames already there).
    [[nodiscard]] bool waitFor(const FramePredicate &predicate, int timeoutMs = 10000);
    void clearFrames() { m_frames.clear(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int closeCode() const { return int(m_socket.closeCode()); }

Q_SIGNALS:
    void frameReceived(const QJsonObject &frame);
    void closed();

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    qint64 m_connectedSeq = -1;
    QString m_error;
};
