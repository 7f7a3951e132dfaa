#pragma once

#include "whatsapppayloads.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

//! One request the fake Graph API received, with what it answered.
struct GraphRequest {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json; //!< the body parsed, empty when it was not a JSON object
    int status = 0; //!< the HTTP status the fake answered
    QJsonObject response; //!< the JSON the fake answered
    QString wamid; //!< the id handed out when the send was accepted

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool isMessageSend() const;
    [[nodiscard]] bool isMediaUpload() const;
    [[nodiscard]] bool accepted() const { return !wamid.isEmpty(); }
    [[nodiscard]] QString to() const { return json.value(QStringLiteral("to")).toString(); }
    [[nodiscard]] QString textBody() const;
};

//! In-process stand-in for Meta's Graph API (WhatsApp Cloud API) on 127.0.0.1.
//!
//! Mimics `POST /v{N}/{phoneNumberId}/messages` and the media endpoints the way the real
//! service answers (https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages,
//! https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes), records every
//! request, and can be told to fail or to go down and come back on the same port.
class FakeGraphApi : public QObject {
    Q_OBJECT
public:
    //! How an outage looks to the client.
    enum class Outage {
        Refuse, //!< nothing listens on the port: connections are refused
        Reset, //!< connections are accepted and dropped at once (counts attempts)
    };

    explicit FakeGraphApi(const WhatsAppAccount &account = {}, QObject *parent = nullptr);
    ~FakeGraphApi() override;

    //! Listens on 127.0.0.1:`port` (0 = any free port).
    [[nodiscard]] bool start(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    //! What the hub's `apiBaseUrl` should be: http://127.0.0.1:PORT/v21.0
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] const WhatsAppAccount &account() const { return m_account; }

    //! Down: stop answering (see Outage) and drop open connections. Up: listen again on the
    //! same port. Returns false when the port could not be taken back.
    bool setDown(bool down, Outage outage = Outage::Refuse);
    [[nodiscard]] bool isDown() const { return m_down; }
    //! Connections accepted and dropped while down in Outage::Reset mode.
    [[nodiscard]] int droppedConnections() const;

    //! The next `count` message sends are answered `httpStatus` with Meta's error JSON for
    //! `errorCode` (0 = the usual code for that status: 429 → 130429, 5xx → 131000,
    //! 400 → 100, 401 → 190).
    //! `retryAfterSeconds` > 0 adds a Retry-After header to those answers.
    void failNext(int count, int httpStatus, int errorCode = 0, int errorSubcode = 0,
        const QString &message = {}, int retryAfterSeconds = 0);
    [[nodiscard]] int pendingFailures() const { return m_failures.size(); }

    //! Serves a media object: GET /v21.0/{mediaId} → {url, mime_type, …}, GET url → bytes.
    void addMedia(const QString &mediaId, const QByteArray &mimeType, const QByteArray &bytes);

    //! A file the hub uploaded with POST /v21.0/{phoneNumberId}/media (multipart/form-data).
    struct Upload {
        QString id; //!< the media id handed out
        QString product; //!< the messaging_product field
        QString type; //!< the type field (a MIME type)
        QString fileName; //!< the file part's filename
        QByteArray contentType; //!< the file part's Content-Type
        QByteArray bytes;
    };
    [[nodiscard]] QList<Upload> uploads() const { return m_uploads; }

    //! Once a template is registered, sends of templates are checked the way Meta does:
    //! unknown name/language → 132001, wrong number of body parameters → 132000.
    void addTemplate(const QString &name, const QString &language, int bodyParameters);

    [[nodiscard]] QList<GraphRequest> requests() const { return m_requests; }
    [[nodiscard]] QList<GraphRequest> messageSends() const;
    [[nodiscard]] QList<GraphRequest> acceptedSends() const;
    //! Accepted text sends to one recipient (digits), oldest first.
    [[nodiscard]] QList<GraphRequest> acceptedSendsTo(const QString &to) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(const GraphRequest &request);
    void messageAccepted(const GraphRequest &request);

private:
    struct Failure {
        int status;
        int code;
        int subcode;
        QString message;
        int retryAfterSeconds;
    };
    struct Media {
        QByteArray mimeType;
        QByteArray bytes;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void answerMessageSend(GraphRequest &record, const QString &phoneNumberId);
    void answerMediaUpload(
        GraphRequest &record, const QString &phoneNumberId, const QByteArray &contentType);
    //! Checks a template send against addTemplate(); false (and the answer set) when refused.
    bool checkTemplate(GraphRequest &record);
    static QJsonObject errorBody(int code, int subcode, const QString &type, const QString &message,
        const QString &details = {});
    void dropConnections();

    WhatsAppAccount m_account;
    std::unique_ptr<QHttpServer> m_http;
    QTcpServer *m_tcp = nullptr; // owned by m_http once bound
    quint16 m_port = 0;
    bool m_down = false;
    QList<Failure> m_failures;
    QHash<QString, Media> m_media;
    QList<GraphRequest> m_requests;
    QList<Upload> m_uploads;
    QHash<QString, int> m_templates; // "name|language" → body parameters
    int m_retryAfterOfLastFailure = 0;
};
