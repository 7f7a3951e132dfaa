#pragma once
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jack::storage {

//! Hotel-wide settings, app (provider) configurations and the audit log.
class SettingsStore {
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    [[nodiscard]] QJsonObject json(const QString &key) const; // empty when unset
    void setJson(const QString &key, const QJsonObject &value);

    //! An app's stored config (secrets still sealed) and whether it is enabled.
    [[nodiscard]] QJsonObject appConfig(
        const QString &appId, bool *enabled, QString *updatedAt = nullptr) const;
    void setAppConfig(const QString &appId, bool enabled, const QJsonObject &config);

    void audit(const QString &actor, const QString &action, const QString &target,
        const QString &address, const QJsonObject &details = {});
    //! Failed logins since `sinceIso` for an email or from an address.
    [[nodiscard]] int failedLogins(
        const QString &email, const QString &address, const QString &sinceIso) const;

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
