#include "gateway/routecontext.h"

#include "storage/conversationstore.h"
#include "storage/gueststore.h"
#include "storage/messagestore.h"

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

    // One timeline per guest across channels: WhatsApp, SMS, e-mail, web chat and Telegram
    // conversations of the same person, in time order.
    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}/messages"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            int limit = 0, offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            if (req.queryValue(QStringLiteral("limit")).isEmpty())
                limit = 500;
            if (req.queryValue(QStringLiteral("offset")).isEmpty())
                offset = -1;
            if (storage::GuestStore(ctx.db()).get(req.param(0)).isEmpty())
                return reply.notFound(QStringLiteral("guest"));
            reply.json(200,
                storage::MessageStore(ctx.db()).listForGuest(req.param(0), limit, offset).toJson());
        });

    server.route(M::Get, QStringLiteral("/api/v1/guests/{id}/conversations"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            if (storage::GuestStore(ctx.db()).get(req.param(0)).isEmpty())
                return reply.notFound(QStringLiteral("guest"));
            int limit = 0, offset = 0;
            if (!Input::paging(req, reply, &limit, &offset))
                return;
            storage::ConversationFilter filter;
            filter.guestId = req.param(0);
            filter.limit = limit;
            filter.offset = offset;
            reply.json(200, storage::ConversationStore(ctx.db()).list(filter).toJson());
        });
}

} // namespace jack::gateway
