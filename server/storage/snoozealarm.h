#pragma once
#include "core/change.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace jack::storage {

class WriteQueue;

//! Wakes snoozed conversations when their time comes: clears `snoozed_until` and records a
//! `conversation:updated` change, so every desk shows the conversation again. The times are in
//! the database, so a snooze survives a restart: start() wakes what fell due while the hub was
//! down and arms the timer for the next one. A guest message ends a snooze on its own
//! (ConversationStore::touch). Lives in the writer's thread.
class SnoozeAlarm : public QObject {
    Q_OBJECT
public:
    explicit SnoozeAlarm(WriteQueue *writer, QObject *parent = nullptr);

public Q_SLOTS:
    void start();
    void stop();
    //! Feed of committed changes: a new snooze may end before the one the timer waits for.
    void onChange(const jack::core::Change &change);

Q_SIGNALS:
    //! A wake-up pass ended; `woken` conversations came back (tests, logs).
    void woke(int woken);

private:
    //! One write job: wakes every due conversation and reads the next snooze end.
    void wakeDue();
    void arm(const QDateTime &at);

    WriteQueue *m_writer;
    QTimer m_timer;
    QDateTime m_armedFor;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace jack::storage
