#pragma once
#include "channels/channel.h"
#include "channels/pacer.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>

namespace jack::storage {
struct OutboxItem;
}

namespace jack::channels {

//! Sends due outbox rows through their channel, records each outcome (queued → sending →
//! sent | queued again with a reason | failed) and schedules retries. Rows left `sending`
//! by a crash are queued again at start.
class OutboxWorker : public QObject {
    Q_OBJECT
public:
    using ChannelLookup = std::function<Channel *(const QString &channel)>;
    OutboxWorker(const ChannelContext &context, ChannelLookup lookup, QObject *parent = nullptr);

    //! Sends in flight (tests and shutdown).
    [[nodiscard]] int inFlight() const { return int(m_inFlight.size()); }

    void start();
    void stop();
    //! Looks for due rows now.
    void wake();

Q_SIGNALS:
    void idle();

private:
    void begin(const storage::OutboxItem &item, Channel *channel);
    void record(const storage::OutboxItem &item, const SendResult &result);
    void finished(const QString &id);
    void scheduleNext(qint64 pacedWaitMs = -1);

    ChannelContext m_ctx;
    ChannelLookup m_lookup;
    Pacer m_pacer;
    QTimer *m_timer = nullptr;
    QSet<QString> m_inFlight;
    bool m_stopping = false;
};

} // namespace jack::channels
