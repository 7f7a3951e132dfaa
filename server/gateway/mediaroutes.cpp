// Media files guests sent or staff attached: GET /api/v1/media/{id}.
#include "gateway/routecontext.h"

#include "storage/mediastore.h"

#include <QDir>
#include <QFile>

namespace jack::gateway {

void registerMediaRoutes(HttpServer &server, RouteContext &ctx)
{
    using M = QHttpServerRequest::Method;

    server.route(M::Get, QStringLiteral("/api/v1/media/{id}"), Access::Staff,
        [&ctx](const Request &req, const Reply &reply) {
            const auto media = storage::MediaStore(ctx.db()).get(req.param(0));
            if (!media)
                return reply.notFound(QStringLiteral("media"));
            if (media->status != QLatin1String("stored"))
                return reply.error(409, QStringLiteral("NOT_READY"),
                    media->status == QLatin1String("failed")
                        ? QStringLiteral("the file could not be downloaded: %1").arg(media->error)
                        : QStringLiteral("the file is still being downloaded"));
            // Paths are written by the hub only, but a stored path never leaves the data folder.
            const QString root = QDir(ctx.dataDir).canonicalPath();
            const QString path
                = QFileInfo(QDir(ctx.dataDir).filePath(media->path)).canonicalFilePath();
            QFile file(path);
            if (path.isEmpty() || !path.startsWith(root + QLatin1Char('/'))
                || !file.open(QIODevice::ReadOnly))
                return reply.error(410, QStringLiteral("GONE"),
                    QStringLiteral("the file is no longer in the data folder"));
            QString name = media->fileName;
            name.replace(QLatin1Char('"'), QLatin1Char('\''));
            const QByteArray type = media->mimeType.isEmpty()
                ? QByteArrayLiteral("application/octet-stream")
                : media->mimeType.toUtf8();
            QList<QPair<QByteArray, QByteArray>> headers { { "Cache-Control",
                                                               "private, max-age=86400" },
                { "X-Content-Type-Options", "nosniff" } };
            if (!name.isEmpty())
                headers.append({ "Content-Disposition",
                    "inline; filename*=UTF-8''" + QUrl::toPercentEncoding(name) });
            reply.raw(200, file.readAll(), type, headers);
        });
}

} // namespace jack::gateway
