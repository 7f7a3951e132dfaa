// Hotel-wide settings: GET/PUT /api/v1/settings/hotel and /api/v1/settings/ai.
#include "gateway/routecontext.h"

#include "ai/aisettings.h"
#include "storage/appsettings.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace jack::gateway {

namespace {
const QString kKey = QString::fromLatin1(storage::HotelSettings::key);

} // namespace

QString checkHotelSetting(const QString &key, const QJsonValue &value)
{
    static const QRegularExpression time(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
    if (key == QLatin1String("name")) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return QStringLiteral("the hotel needs a name");
    } else if (key == QLatin1String("timezone")) {
        if (!value.isString() || !QTimeZone(value.toString().toUtf8()).isValid())
            return QStringLiteral("use an IANA time zone such as Europe/Lisbon");
    } else if (key == QLatin1String("checkInTime") || key == QLatin1String("checkOutTime")) {
        if (!value.isString() || !time.match(value.toString()).hasMatch())
            return QStringLiteral("use a 24-hour time such as 15:00");
    } else if (key == QLatin1String("phone") || key == QLatin1String("email")
        || key == QLatin1String("address") || key == QLatin1String("website")) {
        if (!value.isString() && !value.isNull())
            return QStringLiteral("must be text");
    } else if (key == QLatin1String("languages")) {
        if (!value.isArray() || value.toArray().isEmpty())
            return QStringLiteral("list at least one language code, e.g. [\"en\"]");
        for (const QJsonValue &v : value.toArray()) {
            if (!language.match(v.toString()).hasMatch())
                return QStringLiteral("'%1' is not a two-letter language code").arg(v.toString());
        }
    } else if (key == QLatin1String("businessHours")) {
        // When someone is at the desk: {"open":"08:00","close":"22:00"}; null: always.
        if (value.isNull())
            return {};
        const QJsonObject hours = value.toObject();
        const QString open = hours.value(QLatin1String("open")).toString();
        const QString close = hours.value(QLatin1String("close")).toString();
        if (!value.isObject() || !time.match(open).hasMatch() || !time.match(close).hasMatch())
            return QStringLiteral("give opening and closing times such as "
                                  "{\"open\": \"08:00\", \"close\": \"22:00\"}");
        if (open == close)
            return QStringLiteral("opening and closing times must differ");
        if (hours.size() != 2)
            return QStringLiteral("business hours take only 'open' and 'close'");
    } else if (key == QLatin1String("outOfHoursReply")) {
        if (!value.isString() && !value.isNull())
            return QStringLiteral("must be text");
        if (value.toString().size() > 1000)
            return QStringLiteral("keep the reply under 1000 characters");
    } else if (key == QLatin1String("publicBaseUrl")) {
        if (value.isNull() || value.toString().isEmpty())
            return {};
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.hasQuery() || url.hasFragment())
            return QStringLiteral("use the address the internet reaches this hub at, e.g. "
                                  "https://jack.example-hotel.com");
    } else {
        return QStringLiteral("unknown setting '%1'").arg(key);
    }
    return {};
}

void registerSettingsRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/settings/hotel"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            reply.json(200, storage::SettingsStore(ctx.db()).json(kKey));
        });

    server.route(M::Put, QStringLiteral("/api/v1/settings/hotel"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            for (auto it = body->begin(); it != body->end(); ++it) {
                const QString problem = checkHotelSetting(it.key(), it.value());
                if (!problem.isEmpty())
                    return reply.invalid(it.key(), problem);
            }
            ctx.write(reply, 200,
                [incoming = *body, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    storage::SettingsStore settings(tx.db());
                    QJsonObject hotel = settings.json(kKey);
                    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
                        QJsonValue v = it.value();
                        if (v.isString())
                            v = v.toString().trimmed();
                        if (it.key() == QLatin1String("publicBaseUrl") && v.isString()) {
                            QString url = v.toString();
                            while (url.endsWith(QLatin1Char('/')))
                                url.chop(1);
                            v = url;
                        }
                        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
                            hotel.remove(it.key());
                        else
                            hotel.insert(it.key(), v);
                    }
                    settings.setJson(kKey, hotel);
                    settings.audit(user.id, QStringLiteral("settings.hotel"), kKey, {},
                        QJsonObject { { "fields", QJsonArray::fromStringList(incoming.keys()) } });
                    tx.recordChange(QStringLiteral("settings:updated"), kKey, hotel);
                    return hotel;
                });
        });

    server.route(M::Get, QStringLiteral("/api/v1/settings/ai"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            reply.json(200, ai::AiSettings::load(ctx.db()).toJson());
        });

    server.route(M::Put, QStringLiteral("/api/v1/settings/ai"), Access::Admin,
        [&ctx](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            for (auto it = body->begin(); it != body->end(); ++it) {
                const QString problem = ai::AiSettings::check(it.key(), it.value());
                if (!problem.isEmpty())
                    return reply.invalid(it.key(), problem);
            }
            ctx.write(reply, 200,
                [incoming = *body, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                    const QString key = QString::fromLatin1(ai::AiSettings::key);
                    storage::SettingsStore settings(tx.db());
                    QJsonObject stored = ai::AiSettings::load(tx.db()).toJson();
                    for (auto it = incoming.begin(); it != incoming.end(); ++it)
                        stored.insert(it.key(), it.value());
                    settings.setJson(key, stored);
                    settings.audit(user.id, QStringLiteral("settings.ai"), key, {},
                        QJsonObject { { "fields", QJsonArray::fromStringList(incoming.keys()) } });
                    tx.recordChange(QStringLiteral("settings:updated"), key, stored);
                    return stored;
                });
        });
}

} // namespace jack::gateway
