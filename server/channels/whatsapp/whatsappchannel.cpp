#include "channels/whatsapp/whatsappchannel.h"

#include "channels/whatsapp/graphclient.h"
#include "channels/whatsapp/whatsappcoalescer.h"
#include "core/servicewindow.h"
#include "storage/conversationstore.h"
#include "storage/mediastore.h"
#include "storage/outboxstore.h"
#include "storage/settingsstore.h"
#include "storage/writequeue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace jack::channels {

namespace {
SendResult failed(const QString &error, const QString &code = {})
{
    return SendResult { SendOutcome::Failed, {}, error, code, 0, {} };
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

WhatsAppChannel::WhatsAppChannel(const ChannelContext &context, QObject *parent)
    : Channel(context, parent)
    , m_graph(new GraphClient(context.network, this))
{
}

QString WhatsAppChannel::windowClosedError()
{
    return GraphClient::describe(131047, 400, {}).error;
}

const WhatsAppConfig &WhatsAppChannel::config()
{
    if (!m_config)
        m_config = WhatsAppConfig::load(storage::SettingsStore(m_ctx.db()), *m_ctx.secrets);
    return *m_config;
}

void WhatsAppChannel::send(const storage::OutboxItem &item, SendCallback done)
{
    // A copy: the settings may be saved again while this send is on the wire.
    const WhatsAppConfig c = config();
    if (!c.canSend()) {
        done(SendResult { SendOutcome::Retry, {},
            QStringLiteral("WhatsApp is not connected: add the access token and phone number id "
                           "in Settings"),
            {}, 0, {} });
        return;
    }
    if (item.kind == QLatin1String("template")) {
        sendTemplate(c, item, std::move(done));
        return;
    }
    // Free text and files need the guest's last message within 24 hours. A reply that waited
    // out the window (an outage, a long backoff) fails here with the reason instead of
    // spending a call on Meta's certain 131047; Jack's own replies are never turned into
    // templates behind staff's back.
    const QString lastGuest = storage::ConversationStore(m_ctx.db())
                                  .get(item.conversationId)
                                  .value(QLatin1String("lastGuestMessageAt"))
                                  .toString();
    if (!core::ServiceWindow::isOpen(lastGuest)) {
        done(failed(windowClosedError(), QStringLiteral("WINDOW_CLOSED")));
        return;
    }
    if (item.kind == QLatin1String("media")) {
        sendMedia(c, item, std::move(done));
        return;
    }
    if (WhatsAppCoalescer::isAutomaticText(item)) {
        sendJoined(c, item, std::move(done));
        return;
    }
    m_graph->sendText(c, item.recipient, item.content, std::move(done));
}

void WhatsAppChannel::sendTemplate(
    const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done)
{
    const QJsonObject t = item.payload.value(QLatin1String("template")).toObject();
    const QString name = t.value(QLatin1String("name")).toString();
    if (name.isEmpty()) {
        done(failed(QStringLiteral("The template message has no template name")));
        return;
    }
    m_graph->sendMessage(c,
        GraphClient::templateMessage(item.recipient, name,
            t.value(QLatin1String("language")).toString(QStringLiteral("en")),
            strings(t.value(QLatin1String("variables")))),
        std::move(done));
}

void WhatsAppChannel::sendMedia(
    const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done)
{
    const QJsonObject request = item.payload.value(QLatin1String("media")).toObject();
    const QString mediaId = request.value(QLatin1String("id")).toString();
    const QString caption = request.value(QLatin1String("caption")).toString();
    const auto media = storage::MediaStore(m_ctx.db()).get(mediaId);
    if (!media || media->status != QLatin1String("stored")) {
        done(failed(QStringLiteral("The attached file is missing")));
        return;
    }
    QFile file(QDir(m_ctx.dataDir).filePath(media->path));
    if (!file.open(QIODevice::ReadOnly)) {
        done(failed(QStringLiteral("The attached file is no longer in the data folder")));
        return;
    }
    // Meta's media ids of uploads last 30 days, but a retry after a long outage is rare:
    // uploading again on each attempt keeps no state between attempts.
    m_graph->uploadMedia(c, file.readAll(), media->mimeType, media->fileName,
        [this, c, item, caption, kind = media->kind, fileName = media->fileName,
            done = std::move(done)](const QString &graphId, const SendResult &failure) {
            if (graphId.isEmpty()) {
                done(failure);
                return;
            }
            m_graph->sendMessage(c,
                GraphClient::mediaMessage(item.recipient, kind, graphId, caption, fileName), done);
        });
}

void WhatsAppChannel::sendJoined(
    const WhatsAppConfig &c, const storage::OutboxItem &item, SendCallback done)
{
    m_ctx.writer->submit(
        [item](storage::WriteTx &tx) -> QJsonValue {
            QJsonArray claimed;
            for (const storage::OutboxItem &f : WhatsAppCoalescer::claimFollowers(tx, item))
                claimed.append(QJsonObject { { "id", f.id }, { "messageId", f.messageId },
                    { "content", f.content }, { "attempts", f.attempts }, { "meta", f.meta } });
            return claimed;
        },
        this,
        [this, c, item, done = std::move(done)](const storage::WriteResult &r) {
            QList<storage::OutboxItem> followers;
            if (r.ok) {
                for (const QJsonValue &v : r.value.toArray()) {
                    const QJsonObject o = v.toObject();
                    storage::OutboxItem f;
                    f.id = o.value(QLatin1String("id")).toString();
                    f.messageId = o.value(QLatin1String("messageId")).toString();
                    f.content = o.value(QLatin1String("content")).toString();
                    f.attempts = o.value(QLatin1String("attempts")).toInt();
                    f.meta = o.value(QLatin1String("meta")).toObject();
                    followers.append(f);
                }
            }
            if (followers.isEmpty()) {
                m_graph->sendText(c, item.recipient, item.content, done);
                return;
            }
            m_graph->sendText(c, item.recipient, WhatsAppCoalescer::join(item, followers),
                [this, item, followers, done](const SendResult &result) {
                    SendResult lead = result;
                    if (lead.outcome == SendOutcome::Sent) {
                        QJsonArray joined;
                        for (const storage::OutboxItem &f : followers)
                            joined.append(f.messageId);
                        lead.meta.insert(QStringLiteral("coalesced"), joined);
                    }
                    // Followers are settled first, then the worker records the lead: a crash
                    // in between leaves the lead "sending", sent again at start (at least once).
                    m_ctx.writer->submit(
                        [followers, item, result](storage::WriteTx &tx) -> QJsonValue {
                            WhatsAppCoalescer::settle(tx, followers, item.messageId, result);
                            return {};
                        },
                        this, [done, lead](const storage::WriteResult &) { done(lead); },
                        storage::WriteQueue::Lane::Background);
                });
        },
        storage::WriteQueue::Lane::Background);
}

Pacing WhatsAppChannel::pacing(const storage::OutboxItem &item) const
{
    // Meta throttles bursts to one user (131056): about one message every six seconds, a few
    // at once. Automatic replies held back here are joined into one send when their turn comes.
    return Pacing { QStringLiteral("whatsapp:") + item.recipient, 1.0 / 6.0, 3, 1 };
}

void WhatsAppChannel::fetchMedia(const storage::MediaRecord &media, FetchCallback done)
{
    const WhatsAppConfig c = config();
    if (c.accessToken.isEmpty()) {
        done(FetchedMedia { false, false, {}, {}, {},
            QStringLiteral("WhatsApp is not connected: add the access token in Settings") });
        return;
    }
    if (media.source.isEmpty()) {
        done(FetchedMedia { false, true, {}, {}, {}, QStringLiteral("no WhatsApp media id") });
        return;
    }
    m_graph->fetchMedia(c, media.source, media.fileName, std::move(done));
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
