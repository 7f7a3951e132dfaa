#include "gateway/routecontext.h"

#include "ai/intentclassifier.h"

namespace jack::gateway {

void registerAiRoutes(HttpServer &server, RouteContext &)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Post, QStringLiteral("/api/v1/ai/classify"), Access::Staff,
        [](const Request &req, const Reply &reply) {
            const auto body = Input::object(req, reply);
            if (!body)
                return;
            const auto text = Input::text(*body, QStringLiteral("text"), reply);
            if (!text)
                return;
            static const ai::IntentClassifier classifier;
            reply.json(200, classifier.classify(*text).toJson());
        });
}

} // namespace jack::gateway
