#include "jsonhttpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

QJsonValue HttpReply::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QJsonArray HttpReply::items() const
{
    const QJsonValue value = json();
    if (value.isArray())
        return value.toArray();
    return value.toObject().value(QStringLiteral("items")).toArray();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray HttpReply::describe() const
{
    QByteArray text = method + ' ' + path.toUtf8() + " -> " + QByteArray::number(status);
    if (error != QNetworkReply::NoError && status == 0)
        text += " (" + errorString.toUtf8() + ')';
    if (!body.isEmpty())
        text += ' ' + body.left(600);
    return text;
}

JsonHttpClient::JsonHttpClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
}

QUrl JsonHttpClient::urlFor(const QString &path) const
{
    QString base = m_baseUrl.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

HttpReply JsonHttpClient::get(const QString &path)
{
    return send("GET", path, {});
}

HttpReply JsonHttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
}

HttpReply JsonHttpClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
}

HttpReply JsonHttpClient::patch(const QString &path, const QJsonObject &body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
}

HttpReply JsonHttpClient::del(const QString &path)
{
    return send("DELETE", path, {});
}

HttpReply JsonHttpClient::send(const QByteArray &method, const QString &path,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(urlFor(path));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    request.setTransferTimeout(m_timeoutMs);

    HttpReply result;
    result.method = method;
    result.path = path;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = body.isEmpty() && method == "GET"
        ? m_network.get(request)
        : m_network.sendCustomRequest(request, method, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(m_timeoutMs + 1000);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();

    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}
