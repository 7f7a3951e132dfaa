// Telegram Bot API webhook: POST /webhooks/telegram.
#include "gateway/routecontext.h"

#include "channels/inboundrecorder.h"
#include "channels/telegram/telegramconfig.h"
#include "channels/telegram/telegramupdate.h"
#include "ops/logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <memory>
#include <sodium.h>

namespace jack::gateway {

void registerTelegramRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    // https://core.telegram.org/bots/api#setwebhook: Telegram posts one Update per request and
    // sends the secret_token we registered in X-Telegram-Bot-Api-Secret-Token.
    server.route(M::Post, QStringLiteral("/webhooks/telegram"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            auto log = ops::Logging::get("channels.telegram");
            // Read per request: a webhook a minute does not need a cache, and a saved app
            // (mode, secret) takes effect at once.
            const auto config = channels::TelegramConfig::load(ctx.db(), *ctx.secrets);
            if (!config.enabled || !config.usesWebhook() || config.webhookSecret.isEmpty()) {
                return reply.error(503, QStringLiteral("NOT_CONFIGURED"),
                    QStringLiteral("Telegram webhooks are not configured on this hub"));
            }
            const QByteArray given = req.header("x-telegram-bot-api-secret-token");
            const QByteArray expected = config.webhookSecret.toUtf8();
            if (given.size() != expected.size()
                || sodium_memcmp(given.constData(), expected.constData(), given.size()) != 0) {
                log->warn("Telegram webhook with a missing or wrong secret from {} refused",
                    req.remote.toString().toStdString());
                return reply.error(
                    401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("invalid secret token"));
            }
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
            if (!doc.isObject())
                return reply.invalid(
                    QStringLiteral("body"), QStringLiteral("the body must be a Telegram Update"));
            QString error;
            const auto update = channels::TelegramUpdateParser::parse(doc.object(), &error);
            if (!update)
                return reply.invalid(QStringLiteral("update_id"), error);
            if (!update->message) {
                // Answered 200 so Telegram does not redeliver what Jack will never store.
                log->info("Telegram update {} skipped: {}", update->updateId,
                    update->skipped.toStdString());
                return reply.json(200, QJsonObject { { "received", 0 }, { "duplicates", 0 } });
            }
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            // Answered only after the commit: a 200 means the message is on disk.
            ctx.writer->submit(
                [message = *update->message](storage::WriteTx &tx) -> QJsonValue {
                    const bool stored = channels::InboundRecorder::record(tx, message);
                    return QJsonObject { { "received", stored ? 1 : 0 },
                        { "duplicates", stored ? 0 : 1 } };
                },
                ctx.context,
                [reply, timer, log, updateId = update->updateId](const storage::WriteResult &r) {
                    if (!r.ok) {
                        log->error(
                            "Telegram update {} not stored: {}", updateId, r.message.toStdString());
                        reply.error(r.status, r.code, r.message);
                        return;
                    }
                    log->info("Telegram update {} stored ({} duplicate) in {} ms", updateId,
                        r.value.toObject().value(QLatin1String("duplicates")).toInt(),
                        timer->elapsed());
                    reply.json(200, r.value);
                });
        });
}

} // namespace jack::gateway
