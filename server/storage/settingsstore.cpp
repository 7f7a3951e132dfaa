#include "storage/settingsstore.h"

#include "core/clock.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>

namespace jack::storage {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QJsonObject SettingsStore::json(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key).exec();
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                    : QJsonObject();
}

void SettingsStore::setJson(const QString &key, const QJsonObject &value)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?,?,?) ON "
                       "CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = "
                       "excluded.updated_at"))
        .bind(key)
        .bind(compact(value))
        .bind(core::Clock::nowIso())
        .exec();
}

QJsonObject SettingsStore::appConfig(const QString &appId, bool *enabled, QString *updatedAt) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT enabled, config, updated_at FROM app_configs WHERE app_id = ?"));
    q.bind(appId).exec();
    if (!q.next()) {
        *enabled = false;
        return {};
    }
    *enabled = q.value(0).toBool();
    if (updatedAt)
        *updatedAt = q.value(2).toString();
    return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
}

void SettingsStore::setAppConfig(const QString &appId, bool enabled, const QJsonObject &config)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO app_configs (app_id, enabled, config, updated_at) VALUES "
                       "(?,?,?,?) ON CONFLICT(app_id) DO UPDATE SET enabled = "
                       "excluded.enabled, config = excluded.config, updated_at = "
                       "excluded.updated_at"))
        .bind(appId)
        .bind(enabled ? 1 : 0)
        .bind(compact(config))
        .bind(core::Clock::nowIso())
        .exec();
}

void SettingsStore::audit(const QString &actor, const QString &action, const QString &target,
    const QString &address, const QJsonObject &details)
{
    SqlQuery(m_db,
        QStringLiteral("INSERT INTO audit_log (actor, action, target, address, details, "
                       "created_at) VALUES (?,?,?,?,?,?)"))
        .bind(actor.isEmpty() ? QVariant() : QVariant(actor))
        .bind(action)
        .bind(target.isEmpty() ? QVariant() : QVariant(target))
        .bind(address.isEmpty() ? QVariant() : QVariant(address))
        .bind(details.isEmpty() ? QVariant() : QVariant(compact(details)))
        .bind(core::Clock::nowIso())
        .exec();
}

int SettingsStore::failedLogins(
    const QString &email, const QString &address, const QString &sinceIso) const
{
    SqlQuery q(m_db,
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed' "
                       "AND created_at >= ? AND (target = ? COLLATE NOCASE OR address = ?)"));
    q.bind(sinceIso).bind(email).bind(address).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace jack::storage
