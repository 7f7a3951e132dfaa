#include "gateway/routecontext.h"

namespace jack::gateway {

void registerHealthRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/health"), Access::Public,
        [&ctx](const Request &, const Reply &reply) {
            const QJsonObject services = ctx.health();
            QString overall = QStringLiteral("ok");
            for (auto it = services.begin(); it != services.end(); ++it) {
                const QString s = it.value().toObject().value(QLatin1String("status")).toString();
                if (s == QLatin1String("down") && it.key() == QLatin1String("database"))
                    overall = QStringLiteral("down");
                else if (s != QLatin1String("ok") && overall == QLatin1String("ok"))
                    overall = QStringLiteral("degraded");
            }
            reply.json(overall == QLatin1String("down") ? 503 : 200,
                QJsonObject { { "status", overall }, { "version", QStringLiteral(JACK_VERSION) },
                    { "services", services } });
        });

    server.route(M::Get, QStringLiteral("/health/live"), Access::Public,
        [](const Request &, const Reply &reply) {
            reply.json(200, QJsonObject { { "status", "ok" } });
        });

    server.route(M::Get, QStringLiteral("/health/ready"), Access::Public,
        [&ctx](const Request &, const Reply &reply) {
            const QJsonObject services = ctx.health();
            const bool ready = services.value(QLatin1String("database"))
                                   .toObject()
                                   .value(QLatin1String("status"))
                == QLatin1String("ok");
            reply.json(
                ready ? 200 : 503, QJsonObject { { "status", ready ? "ready" : "starting" } });
        });
}

} // namespace jack::gateway
