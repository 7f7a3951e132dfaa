#include "mediadownloads.h"

#include "apiclient.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace jack::desk {

namespace {
// A file name from the guest's phone must not steer where the copy lands.
QString safeName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-')
            && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("file") : name.left(80);
}
} // namespace

MediaDownloads::MediaDownloads(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cacheDir(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                     .filePath(QStringLiteral("media")))
    , m_opener([](const QString &file) { QDesktopServices::openUrl(QUrl::fromLocalFile(file)); })
{
}

QString MediaDownloads::localFile(const QString &mediaId, const QString &fileName) const
{
    return QDir(m_cacheDir).filePath(safeName(mediaId) + QLatin1Char('-') + safeName(fileName));
}

void MediaDownloads::open(const QString &mediaId, const QString &fileName)
{
    if (mediaId.isEmpty() || m_busy.contains(mediaId))
        return;
    const QString target = localFile(mediaId, fileName);
    if (QFileInfo::exists(target)) {
        m_opener(target);
        Q_EMIT opened(mediaId, target);
        return;
    }
    m_busy.insert(mediaId);
    Q_EMIT busyChanged();
    m_api->get(QStringLiteral("media/%1").arg(mediaId), {}, this,
        [this, mediaId, target](const ApiReply &reply) {
            m_busy.remove(mediaId);
            Q_EMIT busyChanged();
            if (!reply.ok()) {
                Q_EMIT failed(mediaId, reply.errorMessage);
                return;
            }
            QDir().mkpath(QFileInfo(target).path());
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(reply.data) != reply.data.size()
                || !file.commit()) {
                Q_EMIT failed(mediaId, tr("The file could not be saved in %1").arg(m_cacheDir));
                return;
            }
            m_opener(target);
            Q_EMIT opened(mediaId, target);
        });
}

} // namespace jack::desk
