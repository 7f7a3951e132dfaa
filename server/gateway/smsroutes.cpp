// Twilio SMS webhooks: POST /webhooks/sms (incoming SMS/MMS) and /webhooks/sms/status
// (delivery reports). Both are signed by Twilio over the public URL it called.
#include "gateway/routecontext.h"

#include "channels/inboundrecorder.h"
#include "channels/sms/smsconfig.h"
#include "channels/sms/smsinbound.h"
#include "channels/sms/twiliosignature.h"
#include "ops/logging.h"

#include <QElapsedTimer>
#include <memory>
#include <optional>

namespace jack::gateway {

namespace {

// An empty TwiML answer: Twilio sends nothing back to the guest on its own; Jack replies
// through the REST API once the AI has answered.
const QByteArray kEmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

//! The URL Twilio signed: the hub's public address, not the loopback one this request
//! arrived on behind the tunnel or reverse proxy.
QString publicUrlOf(const channels::SmsConfig &config, const Request &req)
{
    const QString query = req.query.query(QUrl::FullyEncoded);
    return config.publicBaseUrl + req.path
        + (query.isEmpty() ? QString() : QString(QLatin1Char('?') + query));
}

//! Settings, signature and form of a webhook; answers the request and returns nothing when
//! it must not be processed.
std::optional<channels::TwilioForm> checkedForm(
    RouteContext &ctx, const Request &req, const Reply &reply)
{
    const auto config = channels::SmsConfig::load(ctx.db(), *ctx.secrets);
    if (!config.canVerify()) {
        // Without the token and the public URL nothing can be trusted.
        reply.error(503, QStringLiteral("NOT_CONFIGURED"),
            config.enabled && !config.authToken.isEmpty()
                ? QStringLiteral("the hub's public URL is not set, so Twilio's signature cannot "
                                 "be checked")
                : QStringLiteral("SMS is not configured on this hub"));
        return std::nullopt;
    }
    const auto form = channels::TwilioForm::parse(req.body);
    if (!channels::TwilioSignature::verify(
            config.authToken, publicUrlOf(config, req), form, req.header("x-twilio-signature"))) {
        ops::Logging::get("channels.sms")
            ->warn("webhook {} with a missing or wrong signature from {} refused",
                req.path.toStdString(), req.remote.toString().toStdString());
        reply.error(401, QStringLiteral("UNAUTHORIZED"), QStringLiteral("invalid signature"));
        return std::nullopt;
    }
    return form;
}

} // namespace

void registerSmsRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Post, QStringLiteral("/webhooks/sms"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            const auto form = checkedForm(ctx, req, reply);
            if (!form)
                return;
            QString error;
            const auto message = channels::SmsInbound::message(*form, &error);
            if (!message)
                return reply.invalid(QStringLiteral("body"), error);
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            // Answered only after the commit: a 200 means the message is on disk.
            ctx.writer->submit(
                [in = *message](storage::WriteTx &tx) -> QJsonValue {
                    QString id;
                    const bool stored = channels::InboundRecorder::record(tx, in, &id);
                    return QJsonObject { { "stored", stored }, { "id", id } };
                },
                ctx.context,
                [reply, timer, sid = message->channelMessageId, media = message->media.size()](
                    const storage::WriteResult &r) {
                    auto log = ops::Logging::get("channels.sms");
                    if (!r.ok) {
                        log->error(
                            "SMS {} not stored: {}", sid.toStdString(), r.message.toStdString());
                        reply.error(r.status, r.code, r.message);
                        return;
                    }
                    const QJsonObject result = r.value.toObject();
                    if (result.value(QLatin1String("stored")).toBool())
                        log->info("SMS {} stored as {} ({} media) in {} ms", sid.toStdString(),
                            result.value(QLatin1String("id")).toString().toStdString(), media,
                            timer->elapsed());
                    else
                        log->info("SMS {} was delivered again; kept once", sid.toStdString());
                    reply.raw(200, kEmptyTwiml, "text/xml");
                });
        });

    server.route(M::Post, QStringLiteral("/webhooks/sms/status"), Access::Public,
        [&ctx](const Request &req, const Reply &reply) {
            const auto form = checkedForm(ctx, req, reply);
            if (!form)
                return;
            QString error;
            const auto status = channels::SmsInbound::status(*form, &error);
            if (!status)
                return reply.invalid(QStringLiteral("body"), error);
            if (status->status.isEmpty()) // queued, sending…: nothing Jack records
                return reply.raw(200, QByteArray(), "text/plain");
            ctx.writer->submit(
                [s = *status](storage::WriteTx &tx) -> QJsonValue {
                    return channels::InboundRecorder::applyStatus(
                        tx, QStringLiteral("sms"), s.messageSid, s.status, s.error);
                },
                ctx.context,
                [reply, sid = status->messageSid, state = status->status](
                    const storage::WriteResult &r) {
                    auto log = ops::Logging::get("channels.sms");
                    if (!r.ok) {
                        log->error("status {} of SMS {} not stored: {}", state.toStdString(),
                            sid.toStdString(), r.message.toStdString());
                        reply.error(r.status, r.code, r.message);
                        return;
                    }
                    log->debug("status {} of SMS {} {}", state.toStdString(), sid.toStdString(),
                        r.value.toBool() ? "applied" : "held or stale");
                    reply.raw(200, QByteArray(), "text/plain");
                });
        });
}

} // namespace jack::gateway
