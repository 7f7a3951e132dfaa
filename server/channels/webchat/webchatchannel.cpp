#include "channels/webchat/webchatchannel.h"

#include "channels/webchat/webchatmessage.h"
#include "channels/webchat/webchatrelay.h"
#include "storage/appsettings.h"
#include "storage/outboxstore.h"

namespace jack::channels {

void WebchatChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    const storage::AppSettings app
        = storage::AppSettings::load(m_ctx.db(), *m_ctx.secrets, appId());
    if (!app.enabled) {
        done(SendResult { SendOutcome::Failed, {},
            QStringLiteral("the web chat is switched off (Apps → Web chat)"), {}, 0, {} });
        return;
    }
    // The write queue is the one object this hub's gateway and channels share: the relay
    // registered under it is this hub's guest socket hub.
    if (!WebchatRelay::pushTo(
            m_ctx.writer, item.conversationId, WebchatMessage::fromOutbox(item))) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("the hub is not serving the web chat right now"), {}, 0, {} });
        return;
    }
    // Our own message id doubles as the channel's: the widget's receipts name it.
    done(SendResult { SendOutcome::Sent, item.messageId, {}, {}, 0, {} });
}

void WebchatChannel::testConnection(TestCallback done)
{
    const storage::AppSettings app
        = storage::AppSettings::load(m_ctx.db(), *m_ctx.secrets, appId());
    if (!app.enabled) {
        done(false, QStringLiteral("The web chat is switched off: enable it to show the widget"));
        return;
    }
    QString base = storage::HotelSettings::publicBaseUrl(m_ctx.db());
    if (base.isEmpty())
        base = WebchatRelay::baseUrl(m_ctx.writer);
    if (base.isEmpty()) {
        done(false, QStringLiteral("The hub is not serving the web chat right now"));
        return;
    }
    done(true, QStringLiteral("Web chat is served at %1/webchat/widget.js").arg(base));
}

} // namespace jack::channels
