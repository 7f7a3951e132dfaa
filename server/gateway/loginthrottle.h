#pragma once
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace jack::gateway {

//! Counts failed logins per e-mail and per address: 10 within 15 minutes locks that key out
//! until the oldest failure ages out.
class LoginThrottle {
public:
    static constexpr int kMaxFailures = 10;
    static constexpr int kWindowSeconds = 15 * 60;

    [[nodiscard]] bool blocked(const QString &email, const QString &address, const QDateTime &now);
    void recordFailure(const QString &email, const QString &address, const QDateTime &now);
    void recordSuccess(const QString &email);

private:
    int recent(const QString &key, const QDateTime &now);
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace jack::gateway
