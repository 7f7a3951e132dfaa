#include "channels/whatsapp/whatsappchannel.h"

#include "channels/whatsapp/graphclient.h"
#include "storage/mediastore.h"
#include "storage/outboxstore.h"
#include "storage/settingsstore.h"

namespace jack::channels {

WhatsAppChannel::WhatsAppChannel(const ChannelContext &context, QObject *parent)
    : Channel(context, parent)
    , m_graph(new GraphClient(context.network, this))
{
}

const WhatsAppConfig &WhatsAppChannel::config()
{
    if (!m_config)
        m_config = WhatsAppConfig::load(storage::SettingsStore(m_ctx.db()), *m_ctx.secrets);
    return *m_config;
}

void WhatsAppChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    const WhatsAppConfig &c = config();
    if (!c.canSend()) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("WhatsApp is not connected: add the access token and phone number id "
                           "in Settings"),
            {}, 0, {} });
        return;
    }
    m_graph->sendText(c, item.recipient, item.content, std::move(done));
}

Pacing WhatsAppChannel::pacing(const storage::OutboxItem &item) const
{
    // Meta throttles bursts to one user: about one message every six seconds, a few at once.
    return Pacing { QStringLiteral("whatsapp:") + item.recipient, 1.0 / 6.0, 3, 1 };
}

void WhatsAppChannel::fetchMedia(const storage::MediaRecord &media, FetchCallback done)
{
    Q_UNUSED(media);
    done(FetchedMedia { false, true, {}, {}, {}, QStringLiteral("not supported yet") });
}

void WhatsAppChannel::testConnection(TestCallback done)
{
    const WhatsAppConfig &c = config();
    if (c.accessToken.isEmpty() || c.phoneNumberId.isEmpty()) {
        done(false, QStringLiteral("Add the access token and phone number ID first"));
        return;
    }
    m_graph->checkPhoneNumber(c, std::move(done));
}

} // namespace jack::channels
