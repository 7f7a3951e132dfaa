// Telegram Bot API webhook: POST /webhooks/telegram.
#include "gateway/routecontext.h"

namespace jack::gateway {

void registerTelegramRoutes(HttpServer &server, RouteContext &ctx)
{
    Q_UNUSED(server);
    Q_UNUSED(ctx);
}

} // namespace jack::gateway
