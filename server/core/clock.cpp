#include "core/clock.h"

#include <QElapsedTimer>

namespace jack::core {

QDateTime Clock::now()
{
    return QDateTime::currentDateTimeUtc();
}

QString Clock::nowIso()
{
    return toIso(now());
}

QString Clock::toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

qint64 Clock::monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace jack::core
