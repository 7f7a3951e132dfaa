#include "gateway/routecontext.h"

#include "channels/inboundrecorder.h"
#include "channels/whatsapp/whatsappconfig.h"
#include "channels/whatsapp/whatsappnotification.h"
#include "channels/whatsapp/whatsappsignature.h"
#include "core/phonenumber.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/settingsstore.h"

#include <QElapsedTimer>
#include <memory>
#include <sodium.h>

namespace jack::gateway {

void registerWebhookRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    // Meta's subscription check: echo the challenge when the verify token matches.
    server.route(M::Get, QStringLiteral("/webhooks/whatsapp"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            const auto config = ctx.whatsApp();
            const QByteArray given = req.queryValue(QStringLiteral("hub.verify_token")).toUtf8();
            const QByteArray expected = config.verifyToken.toUtf8();
            const bool tokenOk = !expected.isEmpty() && given.size() == expected.size()
                && sodium_memcmp(given.constData(), expected.constData(), given.size()) == 0;
            if (req.queryValue(QStringLiteral("hub.mode")) != QLatin1String("subscribe")
                || !tokenOk) {
                ops::Logging::get("channels.whatsapp")->warn("webhook verification refused");
                return reply.error(
                    403, QStringLiteral("FORBIDDEN"), QStringLiteral("verification failed"));
            }
            reply.raw(200, req.queryValue(QStringLiteral("hub.challenge")).toUtf8(), "text/plain");
        });

    server.route(M::Post, QStringLiteral("/webhooks/whatsapp"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            auto log = ops::Logging::get("channels.whatsapp");
            const auto config = ctx.whatsApp();
            if (config.appSecret.isEmpty()) {
                // Without the secret nothing can be trusted; Meta retries once we are configured.
                return reply.error(503, QStringLiteral("NOT_CONFIGURED"),
                    QStringLiteral("WhatsApp is not configured on this hub"));
            }
            if (!channels::WhatsAppSignature::verify(
                    config.appSecret.toUtf8(), req.body, req.header("x-hub-signature-256"))) {
                log->warn("webhook with a missing or wrong signature from {} refused",
                    req.remote.toString().toStdString());
                return reply.error(
                    401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("invalid signature"));
            }
            QString error;
            const auto notification = channels::WhatsAppNotification::parse(req.body, &error);
            if (!notification)
                return reply.invalid(QStringLiteral("body"), error);
            QList<channels::InboundMessage> inbound;
            for (const channels::WhatsAppInbound &m : notification->messages) {
                const QString phone = core::PhoneNumber::normalise(QLatin1Char('+') + m.from);
                if (phone.isEmpty()) {
                    // Refusing the batch would make Meta redeliver the good messages in it for
                    // ever.
                    log->warn("skipped WhatsApp message {} with an unusable sender",
                        m.wamid.toStdString());
                    continue;
                }
                channels::InboundMessage in;
                in.channel = QStringLiteral("whatsapp");
                in.address = phone;
                in.displayName = m.profileName;
                in.channelMessageId = m.wamid;
                in.contentType = m.contentType;
                in.text = m.text;
                in.timestamp = m.timestamp;
                inbound.append(in);
            }
            const auto statuses = notification->statuses;
            if (inbound.isEmpty() && statuses.isEmpty())
                return reply.json(
                    200, QJsonObject { { "received", 0 }, { "duplicates", 0 }, { "statuses", 0 } });
            // Answered only after the commit: a 200 means the message is on disk.
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            ctx.writer->submit(
                [inbound, statuses](storage::WriteTx &tx) -> QJsonValue {
                    int stored = 0, duplicates = 0, applied = 0;
                    for (const channels::InboundMessage &m : inbound) {
                        if (channels::InboundRecorder::record(tx, m))
                            ++stored;
                        else
                            ++duplicates;
                    }
                    for (const channels::WhatsAppStatus &s : statuses) {
                        if (channels::InboundRecorder::applyStatus(
                                tx, QStringLiteral("whatsapp"), s.wamid, s.status, s.error))
                            ++applied;
                    }
                    return QJsonObject { { "received", stored }, { "duplicates", duplicates },
                        { "statuses", applied } };
                },
                ctx.context,
                [reply, timer, log](const storage::WriteResult &r) {
                    if (!r.ok) {
                        log->error("WhatsApp notification not stored: {}", r.message.toStdString());
                        reply.error(r.status, r.code, r.message);
                        return;
                    }
                    const QJsonObject counts = r.value.toObject();
                    log->info("WhatsApp notification: {} messages stored, {} duplicates, {} "
                              "statuses in {} ms",
                        counts.value(QLatin1String("received")).toInt(),
                        counts.value(QLatin1String("duplicates")).toInt(),
                        counts.value(QLatin1String("statuses")).toInt(), timer->elapsed());
                    reply.json(200, r.value);
                });
        });
}

} // namespace jack::gateway
