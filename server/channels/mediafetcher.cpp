#include "channels/mediafetcher.h"

#include "core/clock.h"
#include "ops/logging.h"
#include "storage/mediastore.h"
#include "storage/messagestore.h"
#include "storage/writequeue.h"

#include <QDir>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QTimer>

namespace jack::channels {

namespace {
constexpr int kBatch = 10;
constexpr int kMaxAttempts = 8;
constexpr qint64 kMaxBytes = 100LL * 1024 * 1024;
} // namespace

MediaFetcher::MediaFetcher(const ChannelContext &context, ChannelLookup lookup, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_lookup(std::move(lookup))
{
}

QString MediaFetcher::absolutePath(const QString &dataDir, const QString &relative)
{
    return QDir(dataDir).filePath(relative);
}

void MediaFetcher::wake()
{
    if (m_stopping)
        return;
    QList<storage::MediaRecord> pending;
    try {
        pending = storage::MediaStore(m_ctx.db()).pending(kBatch + m_inFlight.size());
    } catch (const std::exception &e) {
        ops::Logging::get("channels")->error("media scan failed: {}", e.what());
        return;
    }
    for (const storage::MediaRecord &media : pending) {
        if (m_inFlight.contains(media.id))
            continue;
        Channel *channel = m_lookup(media.channel);
        if (!channel) {
            giveUpOrRetry(media, QStringLiteral("no channel to download it from"), true);
            continue;
        }
        m_inFlight.insert(media.id);
        channel->fetchMedia(media, [this, media](const FetchedMedia &fetched) {
            if (!fetched.ok)
                giveUpOrRetry(media, fetched.error, fetched.permanent);
            else if (fetched.bytes.size() > kMaxBytes)
                giveUpOrRetry(media, QStringLiteral("the file is larger than 100 MB"), true);
            else
                store(media, fetched);
        });
    }
}

void MediaFetcher::store(const storage::MediaRecord &media, const FetchedMedia &fetched)
{
    const QString mime = fetched.mimeType.isEmpty() ? media.mimeType : fetched.mimeType;
    QString suffix
        = QMimeDatabase().mimeTypeForName(mime.section(QLatin1Char(';'), 0, 0)).preferredSuffix();
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    const QString month = core::Clock::now().toString(QStringLiteral("yyyy-MM"));
    const QString relative = QStringLiteral("media/%1/%2.%3").arg(month, media.id, suffix);
    const QString path = absolutePath(m_ctx.dataDir, relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(fetched.bytes) != fetched.bytes.size()
        || !file.commit()) {
        giveUpOrRetry(media, QStringLiteral("cannot write %1").arg(path), false);
        return;
    }
    const qint64 size = fetched.bytes.size();
    m_ctx.writer->submit(
        [media, relative, size, mime, name = fetched.fileName](storage::WriteTx &tx) -> QJsonValue {
            storage::MediaStore(tx.db()).markStored(media.id, relative, size, mime, name);
            if (!media.messageId.isEmpty()) {
                storage::MessageStore messages(tx.db());
                tx.recordChange(QStringLiteral("message:status"), media.messageId,
                    messages.get(media.messageId));
            }
            return {};
        },
        this,
        [this, id = media.id](const storage::WriteResult &) {
            m_inFlight.remove(id);
            wake();
        },
        storage::WriteQueue::Lane::Background);
}

void MediaFetcher::giveUpOrRetry(
    const storage::MediaRecord &media, const QString &error, bool permanent)
{
    const bool giveUp = permanent || media.attempts + 1 >= kMaxAttempts;
    ops::Logging::get("channels")
        ->warn("media {} of message {} not downloaded ({}): {}", media.id.toStdString(),
            media.messageId.toStdString(), giveUp ? "giving up" : "will retry",
            error.toStdString());
    m_ctx.writer->submit(
        [media, error, giveUp](storage::WriteTx &tx) -> QJsonValue {
            storage::MediaStore(tx.db()).markAttempt(media.id, error, giveUp);
            if (giveUp && !media.messageId.isEmpty()) {
                storage::MessageStore messages(tx.db());
                tx.recordChange(QStringLiteral("message:status"), media.messageId,
                    messages.get(media.messageId));
            }
            return {};
        },
        this,
        [this, id = media.id, attempts = media.attempts, giveUp](const storage::WriteResult &) {
            m_inFlight.remove(id);
            if (!giveUp) {
                // Back off: 2 s, 4 s, 8 s… so a provider outage is not hammered.
                QTimer::singleShot(std::min(2000 << attempts, 300000), this, &MediaFetcher::wake);
            }
        },
        storage::WriteQueue::Lane::Background);
}

} // namespace jack::channels
