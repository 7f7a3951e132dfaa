// The web chat widget (/webchat/widget.js) and the guest socket (/webchat/ws).
#include "gateway/routecontext.h"

namespace jack::gateway {

void registerWebchatRoutes(HttpServer &server, RouteContext &ctx)
{
    Q_UNUSED(server);
    Q_UNUSED(ctx);
}

} // namespace jack::gateway
