// Twilio SMS webhooks: POST /webhooks/sms and /webhooks/sms/status.
#include "gateway/routecontext.h"

namespace jack::gateway {

void registerSmsRoutes(HttpServer &server, RouteContext &ctx)
{
    Q_UNUSED(server);
    Q_UNUSED(ctx);
}

} // namespace jack::gateway
