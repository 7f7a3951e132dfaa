#pragma once
#include "channels/channel.h"

#include <QElapsedTimer>
#include <QHash>

namespace jack::channels {

//! Token buckets per pacing key: how long a send must wait so a recipient or sender is not
//! sent to faster than its channel allows.
class Pacer {
public:
    Pacer() { m_clock.start(); }
    //! 0 when `pacing` allows a send now (its cost is then taken), else the wait in ms.
    qint64 take(const Pacing &pacing);

private:
    struct Bucket {
        double tokens = 0;
        qint64 at = 0;
    };
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace jack::channels
