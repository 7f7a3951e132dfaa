#pragma once
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace jack::storage {

//! A media file a guest sent or staff attach, as stored.
struct MediaRecord {
    QString id, messageId, channel, direction, kind, mimeType, fileName, path, source, status,
        error;
    qint64 size = 0;
    int attempts = 0;
};

//! Media rows: written with the message (status pending, `source` = provider media id or URL),
//! then the channels service downloads the file into the data folder and marks it stored.
class MediaStore {
public:
    explicit MediaStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    //! Returns the new id. `record.status` defaults to pending.
    QString insert(const MediaRecord &record);
    [[nodiscard]] std::optional<MediaRecord> get(const QString &id) const;
    [[nodiscard]] QList<MediaRecord> forMessage(const QString &messageId) const;
    //! Inbound rows still to download (oldest first).
    [[nodiscard]] QList<MediaRecord> pending(int limit) const;
    void markStored(const QString &id, const QString &path, qint64 size, const QString &mimeType,
        const QString &fileName);
    void markAttempt(const QString &id, const QString &error, bool giveUp);
    void attach(const QString &id, const QString &messageId);
    [[nodiscard]] static QJsonObject toJson(const MediaRecord &record);

private:
    QSqlDatabase m_db;
};

} // namespace jack::storage
