#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

//! What a request answered: status (0 when no HTTP answer arrived), headers, raw body.
struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonValue json() const;
    [[nodiscard]] QJsonObject object() const { return json().toObject(); }
    //! The list a route answered: `items` of a list envelope, or a bare array.
    [[nodiscard]] QJsonArray items() const;
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    //! One line for failure messages: "GET /x -> 500 {...}".
    [[nodiscard]] QByteArray describe() const;

    QByteArray method;
    QString path;
};

//! Blocking JSON client for test code: each call spins a local event loop until the
//! answer (or the timeout) arrives, so timers and sockets of the test keep running.
class JsonHttpClient {
public:
    explicit JsonHttpClient(const QUrl &baseUrl = {});

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setBearerToken(const QByteArray &token) { m_token = token; }
    [[nodiscard]] QByteArray bearerToken() const { return m_token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    //! `path` is appended to the base URL as is (it may carry a query string).
    HttpReply get(const QString &path);
    HttpReply post(const QString &path, const QJsonObject &body);
    HttpReply put(const QString &path, const QJsonObject &body);
    HttpReply patch(const QString &path, const QJsonObject &body);
    HttpReply del(const QString &path);

    //! Any verb with raw bytes and extra headers (e.g. a signed webhook).
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    [[nodiscard]] QUrl urlFor(const QString &path) const;
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
};
