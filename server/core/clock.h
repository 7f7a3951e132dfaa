#pragma once
#include <QDateTime>
#include <QString>

namespace jack::core {

//! Wall-clock time in the one format Jack stores and serves: ISO-8601 UTC with milliseconds.
class Clock {
public:
    [[nodiscard]] static QDateTime now();
    [[nodiscard]] static QString nowIso();
    [[nodiscard]] static QString toIso(const QDateTime &time);
    [[nodiscard]] static QDateTime fromIso(const QString &text);
    //! Milliseconds on a monotonic clock (time-outs, pauses): never jumps with the wall clock.
    [[nodiscard]] static qint64 monotonicMs();
};

} // namespace jack::core
