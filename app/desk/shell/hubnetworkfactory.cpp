#include "hubnetworkfactory.h"

#include "apiclient.h"

#include <QDir>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace jack::desk {

//! The hub's origin and the current token, shared between the GUI thread and loader threads.
struct HubCredentials {
    QMutex mutex;
    QUrl origin;
    QByteArray token;

    void update(const ApiClient *api)
    {
        QMutexLocker lock(&mutex);
        origin = api->baseUrl();
        token = api->accessToken().toUtf8();
    }
    [[nodiscard]] QByteArray tokenFor(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        // Same scheme, host and port only: a link to another site never sees the token.
        if (token.isEmpty() || url.scheme() != origin.scheme() || url.host() != origin.host()
            || url.port(-1) != origin.port(-1))
            return {};
        return token;
    }
};

namespace {
constexpr qint64 diskCacheBytes = 200LL * 1024 * 1024;

//! A network access manager that signs the hub's requests.
class HubNetworkAccess : public QNetworkAccessManager {
public:
    HubNetworkAccess(std::shared_ptr<HubCredentials> credentials, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_credentials(std::move(credentials))
    {
    }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &original, QIODevice *outgoingData) override
    {
        QNetworkRequest request(original);
        const QByteArray token = m_credentials->tokenFor(request.url());
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    std::shared_ptr<HubCredentials> m_credentials;
};
} // namespace

HubNetworkFactory::HubNetworkFactory(ApiClient *api)
    : m_credentials(std::make_shared<HubCredentials>())
{
    m_credentials->update(api);
    auto update = [credentials = m_credentials, api] { credentials->update(api); };
    QObject::connect(api, &ApiClient::tokensChanged, api, update);
    QObject::connect(api, &ApiClient::baseUrlChanged, api, update);
}

HubNetworkFactory::~HubNetworkFactory() = default;

QNetworkAccessManager *HubNetworkFactory::create(QObject *parent)
{
    auto *network = new HubNetworkAccess(m_credentials, parent);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!dir.isEmpty()) {
        auto *cache = new QNetworkDiskCache(network);
        cache->setCacheDirectory(QDir(dir).filePath(QStringLiteral("images")));
        cache->setMaximumCacheSize(diskCacheBytes);
        network->setCache(cache);
    }
    return network;
}

} // namespace jack::desk
