#include "core/retryafter.h"

#include <QDateTime>
#include <QString>
#include <algorithm>

namespace jack::core {

qint64 RetryAfter::toMs(const QByteArray &header)
{
    constexpr qint64 kMaxMs = 3600 * 1000;
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(seconds * 1000, 0, kMaxMs);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return 0;
    return std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0, kMaxMs);
}

} // namespace jack::core
