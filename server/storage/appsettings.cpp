#include "storage/appsettings.h"

#include "core/appcatalog.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>

namespace jack::storage {

int AppSettings::integer(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

bool AppSettings::complete() const
{
    const core::AppInfo *app = core::AppCatalog::find(appId);
    if (!app)
        return false;
    for (const core::AppField &f : app->fields) {
        if (f.required && value(f.key).isEmpty())
            return false;
    }
    return true;
}

AppSettings AppSettings::load(
    const QSqlDatabase &db, const ops::SecretStore &secrets, const QString &appId)
{
    AppSettings out;
    out.appId = appId;
    const QJsonObject stored = SettingsStore(db).appConfig(appId, &out.enabled);
    const core::AppInfo *app = core::AppCatalog::find(appId);
    if (!app)
        return out;
    if (app->alwaysEnabled)
        out.enabled = true;
    for (const core::AppField &f : app->fields) {
        QString v = stored.value(f.key).toString();
        if (f.secret && !v.isEmpty())
            v = secrets.decrypt(v);
        if (v.isEmpty())
            v = f.defaultValue;
        if (!v.isEmpty())
            out.values.insert(f.key, v);
    }
    return out;
}

QString HotelSettings::language(const QSqlDatabase &db)
{
    const QJsonArray languages = SettingsStore(db)
                                     .json(QString::fromLatin1(key))
                                     .value(QLatin1String("languages"))
                                     .toArray();
    const QString first = languages.isEmpty() ? QString() : languages.first().toString();
    return first.isEmpty() ? QStringLiteral("en") : first;
}

QString HotelSettings::publicBaseUrl(const QSqlDatabase &db)
{
    QString url = SettingsStore(db)
                      .json(QString::fromLatin1(key))
                      .value(QLatin1String("publicBaseUrl"))
                      .toString()
                      .trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace jack::storage
