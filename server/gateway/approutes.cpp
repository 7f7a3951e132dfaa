#include "gateway/routecontext.h"

#include "core/appcatalog.h"
#include "core/apptester.h"
#include "core/statusboard.h"
#include "ops/redact.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QUrl>

namespace jack::gateway {

namespace {
using App = core::AppInfo;
using Field = core::AppField;

const App *findApp(const QString &id)
{
    return core::AppCatalog::find(id);
}

QJsonArray schema(const App &app)
{
    QJsonArray out;
    for (const Field &f : app.fields) {
        QJsonObject field { { "key", f.key }, { "type", f.type }, { "secret", f.secret },
            { "required", f.required }, { "label", f.label } };
        if (!f.defaultValue.isEmpty())
            field.insert(QStringLiteral("default"), f.defaultValue);
        if (!f.options.isEmpty())
            field.insert(QStringLiteral("options"), QJsonArray::fromStringList(f.options));
        if (!f.help.isEmpty())
            field.insert(QStringLiteral("help"), f.help);
        out.append(field);
    }
    return out;
}

//! Why a value does not fit its field; empty when it does.
QString checkValue(const Field &f, const QString &value)
{
    if (value.isEmpty() || (f.secret && value.startsWith(QStringLiteral("••••"))))
        return {};
    if (f.type == QLatin1String("url")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return QStringLiteral("'%1' must be an http(s) URL").arg(f.key);
    } else if (f.type == QLatin1String("integer")) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 0)
            return QStringLiteral("'%1' must be a whole number").arg(f.key);
    } else if (f.type == QLatin1String("select")) {
        if (!f.options.contains(value))
            return QStringLiteral("'%1' must be one of: %2").arg(f.key, f.options.join(u", "));
    }
    return {};
}

//! What the service running `app` last said about itself ({status, detail, since}), from the
//! status board; null when it said nothing (not running, or never used).
QJsonValue health(const App &app, const core::StatusBoard *board)
{
    if (!board)
        return {};
    const QJsonObject entries = board->snapshot();
    if (app.category == QLatin1String("channel")) {
        const QString key = QStringLiteral("channels.")
            + (app.id == QLatin1String("twilio-sms") ? QStringLiteral("sms") : app.id);
        return entries.contains(key) ? entries.value(key) : QJsonValue();
    }
    if (app.category == QLatin1String("ai")) {
        // Only the provider answering guests reports; its failures go to "ai.error".
        const QJsonObject provider = entries.value(QLatin1String("ai.provider")).toObject();
        if (provider.value(QLatin1String("detail")).toString() != app.id)
            return {};
        if (entries.contains(QLatin1String("ai.error")))
            return entries.value(QLatin1String("ai.error"));
        return QJsonObject { { "status", "ok" }, { "detail", "answering guests" },
            { "since", provider.value(QLatin1String("since")) } };
    }
    return {};
}

//! The app as the API shows it: secrets masked, never decrypted into the answer.
QJsonObject describe(const App &app, const storage::SettingsStore &settings,
    const ops::SecretStore &secrets, const core::StatusBoard *board)
{
    bool enabled = false;
    QString updatedAt;
    const QJsonObject stored = settings.appConfig(app.id, &enabled, &updatedAt);
    QJsonObject config;
    bool complete = true;
    for (const Field &f : app.fields) {
        const QString value = stored.value(f.key).toString();
        if (f.required && value.isEmpty())
            complete = false;
        if (value.isEmpty())
            continue;
        config.insert(f.key, f.secret ? ops::Redact::secret(secrets.decrypt(value)) : value);
    }
    if (app.alwaysEnabled)
        enabled = true;
    const QString status = app.alwaysEnabled ? QStringLiteral("ok")
        : !complete                          ? QStringLiteral("not_configured")
        : enabled                            ? QStringLiteral("configured")
                                             : QStringLiteral("disabled");
    return { { "id", app.id }, { "category", app.category }, { "name", app.name },
        { "enabled", enabled }, { "status", status }, { "configSchema", schema(app) },
        { "config", config }, { "health", health(app, board) },
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
            for (const App &app : core::AppCatalog::all())
                items.append(describe(app, settings, *ctx.secrets, ctx.status));
            reply.json(200,
                QJsonObject { { "items", items }, { "total", items.size() },
                    { "limit", items.size() }, { "offset", 0 } });
        });

    server.route(M::Get, QStringLiteral("/api/v1/apps/{appId}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const App *app = findApp(req.param(0));
            if (!app)
                return reply.notFound(QStringLiteral("app"));
            reply.json(
                200, describe(*app, storage::SettingsStore(ctx.db()), *ctx.secrets, ctx.status));
        });

    server.route(M::Post, QStringLiteral("/api/v1/apps/{appId}/test"), Access::Manager,
        [&ctx](const Request &req, const Reply &reply) {
            const App *app = findApp(req.param(0));
            if (!app)
                return reply.notFound(QStringLiteral("app"));
            auto answer = [reply](bool ok, const QString &message, qint64 latencyMs) {
                reply.json(200,
                    QJsonObject {
                        { "ok", ok }, { "message", message }, { "latencyMs", latencyMs } });
            };
            if (app->alwaysEnabled)
                return answer(true, QStringLiteral("%1 is built in and ready").arg(app->name), 0);
            if (!ctx.tester || !ctx.tester->testApp(app->id, ctx.context, answer))
                answer(false, QStringLiteral("%1 cannot be tested yet").arg(app->name), 0);
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
                    QStringLiteral("%1 is always available").arg(app->name));
            QJsonObject incoming = configValue.toObject();
            for (auto it = incoming.begin(); it != incoming.end(); ++it) {
                const Field *field = app->field(it.key());
                if (!field)
                    return reply.invalid(QStringLiteral("config.") + it.key(),
                        QStringLiteral("unknown setting '%1'").arg(it.key()));
                QJsonValue v = it.value();
                if (v.isDouble() && field->type == QLatin1String("integer"))
                    v = QString::number(v.toInteger());
                if (v.isBool() && field->type == QLatin1String("boolean"))
                    v = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                if (!v.isString() && !v.isNull())
                    return reply.invalid(QStringLiteral("config.") + it.key(),
                        QStringLiteral("'%1' must be a string").arg(it.key()));
                const QString problem = checkValue(*field, v.toString().trimmed());
                if (!problem.isEmpty())
                    return reply.invalid(QStringLiteral("config.") + it.key(), problem);
                incoming.insert(it.key(), v);
            }
            const ops::SecretStore *secrets = ctx.secrets;
            const core::StatusBoard *board = ctx.status; // thread-safe
            ctx.write(
                reply, 200,
                [app, enabled = enabledValue.toBool(), incoming, secrets, board, user = req.user](
                    storage::WriteTx &tx) -> QJsonValue {
                    storage::SettingsStore settings(tx.db());
                    bool wasEnabled = false;
                    QJsonObject stored = settings.appConfig(app->id, &wasEnabled);
                    for (const Field &f : app->fields) {
                        const QString &key = f.key;
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
                            if (f.required && stored.value(f.key).toString().isEmpty())
                                throw storage::JobError(400, QStringLiteral("VALIDATION_ERROR"),
                                    QStringLiteral("'%1' is required to enable %2")
                                        .arg(f.key, app->name),
                                    QStringLiteral("config.") + f.key);
                        }
                    }
                    settings.setAppConfig(app->id, enabled, stored);
                    settings.audit(user.id, QStringLiteral("app.configure"), app->id, {},
                        { { "enabled", enabled } });
                    const QJsonObject described = describe(*app, settings, *secrets, board);
                    // Services holding the settings reload them from this change.
                    tx.recordChange(QStringLiteral("app:updated"), app->id, described);
                    tx.wakeOutbox();
                    return described;
                },
                [&ctx]() { ctx.forgetAppConfigs(); });
        });
}

} // namespace jack::gateway
