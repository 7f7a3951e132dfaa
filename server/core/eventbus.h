#pragma once
#include "core/change.h"

#include <QObject>

namespace jack::core {

//! The one bus the services talk through. Signals are emitted after the change is committed;
//! receivers in other threads get them queued, in commit order.
class EventBus : public QObject {
    Q_OBJECT
public:
    explicit EventBus(QObject *parent = nullptr);

Q_SIGNALS:
    //! A change row was committed (feeds the staff WebSocket).
    void changeCommitted(const jack::core::Change &change);
    //! A guest message was committed and waits for the AI pipeline.
    void inboundMessageStored(const QString &messageId);
    //! Outbox rows are due: the channels service should look at its queue.
    void outboxReady();
    //! Staff accounts changed (e.g. added from the CLI): informational.
    void serviceStatusChanged(const QString &service, const QString &status, const QString &detail);
};

} // namespace jack::core
