// Staff copilot for escalated conversations: suggested reply and summary.
#include "gateway/routecontext.h"

#include "ai/copilot/llmcopilot.h"
#include "ai/offlineengine.h"

namespace jack::gateway {

void registerCopilotRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/conversations/{id}/copilot"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto brief = ai::CopilotBriefReader::read(ctx.db(), req.param(0));
            if (!brief)
                return reply.notFound(QStringLiteral("conversation"));
            if (brief->guestMessages.isEmpty())
                return reply.error(409, QStringLiteral("CONFLICT"),
                    QStringLiteral("the guest has not written in this conversation yet"));
            // Built once, used in the gateway thread only (its lexicons are shared, read-only).
            static const ai::OfflineEngine engine;
            // With a language model the answer comes when it does (the gateway thread is not
            // blocked); the offline suggestion when there is none or it fails.
            auto copilot = std::make_shared<ai::LlmCopilot>(
                engine, ctx.db(), ctx.secrets, ctx.writer, ctx.network, ctx.context);
            copilot->suggest(*brief,
                [reply, copilot](const ai::CopilotSuggestion &s) { reply.json(200, s.toJson()); });
        });
}

} // namespace jack::gateway
