#pragma once
#include <QJsonObject>
#include <QMutex>
#include <QString>

namespace jack::core {

//! What each background service says about itself (ok, degraded, error + a sentence), read
//! by /health from the gateway thread. Thread-safe.
class StatusBoard {
public:
    void set(const QString &service, const QString &status, const QString &detail = {});
    void clear(const QString &service);
    //! { service: { status, detail, since } }
    [[nodiscard]] QJsonObject snapshot() const;
    //! "error" if any entry has it, else "degraded" if any has it, else "ok".
    [[nodiscard]] QString worst(const QString &prefix = {}) const;

private:
    mutable QMutex m_mutex;
    QJsonObject m_entries;
};

} // namespace jack::core
