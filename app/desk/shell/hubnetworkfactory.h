#pragma once
#include <QQmlNetworkAccessManagerFactory>
#include <memory>

namespace jack::desk {

class ApiClient;
struct HubCredentials;

//! Lets QML's own network access (an Image showing a guest's photo) sign in to the hub: it adds
//! the clerk's bearer token to requests for the hub's origin and to nothing else, and keeps
//! fetched files in a disk cache so a reopened conversation does not download them again.
class HubNetworkFactory : public QQmlNetworkAccessManagerFactory {
public:
    explicit HubNetworkFactory(ApiClient *api);
    ~HubNetworkFactory() override;

    // Called on QML's loader threads, hence the locked, shared credentials.
    QNetworkAccessManager *create(QObject *parent) override;

private:
    std::shared_ptr<HubCredentials> m_credentials;
};

} // namespace jack::desk
