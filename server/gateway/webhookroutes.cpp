#include "gateway/routecontext.h"

#include "channels/inboundrecorder.h"
#include "channels/whatsapp/whatsappconfig.h"
#include "channels/whatsapp/whatsappnotification.h"
#include "channels/whatsapp/whatsappsignature.h"
#include "channels/whatsapp/whatsapptemplates.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/phonenumber.h"
#include "ops/logging.h"
#include "ops/secretstore.h"
#include "storage/mediastore.h"
#include "storage/settingsstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <memory>
#include <optional>
#include <sodium.h>
#include <utility>

namespace jack::gateway {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
// The hub's cap for one upload; WhatsApp's own limits per kind are applied below.
constexpr qint64 kMaxUploadBytes = 16 * kMiB;

//! What an uploaded file is sent as, and WhatsApp's size limit for it; nothing when WhatsApp
//! does not take the type.
//! https://developers.facebook.com/docs/whatsapp/cloud-api/reference/media#supported-media-types
std::optional<std::pair<QString, qint64>> uploadKind(const QString &mimeType)
{
    static const QStringList images { QStringLiteral("image/jpeg"), QStringLiteral("image/png") };
    static const QStringList audio { QStringLiteral("audio/aac"), QStringLiteral("audio/mp4"),
        QStringLiteral("audio/mpeg"), QStringLiteral("audio/amr"), QStringLiteral("audio/ogg") };
    static const QStringList video { QStringLiteral("video/mp4"), QStringLiteral("video/3gpp") };
    static const QStringList documents { QStringLiteral("application/pdf"),
        QStringLiteral("text/plain"), QStringLiteral("application/msword"),
        QStringLiteral("application/vnd.ms-excel"), QStringLiteral("application/vnd.ms-powerpoint"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        QStringLiteral(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation") };
    if (images.contains(mimeType))
        return std::pair { QStringLiteral("image"), 5 * kMiB };
    if (audio.contains(mimeType))
        return std::pair { QStringLiteral("audio"), 16 * kMiB };
    if (video.contains(mimeType))
        return std::pair { QStringLiteral("video"), 16 * kMiB };
    if (documents.contains(mimeType))
        return std::pair { QStringLiteral("document"), kMaxUploadBytes };
    return std::nullopt;
}

//! A file name safe to store and to hand to Meta: no folders, no control characters.
QString cleanFileName(const QString &given, const QString &mimeType)
{
    QString name = QFileInfo(given).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f\"/\\\\]")));
    name = name.trimmed().left(200);
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
        name = QStringLiteral("file") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return name;
}
} // namespace

void registerWebhookRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    // The approved templates staff may send (configured in the WhatsApp app's settings).
    server.route(M::Get, QStringLiteral("/api/v1/apps/whatsapp/templates"), Access::Staff,
        [&ctx](const Request &, const Reply &reply) {
            bool enabled = false;
            const QJsonObject stored
                = storage::SettingsStore(ctx.db()).appConfig(QStringLiteral("whatsapp"), &enabled);
            QJsonArray items;
            for (const channels::WhatsAppTemplate &t : channels::WhatsAppTemplates::parse(
                     stored.value(QLatin1String("templates")).toString()))
                items.append(t.toJson());
            reply.json(200, QJsonObject { { "items", items } });
        });

    // A file staff attach to a WhatsApp message: raw bytes, Content-Type, ?fileName=. Stored
    // in the data folder now; sent with POST /conversations/{id}/messages {"media":{"id"}}.
    server.route(
        M::Post, QStringLiteral("/api/v1/media"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const QString mimeType = QString::fromLatin1(req.header("content-type"))
                                         .section(QLatin1Char(';'), 0, 0)
                                         .trimmed()
                                         .toLower();
            const auto kind = uploadKind(mimeType);
            if (!kind)
                return reply.error(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                    QStringLiteral("WhatsApp does not take %1 files: send JPEG or PNG images, "
                                   "MP4 video, AAC/MP3/OGG/AMR audio, or PDF and Office "
                                   "documents")
                        .arg(mimeType.isEmpty() ? QStringLiteral("untyped") : mimeType),
                    { { "field", "Content-Type" } });
            if (req.body.isEmpty())
                return reply.invalid(QStringLiteral("body"), QStringLiteral("the file is empty"));
            if (req.body.size() > kind->second)
                return reply.error(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                    QStringLiteral("WhatsApp takes %1 files of at most %2 MB")
                        .arg(kind->first)
                        .arg(kind->second / kMiB));
            storage::MediaRecord record;
            record.id = core::Ids::make();
            record.channel = QStringLiteral("whatsapp");
            record.direction = QStringLiteral("outbound");
            record.kind = kind->first;
            record.mimeType = mimeType;
            record.fileName = cleanFileName(req.queryValue(QStringLiteral("fileName")), mimeType);
            record.size = req.body.size();
            record.status = QStringLiteral("stored");
            QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
            record.path = QStringLiteral("media/%1/%2.%3")
                              .arg(core::Clock::now().toString(QStringLiteral("yyyy-MM")),
                                  record.id, suffix.isEmpty() ? QStringLiteral("bin") : suffix);
            const QString path = QDir(ctx.dataDir).filePath(record.path);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(req.body) != req.body.size()
                || !file.commit())
                return reply.error(507, QStringLiteral("STORAGE_ERROR"),
                    QStringLiteral("the file could not be written to the data folder"));
            // The file is on disk before its row exists: a row never points at nothing.
            ctx.write(reply, 201, [record, user = req.user](storage::WriteTx &tx) -> QJsonValue {
                storage::MediaStore(tx.db()).insert(record);
                storage::SettingsStore(tx.db()).audit(user.id, QStringLiteral("media.upload"),
                    record.id, {}, { { "kind", record.kind }, { "size", record.size } });
                return storage::MediaStore::toJson(record);
            });
        },
        kMaxUploadBytes);

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
                in.meta = m.meta;
                for (const channels::WhatsAppMedia &file : m.media) {
                    channels::InboundMedia media;
                    media.kind = file.kind;
                    media.mimeType = file.mimeType;
                    media.fileName = file.fileName;
                    media.source = file.mediaId; // fetched after commit (WhatsAppChannel)
                    in.media.append(media);
                }
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
