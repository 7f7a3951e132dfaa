#pragma once
#include "channels/channel.h"

#include <QObject>
#include <QSet>
#include <functional>

namespace jack::channels {

//! Downloads media guests sent (rows written `pending` with their message) into
//! DATA/media/YYYY-MM/, through the channel that received them, and marks them stored.
//! Pending rows are picked up again after a restart.
class MediaFetcher : public QObject {
    Q_OBJECT
public:
    using ChannelLookup = std::function<Channel *(const QString &channel)>;
    MediaFetcher(const ChannelContext &context, ChannelLookup lookup, QObject *parent = nullptr);

    void wake();
    void stop() { m_stopping = true; }
    //! Where a stored file lives (absolute), from its relative path.
    [[nodiscard]] static QString absolutePath(const QString &dataDir, const QString &relative);

private:
    void store(const storage::MediaRecord &media, const FetchedMedia &fetched);
    void giveUpOrRetry(const storage::MediaRecord &media, const QString &error, bool permanent);

    ChannelContext m_ctx;
    ChannelLookup m_lookup;
    QSet<QString> m_inFlight;
    bool m_stopping = false;
};

} // namespace jack::channels
