#include "core/statusboard.h"

#include "core/clock.h"

namespace jack::core {

void StatusBoard::set(const QString &service, const QString &status, const QString &detail)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject old = m_entries.value(service).toObject();
    // "since" tells how long a problem has lasted; it moves only when the status changes.
    const QString since = old.value(QLatin1String("status")).toString() == status
        ? old.value(QLatin1String("since")).toString()
        : Clock::nowIso();
    m_entries.insert(
        service, QJsonObject { { "status", status }, { "detail", detail }, { "since", since } });
}

void StatusBoard::clear(const QString &service)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(service);
}

QJsonObject StatusBoard::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

QString StatusBoard::worst(const QString &prefix) const
{
    QMutexLocker lock(&m_mutex);
    QString result = QStringLiteral("ok");
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!prefix.isEmpty() && !it.key().startsWith(prefix))
            continue;
        const QString s = it.value().toObject().value(QLatin1String("status")).toString();
        if (s == QLatin1String("error"))
            return s;
        if (s == QLatin1String("degraded"))
            result = s;
    }
    return result;
}

} // namespace jack::core
