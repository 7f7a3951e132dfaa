#include "channels/sms/smschannel.h"

#include "channels/sms/twilioclient.h"
#include "core/smssegments.h"
#include "core/statusboard.h"
#include "ops/logging.h"
#include "storage/appsettings.h"
#include "storage/mediastore.h"
#include "storage/outboxstore.h"

#include <algorithm>

namespace jack::channels {

namespace {
const QString kStatusKey = QStringLiteral("channels.sms");
}

SmsChannel::SmsChannel(const ChannelContext &context, QObject *parent)
    : Channel(context, parent)
    , m_client(new TwilioClient(context.network, this))
{
}

SmsConfig SmsChannel::config() const
{
    if (!m_config)
        m_config = SmsConfig::load(m_ctx.db(), *m_ctx.secrets);
    SmsConfig c = *m_config;
    c.publicBaseUrl = storage::HotelSettings::publicBaseUrl(m_ctx.db());
    return c;
}

void SmsChannel::start()
{
    const SmsConfig c = config();
    if (!m_ctx.status)
        return;
    if (!c.enabled)
        m_ctx.status->clear(kStatusKey);
    else if (!c.canSend())
        m_ctx.status->set(kStatusKey, QStringLiteral("degraded"),
            QStringLiteral("SMS is enabled but the account SID, auth token or sender is missing"));
    else if (c.publicBaseUrl.isEmpty())
        m_ctx.status->set(kStatusKey, QStringLiteral("degraded"),
            QStringLiteral("SMS can send, but guests' texts cannot arrive until the hub's public "
                           "URL is set"));
    else
        m_ctx.status->set(kStatusKey, QStringLiteral("ok"), QStringLiteral("SMS is configured"));
}

void SmsChannel::reconfigure()
{
    m_config.reset();
    start();
}

void SmsChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    const SmsConfig c = config();
    if (!c.canSend()) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("SMS is not connected: add the Twilio account SID, auth token and "
                           "sending number in Settings"),
            {}, 0, {} });
        return;
    }
    if (item.content.trimmed().isEmpty()) {
        done(SendResult { SendOutcome::Failed, {},
            QStringLiteral("An SMS needs text; files cannot be sent by SMS"), {}, 0, {} });
        return;
    }
    m_client->sendText(c, item.recipient, item.content,
        [this, id = item.id, done = std::move(done)](const SendResult &result) {
            auto log = ops::Logging::get("channels.sms");
            if (result.outcome == SendOutcome::Sent)
                log->info("outbox {} sent as {}", id.toStdString(),
                    result.channelMessageId.toStdString());
            else
                log->warn("outbox {} not sent ({}): {}", id.toStdString(),
                    result.outcome == SendOutcome::Retry ? "retry" : "failed",
                    result.error.toStdString());
            report(result);
            done(result);
        });
}

void SmsChannel::report(const SendResult &result)
{
    if (!m_ctx.status)
        return;
    if (result.outcome == SendOutcome::Sent)
        m_ctx.status->set(kStatusKey, QStringLiteral("ok"), QStringLiteral("Sending SMS"));
    else if (result.errorCode == QLatin1String("20003")
        || result.error.contains(QLatin1String("check the Twilio settings")))
        m_ctx.status->set(kStatusKey, QStringLiteral("error"), result.error);
    else if (result.outcome == SendOutcome::Retry)
        m_ctx.status->set(kStatusKey, QStringLiteral("degraded"), result.error);
}

Pacing SmsChannel::pacing(const storage::OutboxItem &item) const
{
    const SmsConfig c = config();
    const double segments = std::max(1, core::SmsSegments::measure(item.content).segments);
    const double perSecond = std::max(1, c.segmentsPerSecond);
    // The bucket holds at least one whole message, so a message longer than a second's worth
    // of segments waits for a full bucket instead of for ever.
    return Pacing { QStringLiteral("sms:") + c.sender(), perSecond, std::max(segments, perSecond),
        segments };
}

void SmsChannel::fetchMedia(const storage::MediaRecord &media, FetchCallback done)
{
    const SmsConfig c = config();
    if (c.accountSid.isEmpty() || c.authToken.isEmpty()) {
        // Not permanent: the admin may add the credentials, and the file waits at Twilio.
        done(FetchedMedia {
            false, false, {}, {}, {}, QStringLiteral("the Twilio credentials are missing") });
        return;
    }
    m_client->fetchMedia(c, media.source, std::move(done));
}

void SmsChannel::testConnection(TestCallback done)
{
    m_config.reset();
    const SmsConfig c = config();
    if (c.accountSid.isEmpty() || c.authToken.isEmpty()) {
        done(false, QStringLiteral("Add the Twilio account SID and auth token first"));
        return;
    }
    m_client->checkAccount(c, [this, done = std::move(done)](bool ok, const QString &message) {
        if (ok)
            start(); // back to what the settings say, clearing an earlier failure
        else if (m_ctx.status)
            m_ctx.status->set(kStatusKey, QStringLiteral("error"), message);
        done(ok, message);
    });
}

} // namespace jack::channels
