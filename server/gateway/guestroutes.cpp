#include "gateway/routecontext.h"

#include "storage/gueststore.h"

namespace jack::gateway {

void registerGuestRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/guests"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0, offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            reply.json(200,
                storage::GuestStore(ctx.db())
                    .list(req.queryValue(QStringLiteral("q")), limit, offset)
                    .toJson());
        });

    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QJsonObject g = storage::GuestStore(ctx.db()).get(req.param(0));
            if (g.isEmpty())
                return reply.notFound(QStringLiteral("guest"));
            reply.json(200, g);
        });
}

} // namespace jack::gateway
