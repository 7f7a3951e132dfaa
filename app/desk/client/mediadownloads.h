#pragma once
#include <QObject>
#include <QSet>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace jack::desk {

class ApiClient;

//! Fetches a guest's file (voice note, video, document) from the hub into the desk's cache
//! folder and hands it to the desktop to play or open. The hub wants the clerk's token, which
//! a desktop player cannot send, hence the local copy.
class MediaDownloads : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MediaDownloads belongs to Desk")
    Q_PROPERTY(QStringList busy READ busy NOTIFY busyChanged)

public:
    using Opener = std::function<void(const QString &localFile)>;

    MediaDownloads(ApiClient *api, QObject *parent = nullptr);

    //! Where copies go (default: the user's cache location + "/media").
    void setCacheDir(const QString &dir) { m_cacheDir = dir; }
    [[nodiscard]] QString cacheDir() const { return m_cacheDir; }
    //! What opens a file (default: QDesktopServices); tests record instead.
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    //! Media ids being downloaded right now.
    [[nodiscard]] QStringList busy() const { return QStringList(m_busy.cbegin(), m_busy.cend()); }
    //! The cache file for a media id and its file name.
    [[nodiscard]] QString localFile(const QString &mediaId, const QString &fileName) const;

    //! Downloads the file unless a copy is cached, then opens it.
    Q_INVOKABLE void open(const QString &mediaId, const QString &fileName);

Q_SIGNALS:
    void busyChanged();
    void opened(const QString &mediaId, const QString &localFile);
    void failed(const QString &mediaId, const QString &reason);

private:
    ApiClient *m_api;
    QString m_cacheDir;
    Opener m_opener;
    QSet<QString> m_busy;
};

} // namespace jack::desk
