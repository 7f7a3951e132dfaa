#include "gateway/routecontext.h"

#include "channels/whatsapp/whatsappconfig.h"
#include "ops/redact.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QUrl>

namespace jack::gateway {

namespace {
//! One configurable field of an app.
struct Field {
    const char *key;
    const char *type; // string | url
    bool secret;
    bool required;
    const char *label;
};

struct App {
    const char *id;
    const char *category;
    const char *name;
    QList<Field> fields;
    bool alwaysEnabled = false;
};

const QList<App> &catalog()
{
    static const QList<App> apps = {
        { "whatsapp", "channel", "WhatsApp Business (Cloud API)",
            { { "accessToken", "string", true, true, "Access token" },
                { "phoneNumberId", "string", false, true, "Phone number ID" },
                { "verifyToken", "string", true, true, "Webhook verify token" },
                { "appSecret", "string", true, true, "App secret" },
                { "apiBaseUrl", "url", false, false, "Graph API base URL" } } },
        { "offline", "ai", "Jack's built-in offline engine", {}, true },
    };
    return apps;
}

const App *findApp(const QString &id)
{
    for (const App &app : catalog()) {
        if (id == QLatin1String(app.id))
            return &app;
    }
    return nullptr;
}

QJsonArray schema(const App &app)
{
    QJsonArray out;
    for (const Field &f : app.fields) {
        QJsonObject field { { "key", f.key }, { "type", f.type }, { "secret", f.secret },
            { "required", f.required }, { "label", f.label } };
        if (QLatin1String(f.key) == QLatin1String("apiBaseUrl"))
            field.insert(QStringLiteral("default"),
                QString::fromLatin1(channels::WhatsAppConfig::defaultApiBaseUrl));
        out.append(field);
    }
    return out;
}

//! The app as the API shows it: secrets masked, never decrypted into the answer.
QJsonObject describe(
    const App &app, const storage::SettingsStore &settings, const ops::SecretStore &secrets)
{
    bool enabled = false;
    QString updatedAt;
    const QJsonObject stored
        = settings.appConfig(QString::fromLatin1(app.id), &enabled, &updatedAt);
    QJsonObject config;
    bool complete = true;
    for (const Field &f : app.fields) {
        const QString value = stored.value(QLatin1String(f.key)).toString();
        if (f.required && value.isEmpty())
            complete = false;
        if (value.isEmpty())
            continue;
        config.insert(
            QLatin1String(f.key), f.secret ? ops::Redact::secret(secrets.decrypt(value)) : value);
    }
    if (app.alwaysEnabled)
        enabled = true;
    const QString status = app.alwaysEnabled ? QStringLiteral("ok")
        : !complete                          ? QStringLiteral("not_configured")
        : enabled                            ? QStringLiteral("configured")
                                             : QStringLiteral("disabled");
    return { { "id", app.id }, { "category", app.category }, { "name", app.name },
        { "enabled", enabled }, { "status", status }, { "configSchema", schema(app) },
        { "config", config },
        { "updatedAt", updatedAt.isEmpty() ? QJsonValue() : QJsonValue(updatedAt) } };
}
} // namespace

void registerAppRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/apps"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            QJsonArray items;
            storage::SettingsStore settings(ctx.db());
            for (const App &app : catalog())
                items.append(describe(app, settings, *ctx.secrets));
            reply.json(200,
                QJsonObject { { "items", items }, { "total", items.size() },
                    { "limit", items.size() }, { "offset", 0 } });
        });

    server.route(M::Get, QStringLiteral("/api/v1/apps/{appId}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const App *app = findApp(req.param(0));
            if (!app)
                return reply.notFound(QStringLiteral("app"));
            reply.json(200, describe(*app, storage::SettingsStore(ctx.db()), *ctx.secrets));
        });

    server.route(M::Put, QStringLiteral("/api/v1/apps/{appId}"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const App *app = findApp(req.param(0));
            if (!app)
                return reply.notFound(QStringLiteral("app"));
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const QJsonValue enabledValue = body->value(QLatin1String("enabled"));
            if (!enabledValue.isBool())
                return reply.invalid(
                    QStringLiteral("enabled"), QStringLiteral("enabled must be true or false"));
            const QJsonValue configValue = body->value(QLatin1String("config"));
            if (!configValue.isUndefined() && !configValue.isObject())
                return reply.invalid(
                    QStringLiteral("config"), QStringLiteral("config must be an object"));
            if (app->alwaysEnabled && !enabledValue.toBool())
                return reply.invalid(QStringLiteral("enabled"),
                    QStringLiteral("the offline engine is always available"));
            const QJsonObject incoming = configValue.toObject();
            for (auto it = incoming.begin(); it != incoming.end(); ++it) {
                const auto field = std::find_if(app->fields.begin(), app->fields.end(),
                    [&](const Field &f) { return it.key() == QLatin1String(f.key); });
                if (field == app->fields.end())
                    return reply.invalid(QStringLiteral("config.") + it.key(),
                        QStringLiteral("unknown setting '%1'").arg(it.key()));
                if (!it.value().isString() && !it.value().isNull())
                    return reply.invalid(QStringLiteral("config.") + it.key(),
                        QStringLiteral("'%1' must be a string").arg(it.key()));
                if (QLatin1String(field->type) == QLatin1String("url")
                    && !it.value().toString().isEmpty()) {
                    const QUrl url(it.value().toString(), QUrl::StrictMode);
                    if (!url.isValid()
                        || (url.scheme() != QLatin1String("https")
                            && url.scheme() != QLatin1String("http"))
                        || url.host().isEmpty())
                        return reply.invalid(QStringLiteral("config.") + it.key(),
                            QStringLiteral("'%1' must be an http(s) URL").arg(it.key()));
                }
            }
            const ops::SecretStore *secrets = ctx.secrets;
            ctx.write(
                reply, 200,
                [app, enabled = enabledValue.toBool(), incoming, secrets, user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    storage::SettingsStore settings(tx.db());
                    bool wasEnabled = false;
                    QJsonObject stored
                        = settings.appConfig(QString::fromLatin1(app->id), &wasEnabled);
                    for (const Field &f : app->fields) {
                        const QString key = QString::fromLatin1(f.key);
                        if (!incoming.contains(key))
                            continue;
                        const QString value = incoming.value(key).toString().trimmed();
                        // A masked value sent back unchanged keeps the stored secret.
                        if (f.secret && value.startsWith(QStringLiteral("••••")))
                            continue;
                        if (value.isEmpty())
                            stored.remove(key);
                        else
                            stored.insert(key, f.secret ? secrets->encrypt(value) : value);
                    }
                    if (enabled) {
                        for (const Field &f : app->fields) {
                            if (f.required
                                && stored.value(QLatin1String(f.key)).toString().isEmpty())
                                throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                                    QStringLiteral("'%1' is required to enable %2")
                                        .arg(QLatin1String(f.key), QLatin1String(app->name)),
                                    QStringLiteral("config.") + QLatin1String(f.key));
                        }
                    }
                    settings.setAppConfig(QString::fromLatin1(app->id), enabled, stored);
                    settings.audit(user.id, QStringLiteral("app.configure"),
                        QString::fromLatin1(app->id), {}, { { "enabled", enabled } });
                    tx.wakeOutbox();
                    return describe(*app, settings, *secrets);
                },
                [&ctx]() { ctx.forgetAppConfigs(); });
        });
}

} // namespace jack::gateway
