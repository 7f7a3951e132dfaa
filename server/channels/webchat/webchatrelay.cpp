#include "channels/webchat/webchatrelay.h"

#include <QHash>
#include <QMutex>

namespace jack::channels {

namespace {
struct Registry {
    QMutex mutex;
    QHash<const void *, WebchatRelay *> relays;
    QHash<const void *, QString> baseUrls;
};

Registry &registry()
{
    static Registry r;
    return r;
}
} // namespace

void WebchatRelay::attach(const void *hub, WebchatRelay *relay)
{
    QMutexLocker lock(&registry().mutex);
    registry().relays.insert(hub, relay);
}

void WebchatRelay::detach(const void *hub, WebchatRelay *relay)
{
    QMutexLocker lock(&registry().mutex);
    if (registry().relays.value(hub) == relay) {
        registry().relays.remove(hub);
        registry().baseUrls.remove(hub);
    }
}

bool WebchatRelay::pushTo(
    const void *hub, const QString &conversationId, const QJsonObject &message)
{
    // The lock is held while the relay queues the message, so it cannot be detached (and
    // destroyed) half-way.
    QMutexLocker lock(&registry().mutex);
    WebchatRelay *relay = registry().relays.value(hub);
    if (!relay)
        return false;
    relay->push(conversationId, message);
    return true;
}

void WebchatRelay::setBaseUrl(const void *hub, const QString &url)
{
    QMutexLocker lock(&registry().mutex);
    registry().baseUrls.insert(hub, url);
}

QString WebchatRelay::baseUrl(const void *hub)
{
    QMutexLocker lock(&registry().mutex);
    return registry().baseUrls.value(hub);
}

} // namespace jack::channels
