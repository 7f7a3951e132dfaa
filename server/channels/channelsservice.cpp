#include "channels/channelsservice.h"

#include "channels/email/emailchannel.h"
#include "channels/emailfallback.h"
#include "channels/mediafetcher.h"
#include "channels/outboxworker.h"
#include "channels/sms/smschannel.h"
#include "channels/telegram/telegramchannel.h"
#include "channels/webchat/webchatchannel.h"
#include "channels/whatsapp/whatsappchannel.h"
#include "core/appcatalog.h"
#include "ops/logging.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>

namespace jack::channels {

ChannelsService::ChannelsService(QString databasePath, QString dataDir, storage::WriteQueue *writer,
    const ops::SecretStore *secrets, core::StatusBoard *status)
    : m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("channels-%1").arg(quintptr(this)))
{
    m_ctx.connection = m_connectionName;
    m_ctx.secrets = secrets;
    m_ctx.writer = writer;
    m_ctx.status = status;
    m_ctx.dataDir = std::move(dataDir);
}

ChannelsService::~ChannelsService()
{
    stop();
}

Channel *ChannelsService::channel(const QString &id) const
{
    for (Channel *c : m_channels) {
        if (c->id() == id)
            return c;
    }
    return nullptr;
}

Channel *ChannelsService::channelForApp(const QString &appId) const
{
    for (Channel *c : m_channels) {
        if (c->appId() == appId)
            return c;
    }
    return nullptr;
}

void ChannelsService::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_ctx.network = new QNetworkAccessManager(this);
    m_channels = { new WhatsAppChannel(m_ctx, this), new SmsChannel(m_ctx, this),
        new EmailChannel(m_ctx, this), new WebchatChannel(m_ctx, this),
        new TelegramChannel(m_ctx, this) };
    auto lookup = [this](const QString &id) { return channel(id); };
    m_outbox = new OutboxWorker(m_ctx, lookup, this);
    m_media = new MediaFetcher(m_ctx, lookup, this);
    m_fallback = new EmailFallback(m_ctx, this);
    m_outbox->start();
    m_media->wake();
    m_fallback->start();
    for (Channel *c : m_channels)
        c->start();
    m_started = true;
}

void ChannelsService::stop()
{
    if (!m_started)
        return;
    m_started = false;
    for (Channel *c : m_channels)
        c->stop();
    m_outbox->stop();
    m_media->stop();
    m_fallback->stop();
    qDeleteAll(m_channels);
    m_channels.clear();
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

void ChannelsService::wake()
{
    if (!m_started)
        return;
    m_outbox->wake();
    m_media->wake();
}

void ChannelsService::onChange(const core::Change &change)
{
    if (!m_started || change.type != QLatin1String("app:updated"))
        return;
    if (Channel *c = channelForApp(change.entityId)) {
        ops::Logging::get("channels")
            ->info("{} settings changed; reconnecting", change.entityId.toStdString());
        c->reconfigure();
    }
    m_outbox->wake();
}

bool ChannelsService::testApp(const QString &appId, QObject *replyContext, Done done)
{
    const core::AppInfo *app = core::AppCatalog::find(appId);
    if (!app || app->category != QLatin1String("channel"))
        return false;
    runTimed(this, replyContext, std::move(done), [this, appId](const Report &answer) {
        Channel *c = m_started ? channelForApp(appId) : nullptr;
        if (!c) {
            answer(false, QStringLiteral("The channels service is not running"));
            return;
        }
        c->testConnection(answer);
    });
    return true;
}

} // namespace jack::channels
