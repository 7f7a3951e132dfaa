#pragma once
#include <QObject>

class QSocketNotifier;

namespace jack::app {

//! Turns SIGINT/SIGTERM into a Qt signal through a self-pipe, so shutdown runs in the event loop.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace jack::app
