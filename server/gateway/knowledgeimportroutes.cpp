// Placeholder until the feature lands.
#include "gateway/routecontext.h"

namespace jack::gateway {

void registerKnowledgeImportRoutes(HttpServer &server, RouteContext &ctx)
{
    (void)server;
    (void)ctx;
}

} // namespace jack::gateway
