#pragma once
#include "channels/channel.h"
#include "core/apptester.h"
#include "core/change.h"

#include <QList>
#include <QObject>
#include <memory>

namespace jack::channels {

class OutboxWorker;
class MediaFetcher;
class EmailFallback;

//! The channels thread: every channel, the outbox worker and the media fetcher.
class ChannelsService : public QObject, public core::AppTester {
    Q_OBJECT
public:
    ChannelsService(QString databasePath, QString dataDir, storage::WriteQueue *writer,
        const ops::SecretStore *secrets, core::StatusBoard *status);
    ~ChannelsService() override;

    //! The channel whose messages carry this `channel` value; null when none.
    [[nodiscard]] Channel *channel(const QString &id) const;
    [[nodiscard]] Channel *channelForApp(const QString &appId) const;

    //! Thread-safe: runs the test in the channels thread.
    bool testApp(const QString &appId, QObject *replyContext, Done done) override;

public Q_SLOTS:
    void start();
    void stop();
    //! Outbox rows or media are waiting.
    void wake();
    //! Reacts to committed changes that concern channels (an app's settings saved).
    void onChange(const jack::core::Change &change);

private:
    QString m_path;
    QString m_connectionName;
    ChannelContext m_ctx;
    QList<Channel *> m_channels;
    OutboxWorker *m_outbox = nullptr;
    MediaFetcher *m_media = nullptr;
    EmailFallback *m_fallback = nullptr;
    bool m_started = false;
};

} // namespace jack::channels
