#pragma once
#include "channels/channel.h"

#include <QObject>

class QTimer;

namespace jack::channels {

//! Re-sends by e-mail a reply that did not reach the guest in time: not delivered within the
//! e-mail app's `fallbackMinutes` (on web chat: not read), when the guest has an address.
//! Each message falls back once; the copy is an ordinary e-mail outbox row.
class EmailFallback : public QObject {
    Q_OBJECT
public:
    EmailFallback(const ChannelContext &context, QObject *parent = nullptr);
    void start();
    void stop();
    //! Looks for overdue replies now (also runs on a timer).
    void check();

private:
    ChannelContext m_ctx;
    QTimer *m_timer = nullptr;
    bool m_busy = false;
};

} // namespace jack::channels
