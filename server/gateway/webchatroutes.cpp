// The web chat widget (/webchat/widget.js, /webchat/widget.css), its public settings
// (/webchat/config), a page of the hub's own that shows it (/webchat) and the guest socket
// (/webchat/ws, see WebchatHub).
#include "channels/webchat/webchatconfig.h"
#include "gateway/routecontext.h"
#include "gateway/webchathub.h"
#include "ops/logging.h"

#include <QFile>
#include <QJsonDocument>

namespace jack::gateway {

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// The widget may be loaded by any page (the socket and the settings check the origin); a
// short cache lets a new version reach guests within minutes.
void serveAsset(const Reply &reply, const QString &resource, const QByteArray &contentType)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return reply.notFound(QStringLiteral("the widget"));
    reply.raw(200, file.readAll(), contentType,
        { { "Cache-Control", "public, max-age=300" }, { "Access-Control-Allow-Origin", "*" },
            { "X-Content-Type-Options", "nosniff" } });
}

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

void registerWebchatRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;
    new WebchatHub(&server, ctx, ctx.context);

    server.route(M::Get, QStringLiteral("/webchat/widget.js"), Access::Public,
        [](const Request &, const Reply &reply) {
            serveAsset(reply, QStringLiteral(":/webchat/widget.js"),
                "application/javascript; charset=utf-8");
        });
    server.route(M::Get, QStringLiteral("/webchat/widget.css"), Access::Public,
        [](const Request &, const Reply &reply) {
            serveAsset(reply, QStringLiteral(":/webchat/widget.css"), "text/css; charset=utf-8");
        });

    server.route(M::Get, QStringLiteral("/webchat/config"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            const channels::WebchatConfig config
                = channels::WebchatConfig::load(ctx.db(), *ctx.secrets);
            const QString origin = QString::fromUtf8(req.header("origin"));
            QString why;
            if (!config.allowsOrigin(origin, QString::fromUtf8(req.header("host")), &why)) {
                ops::Logging::get("channels.webchat")
                    ->warn("web chat settings refused: {}", why.toStdString());
                return reply.error(403, QStringLiteral("ORIGIN_NOT_ALLOWED"),
                    QStringLiteral("this web site may not use the hotel's chat"));
            }
            Headers headers { { "Cache-Control", "no-store" }, { "Vary", "Origin" } };
            if (!origin.isEmpty())
                headers.append({ "Access-Control-Allow-Origin", origin.toUtf8() });
            if (!config.enabled) {
                return reply.raw(503,
                    R"({"error":{"code":"CHAT_UNAVAILABLE","message":"the chat is not available right now"}})",
                    "application/json", headers);
            }
            reply.raw(200, QJsonDocument(config.publicJson()).toJson(QJsonDocument::Compact),
                "application/json", headers);
        });

    // The hotel can link to this page directly; it is also the same-origin home of the widget.
    server.route(M::Get, QStringLiteral("/webchat"), Access::Public,
        [&ctx](const Request &, const Reply &reply) {
            const channels::WebchatConfig config
                = channels::WebchatConfig::load(ctx.db(), *ctx.secrets);
            const QString title
                = escapeHtml(config.title.isEmpty() ? QStringLiteral("Chat") : config.title);
            const QString page = QStringLiteral(
                "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                "content=\"width=device-width, initial-scale=1\"><title>%1</title></head><body "
                "style=\"font-family:system-ui,sans-serif\"><h1>%1</h1><script "
                "src=\"/webchat/widget.js\" data-open=\"true\" async></script></body></html>")
                                     .arg(title);
            reply.raw(200, page.toUtf8(), "text/html; charset=utf-8",
                { { "Cache-Control", "no-cache" } });
        });
}

} // namespace jack::gateway
