#include "apiclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace jack::desk {

namespace {
constexpr int transferTimeoutMs = 20000;

bool isAuthPath(const QString &path)
{
    return path.startsWith(QLatin1String("auth/"));
}
} // namespace

QJsonArray ApiReply::items() const
{
    if (body.isArray())
        return body.array();
    return body.object().value(QLatin1String("items")).toArray();
}

int ApiReply::total() const
{
    const QJsonValue total = body.object().value(QLatin1String("total"));
    if (total.isDouble())
        return total.toInt();
    return int(items().size());
}

ApiReply parseReply(int status, const QByteArray &data, const QString &transportError)
{
    ApiReply reply;
    reply.status = status;
    reply.data = data;
    QJsonParseError parseError;
    if (!data.isEmpty())
        reply.body = QJsonDocument::fromJson(data, &parseError);
    if (reply.ok())
        return reply;
    const QJsonObject error = reply.body.object().value(QLatin1String("error")).toObject();
    reply.errorCode = error.value(QLatin1String("code")).toString();
    reply.errorMessage = error.value(QLatin1String("message")).toString();
    if (reply.errorMessage.isEmpty())
        reply.errorMessage = transportError;
    if (reply.errorMessage.isEmpty())
        reply.errorMessage = QStringLiteral("HTTP %1").arg(status);
    return reply;
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (m_baseUrl == url)
        return;
    m_baseUrl = url;
    Q_EMIT baseUrlChanged();
}

void ApiClient::setTokens(const QString &accessToken, const QString &refreshToken)
{
    m_accessToken = accessToken;
    m_refreshToken = refreshToken;
    Q_EMIT tokensChanged();
}

void ApiClient::clearTokens()
{
    setTokens({}, {});
}

QUrl ApiClient::apiUrl(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + QStringLiteral("api/v1/") + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QUrl ApiClient::liveFeedUrl() const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                               : QStringLiteral("ws"));
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), m_accessToken);
    url.setQuery(query);
    return url;
}

void ApiClient::storeTokens(const QJsonObject &object)
{
    setTokens(object.value(QLatin1String("accessToken")).toString(),
        object.value(QLatin1String("refreshToken")).toString());
}

void ApiClient::login(
    const QString &email, const QString &password, QObject *context, ApiCallback callback)
{
    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("auth/login");
    request.body = QJsonDocument(QJsonObject {
                                     { QStringLiteral("email"), email },
                                     { QStringLiteral("password"), password },
                                 })
                       .toJson(QJsonDocument::Compact);
    request.context = this;
    request.authenticate = false;
    QPointer<QObject> guard(context);
    request.callback = [this, guard, callback](const ApiReply &reply) {
        if (reply.ok())
            storeTokens(reply.object());
        if (guard && callback)
            callback(reply);
    };
    send(std::move(request));
}

void ApiClient::refresh(QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> guard(context);
    m_refreshWaiters.push_back([guard, done](bool ok) {
        if (guard && done)
            done(ok);
    });
    if (m_refreshing)
        return;
    m_refreshing = true;

    Request request;
    request.verb = "POST";
    request.path = QStringLiteral("auth/refresh");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("refreshToken"), m_refreshToken } })
                       .toJson(QJsonDocument::Compact);
    request.context = this;
    request.authenticate = false;
    request.callback = [this](const ApiReply &reply) {
        m_refreshing = false;
        const bool ok = reply.ok();
        if (ok) {
            storeTokens(reply.object());
        } else if (reply.status == 401 || reply.status == 400 || reply.status == 403) {
            // Only a refused token ends the session; a hub that is briefly away does not.
            clearTokens();
            Q_EMIT sessionExpired();
        }
        auto waiters = std::move(m_refreshWaiters);
        m_refreshWaiters.clear();
        for (const auto &waiter : waiters)
            waiter(ok);
    };
    send(std::move(request));
}

void ApiClient::get(
    const QString &path, const QUrlQuery &query, QObject *context, ApiCallback callback)
{
    send({ "GET", path, query, {}, context, std::move(callback) });
}

void ApiClient::post(
    const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback)
{
    send({ "POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        std::move(callback) });
}

void ApiClient::put(
    const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback)
{
    send({ "PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        std::move(callback) });
}

void ApiClient::patch(
    const QString &path, const QJsonObject &body, QObject *context, ApiCallback callback)
{
    send({ "PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
        std::move(callback) });
}

void ApiClient::remove(const QString &path, QObject *context, ApiCallback callback)
{
    send({ "DELETE", path, {}, {}, context, std::move(callback) });
}

void ApiClient::postBytes(const QString &path, const QUrlQuery &query, const QByteArray &bytes,
    const QByteArray &contentType, QObject *context, ApiCallback callback)
{
    Request request { "POST", path, query, bytes, context, std::move(callback) };
    request.contentType = contentType;
    send(std::move(request));
}

void ApiClient::send(Request request)
{
    QNetworkRequest networkRequest(apiUrl(request.path, request.query));
    networkRequest.setTransferTimeout(transferTimeoutMs);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty() || request.verb != "GET")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
            request.contentType.isEmpty() ? QByteArrayLiteral("application/json")
                                          : request.contentType);
    if (request.authenticate && !m_accessToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());

    QNetworkReply *reply = nullptr;
    if (request.verb == "GET")
        reply = m_network->get(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.verb, request.body);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, request = std::move(request)]() mutable {
            finish(reply, std::move(request));
        });
}

void ApiClient::finish(QNetworkReply *reply, Request request)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString transportError
        = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    const ApiReply result = parseReply(status, reply->readAll(), transportError);

    // An expired access token: trade the refresh token once, then replay the request.
    if (status == 401 && request.authenticate && !request.retried && !isAuthPath(request.path)
        && !m_refreshToken.isEmpty()) {
        refresh(this, [this, request, result](bool ok) mutable {
            if (ok) {
                request.retried = true;
                send(std::move(request));
            } else if (request.context && request.callback) {
                request.callback(result);
            }
        });
        return;
    }
    if (request.context && request.callback)
        request.callback(result);
}

} // namespace jack::desk
