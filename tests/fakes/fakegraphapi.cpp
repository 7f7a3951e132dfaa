#include "fakegraphapi.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

//! Accepts and drops connections while the fake is down in Outage::Reset mode; otherwise
//! hands them to QHttpServer as a plain QTcpServer would.
class GraphTcpServer final : public QTcpServer {
public:
    bool resetConnections = false;
    int dropped = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!resetConnections) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        ++dropped;
        QTcpSocket socket;
        socket.setSocketDescriptor(descriptor);
        socket.abort();
    }
};

QString fbtraceId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 11; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void writeResponse(QHttpServerResponder &responder, int status, const QByteArray &contentType,
    const QByteArray &body, int retryAfterSeconds = 0)
{
    // writeStatusLine() has no text for codes outside its table, so write the line by hand.
    QTcpSocket *socket = responder.socket();
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "x-fb-trace-id: " + fbtraceId().toLatin1() + "\r\n";
    if (retryAfterSeconds > 0)
        head += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(body);
}

void writeJson(
    QHttpServerResponder &responder, int status, const QJsonObject &json, int retryAfterSeconds = 0)
{
    writeResponse(responder, status, "application/json; charset=UTF-8",
        QJsonDocument(json).toJson(QJsonDocument::Compact), retryAfterSeconds);
}

//! One part of a multipart/form-data body.
struct FormPart {
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray body;
};

QByteArray dispositionParam(const QByteArray &disposition, const QByteArray &key)
{
    const QByteArray marker = key + "=\"";
    const int start = disposition.indexOf(marker);
    if (start < 0)
        return {};
    const int from = start + marker.size();
    return disposition.mid(from, disposition.indexOf('"', from) - from);
}

//! RFC 7578 parts; empty when the body is not multipart with the given boundary.
QList<FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    const int at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9).trimmed();
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    int pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF after the delimiter
        const int headersEnd = body.indexOf("\r\n\r\n", pos);
        const int next = body.indexOf("\r\n" + delimiter, pos);
        if (headersEnd < 0 || next < 0)
            break;
        FormPart part;
        for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            const int colon = trimmed.indexOf(':');
            const QByteArray name = trimmed.left(colon).trimmed().toLower();
            const QByteArray value = trimmed.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = dispositionParam(value, "name");
                part.fileName = dispositionParam(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        part.body = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

bool isPhoneNumber(const QString &to)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[1-9][0-9]{6,14}$"));
    return pattern.match(to).hasMatch();
}

} // namespace

QByteArray GraphRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool GraphRequest::isMessageSend() const
{
    return method == "POST" && path.endsWith(QLatin1String("/messages"));
}

bool GraphRequest::isMediaUpload() const
{
    return method == "POST" && path.endsWith(QLatin1String("/media"));
}

QString GraphRequest::textBody() const
{
    return json.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString();
}

FakeGraphApi::FakeGraphApi(const WhatsAppAccount &account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, responder);
        });
}

FakeGraphApi::~FakeGraphApi() = default;

bool FakeGraphApi::start(quint16 port)
{
    auto *tcp = new GraphTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakeGraphApi: cannot listen on 127.0.0.1:%u: %s", port,
            qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_port = tcp->serverPort();
    m_http->bind(tcp); // takes ownership
    return true;
}

QUrl FakeGraphApi::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v21.0").arg(m_port));
}

void FakeGraphApi::dropConnections()
{
    // QHttpServer parents accepted sockets to the QTcpServer that accepted them.
    const auto sockets = m_tcp->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool FakeGraphApi::setDown(bool down, Outage outage)
{
    if (!m_tcp)
        return false;
    auto *tcp = static_cast<GraphTcpServer *>(m_tcp);
    m_down = down;
    if (down) {
        tcp->resetConnections = outage == Outage::Reset;
        if (outage == Outage::Refuse)
            tcp->close();
        dropConnections();
        return true;
    }
    tcp->resetConnections = false;
    if (tcp->isListening())
        return true;
    if (!tcp->listen(QHostAddress::LocalHost, m_port)) {
        qWarning("FakeGraphApi: cannot listen again on port %u: %s", m_port,
            qPrintable(tcp->errorString()));
        return false;
    }
    return true;
}

int FakeGraphApi::droppedConnections() const
{
    return m_tcp ? static_cast<const GraphTcpServer *>(m_tcp)->dropped : 0;
}

void FakeGraphApi::failNext(int count, int httpStatus, int errorCode, int errorSubcode,
    const QString &message, int retryAfterSeconds)
{
    for (int i = 0; i < count; ++i)
        m_failures.append(
            Failure { httpStatus, errorCode, errorSubcode, message, retryAfterSeconds });
}

void FakeGraphApi::addTemplate(const QString &name, const QString &language, int bodyParameters)
{
    m_templates.insert(name + QLatin1Char('|') + language, bodyParameters);
}

void FakeGraphApi::addMedia(
    const QString &mediaId, const QByteArray &mimeType, const QByteArray &bytes)
{
    m_media.insert(mediaId, Media { mimeType, bytes });
}

QList<GraphRequest> FakeGraphApi::messageSends() const
{
    QList<GraphRequest> result;
    for (const GraphRequest &r : m_requests) {
        if (r.isMessageSend())
            result.append(r);
    }
    return result;
}

QList<GraphRequest> FakeGraphApi::acceptedSends() const
{
    QList<GraphRequest> result;
    for (const GraphRequest &r : m_requests) {
        if (r.isMessageSend() && r.accepted())
            result.append(r);
    }
    return result;
}

QList<GraphRequest> FakeGraphApi::acceptedSendsTo(const QString &to) const
{
    QList<GraphRequest> result;
    for (const GraphRequest &r : m_requests) {
        if (r.isMessageSend() && r.accepted() && r.to() == to)
            result.append(r);
    }
    return result;
}

QJsonObject FakeGraphApi::errorBody(
    int code, int subcode, const QString &type, const QString &message, const QString &details)
{
    QJsonObject error {
        { QStringLiteral("message"), message },
        { QStringLiteral("type"), type },
        { QStringLiteral("code"), code },
        { QStringLiteral("fbtrace_id"), fbtraceId() },
    };
    if (subcode != 0)
        error.insert(QStringLiteral("error_subcode"), subcode);
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("error_data"),
            QJsonObject {
                { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                { QStringLiteral("details"), details },
            });
    }
    return QJsonObject { { QStringLiteral("error"), error } };
}

void FakeGraphApi::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    GraphRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        record.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        record.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        record.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        record.method = "DELETE";
        break;
    default:
        record.method = "OTHER";
        break;
    }
    record.path = request.url().path();
    record.headers = request.headers();
    record.body = request.body();
    const QJsonDocument doc = QJsonDocument::fromJson(record.body);
    if (doc.isObject())
        record.json = doc.object();

    const auto finish = [&](int status, const QJsonObject &json) {
        record.status = status;
        record.response = json;
        writeJson(responder, status, json);
    };

    static const QRegularExpression graphPath(
        QStringLiteral("^/v[0-9]+\\.[0-9]+/([^/]+)(/messages|/media)?$"));
    static const QRegularExpression mediaPath(QStringLiteral("^/media/([^/]+)$"));
    const QRegularExpressionMatch graph = graphPath.match(record.path);
    const QRegularExpressionMatch media = mediaPath.match(record.path);
    const QByteArray authorization = record.header("Authorization");
    const bool authorised = authorization == "Bearer " + m_account.accessToken.toUtf8();

    if (graph.hasMatch() && graph.captured(2) == QLatin1String("/messages")
        && record.method == "POST") {
        m_retryAfterOfLastFailure = 0;
        answerMessageSend(record, graph.captured(1));
        writeJson(responder, record.status, record.response, m_retryAfterOfLastFailure);
    } else if (graph.hasMatch() && graph.captured(2) == QLatin1String("/media")
        && record.method == "POST") {
        answerMediaUpload(record, graph.captured(1), record.header("Content-Type"));
        writeJson(responder, record.status, record.response);
    } else if (graph.hasMatch() && graph.captured(2).isEmpty() && record.method == "GET"
        && graph.captured(1) == m_account.phoneNumberId) {
        // The phone number node: what "test connection" reads.
        if (!authorised)
            finish(401,
                errorBody(190, 0, QStringLiteral("OAuthException"),
                    QStringLiteral("Invalid OAuth access token - Cannot parse access token")));
        else
            finish(200,
                QJsonObject { { QStringLiteral("verified_name"), QStringLiteral("Harbour View") },
                    { QStringLiteral("code_verification_status"), QStringLiteral("VERIFIED") },
                    { QStringLiteral("display_phone_number"), m_account.displayPhoneNumber },
                    { QStringLiteral("quality_rating"), QStringLiteral("GREEN") },
                    { QStringLiteral("id"), m_account.phoneNumberId } });
    } else if (graph.hasMatch() && graph.captured(2).isEmpty() && record.method == "GET") {
        const QString mediaId = graph.captured(1);
        if (!authorised) {
            finish(401,
                errorBody(190, 0, QStringLiteral("OAuthException"),
                    QStringLiteral("Invalid OAuth access token - Cannot parse access "
                                   "token")));
        } else if (!m_media.contains(mediaId)) {
            finish(400,
                errorBody(100, 33, QStringLiteral("GraphMethodException"),
                    QStringLiteral("Unsupported get request. Object with ID '%1' does "
                                   "not exist, cannot be loaded due to missing "
                                   "permissions, or does not support this operation.")
                        .arg(mediaId)));
        } else {
            const Media &m = m_media[mediaId];
            finish(200,
                QJsonObject {
                    { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                    { QStringLiteral("url"),
                        QStringLiteral("http://127.0.0.1:%1/media/%2").arg(m_port).arg(mediaId) },
                    { QStringLiteral("mime_type"), QString::fromLatin1(m.mimeType) },
                    { QStringLiteral("sha256"),
                        QString::fromLatin1(
                            QCryptographicHash::hash(m.bytes, QCryptographicHash::Sha256)
                                .toHex()) },
                    { QStringLiteral("file_size"), QString::number(m.bytes.size()) },
                    { QStringLiteral("id"), mediaId },
                });
        }
    } else if (media.hasMatch() && record.method == "GET") {
        const QString mediaId = media.captured(1);
        if (!authorised || !m_media.contains(mediaId)) {
            record.status = authorised ? 404 : 401;
            writeResponse(responder, record.status, "text/plain", "Not found");
        } else {
            record.status = 200;
            writeResponse(responder, 200, m_media[mediaId].mimeType, m_media[mediaId].bytes);
        }
    } else {
        finish(400,
            errorBody(100, 0, QStringLiteral("GraphMethodException"),
                QStringLiteral("Unknown path components: %1").arg(record.path)));
    }

    m_requests.append(record);
    Q_EMIT requestReceived(record);
    if (record.accepted())
        Q_EMIT messageAccepted(record);
}

void FakeGraphApi::answerMessageSend(GraphRequest &record, const QString &phoneNumberId)
{
    const auto fail = [&record](int status, const QJsonObject &body) {
        record.status = status;
        record.response = body;
    };
    const auto param = [](const QString &message) {
        return errorBody(100, 0, QStringLiteral("OAuthException"), message);
    };

    const QByteArray authorization = record.header("Authorization");
    if (authorization.isEmpty()) {
        fail(400,
            errorBody(2500, 0, QStringLiteral("OAuthException"),
                QStringLiteral("An active access token must be used to query "
                               "information about the current user.")));
        return;
    }
    if (authorization != "Bearer " + m_account.accessToken.toUtf8()) {
        fail(401,
            errorBody(190, 0, QStringLiteral("OAuthException"),
                QStringLiteral("Invalid OAuth access token - Cannot parse access token")));
        return;
    }
    if (phoneNumberId != m_account.phoneNumberId) {
        fail(400,
            errorBody(100, 33, QStringLiteral("GraphMethodException"),
                QStringLiteral("Unsupported post request. Object with ID '%1' does not "
                               "exist, cannot be loaded due to missing permissions, or "
                               "does not support this operation. Please read the Graph "
                               "API documentation at "
                               "https://developers.facebook.com/docs/graph-api")
                    .arg(phoneNumberId)));
        return;
    }

    const QJsonObject &json = record.json;
    if (json.isEmpty()) {
        fail(400, param(QStringLiteral("(#100) The parameter messaging_product is required.")));
        return;
    }
    const QJsonValue product = json.value(QStringLiteral("messaging_product"));
    if (product.isUndefined()) {
        fail(400, param(QStringLiteral("(#100) The parameter messaging_product is required.")));
        return;
    }
    if (product.toString() != QLatin1String("whatsapp")) {
        fail(400,
            param(QStringLiteral("(#100) Param messaging_product must be one of {WHATSAPP} - "
                                 "got \"%1\".")
                      .arg(product.toVariant().toString())));
        return;
    }
    const QJsonValue recipientType = json.value(QStringLiteral("recipient_type"));
    if (!recipientType.isUndefined() && recipientType.toString() != QLatin1String("individual")
        && recipientType.toString() != QLatin1String("group")) {
        fail(400,
            param(QStringLiteral("(#100) Param recipient_type must be one of {INDIVIDUAL, "
                                 "GROUP} - got \"%1\".")
                      .arg(recipientType.toVariant().toString())));
        return;
    }
    const QJsonValue to = json.value(QStringLiteral("to"));
    if (to.isUndefined() || to.toString().isEmpty()) {
        fail(400, param(QStringLiteral("(#100) The parameter to is required.")));
        return;
    }
    if (!isPhoneNumber(to.toString())) {
        fail(400,
            errorBody(131009, 0, QStringLiteral("OAuthException"),
                QStringLiteral("(#131009) Parameter value is not valid"),
                QStringLiteral("Invalid WhatsApp recipient: %1").arg(to.toString())));
        return;
    }
    const QJsonValue type = json.value(QStringLiteral("type"));
    if (type.isUndefined()) {
        // Meta would default to "text"; the hub's contract is to always name the type.
        fail(400, param(QStringLiteral("(#100) The parameter type is required.")));
        return;
    }
    const QString typeName = type.toString();
    if (typeName == QLatin1String("text")) {
        const QJsonValue text = json.value(QStringLiteral("text"));
        const QJsonValue body = text.toObject().value(QStringLiteral("body"));
        if (!text.isObject() || !body.isString() || body.toString().trimmed().isEmpty()) {
            fail(400, param(QStringLiteral("(#100) The parameter text['body'] is required.")));
            return;
        }
        if (body.toString().size() > 4096) {
            fail(400,
                param(QStringLiteral("(#100) Param text['body'] must be at most 4096 "
                                     "characters long.")));
            return;
        }
        const QJsonValue preview = text.toObject().value(QStringLiteral("preview_url"));
        if (!preview.isUndefined() && !preview.isBool()) {
            fail(400, param(QStringLiteral("(#100) Param text['preview_url'] must be a boolean.")));
            return;
        }
    } else if (typeName == QLatin1String("template")) {
        if (!checkTemplate(record))
            return;
        const QJsonObject tmpl = json.value(QStringLiteral("template")).toObject();
        if (tmpl.value(QStringLiteral("name")).toString().isEmpty()) {
            fail(400, param(QStringLiteral("(#100) The parameter template['name'] is required.")));
            return;
        }
        if (tmpl.value(QStringLiteral("language"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString()
                .isEmpty()) {
            fail(400,
                param(QStringLiteral(
                    "(#100) The parameter template['language']['code'] is required.")));
            return;
        }
    } else if (typeName == QLatin1String("image") || typeName == QLatin1String("document")
        || typeName == QLatin1String("audio") || typeName == QLatin1String("video")
        || typeName == QLatin1String("sticker")) {
        const QJsonObject mediaObject = json.value(typeName).toObject();
        if (mediaObject.value(QStringLiteral("id")).toString().isEmpty()
            && mediaObject.value(QStringLiteral("link")).toString().isEmpty()) {
            fail(400,
                param(QStringLiteral("(#100) Param %1 must contain either id or link.")
                          .arg(typeName)));
            return;
        }
    } else if (typeName != QLatin1String("interactive") && typeName != QLatin1String("reaction")
        && typeName != QLatin1String("location") && typeName != QLatin1String("contacts")) {
        fail(400,
            param(QStringLiteral("(#100) Param type must be one of {AUDIO, CONTACTS, DOCUMENT, "
                                 "IMAGE, INTERACTIVE, LOCATION, REACTION, STICKER, TEMPLATE, "
                                 "TEXT, VIDEO} - got \"%1\".")
                      .arg(typeName)));
        return;
    }

    if (!m_failures.isEmpty()) {
        const Failure f = m_failures.takeFirst();
        m_retryAfterOfLastFailure = f.retryAfterSeconds;
        int code = f.code;
        QString message = f.message;
        QString details;
        if (code == 0) {
            if (f.status == 429)
                code = 130429;
            else if (f.status == 401)
                code = 190;
            else if (f.status >= 500)
                code = f.status == 503 ? 131016 : 131000;
            else
                code = 100;
        }
        if (message.isEmpty()) {
            switch (code) {
            case 130429:
                message = QStringLiteral("(#130429) Rate limit hit");
                details = QStringLiteral("Cloud API message throughput has been reached.");
                break;
            case 80007:
                message = QStringLiteral("(#80007) Rate limit issues");
                break;
            case 131000:
                message = QStringLiteral("(#131000) Something went wrong");
                details = QStringLiteral("Message failed to send due to an unknown error.");
                break;
            case 131016:
                message = QStringLiteral("(#131016) Service unavailable");
                details = QStringLiteral("A service is temporarily unavailable.");
                break;
            case 131047:
                message = QStringLiteral("(#131047) Re-engagement message");
                details = QStringLiteral("Message failed to send because more than 24 hours "
                                         "have passed since the customer last replied to this "
                                         "number.");
                break;
            case 131026:
                message = QStringLiteral("(#131026) Message Undeliverable");
                break;
            case 190:
                message = QStringLiteral("Error validating access token: Session has expired.");
                break;
            default:
                message = QStringLiteral("(#%1) Invalid parameter").arg(code);
                break;
            }
        }
        fail(f.status,
            errorBody(code, f.subcode, QStringLiteral("OAuthException"), message, details));
        return;
    }

    const QString wamid = WhatsAppPayloads::newWamid();
    record.wamid = wamid;
    record.status = 200;
    QJsonObject response {
        { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("contacts"),
            QJsonArray { QJsonObject {
                { QStringLiteral("input"), to.toString() },
                { QStringLiteral("wa_id"), to.toString().remove(QLatin1Char('+')) },
            } } },
        { QStringLiteral("messages"),
            QJsonArray { typeName == QLatin1String("template")
                    ? QJsonObject { { QStringLiteral("id"), wamid },
                        { QStringLiteral("message_status"), QStringLiteral("accepted") } }
                    : QJsonObject { { QStringLiteral("id"), wamid } } } },
    };
    record.response = response;
}

bool FakeGraphApi::checkTemplate(GraphRequest &record)
{
    if (m_templates.isEmpty())
        return true;
    const QJsonObject tmpl = record.json.value(QStringLiteral("template")).toObject();
    const QString key = tmpl.value(QStringLiteral("name")).toString() + QLatin1Char('|')
        + tmpl.value(QStringLiteral("language"))
              .toObject()
              .value(QStringLiteral("code"))
              .toString();
    if (!m_templates.contains(key)) {
        record.status = 404;
        record.response = errorBody(132001, 0, QStringLiteral("OAuthException"),
            QStringLiteral("(#132001) Template name does not exist in the translation"),
            QStringLiteral("template name (%1) does not exist").arg(key));
        return false;
    }
    int given = 0;
    for (const QJsonValue &c : tmpl.value(QStringLiteral("components")).toArray()) {
        if (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String("body"))
            given += int(c.toObject().value(QStringLiteral("parameters")).toArray().size());
    }
    if (given != m_templates.value(key)) {
        record.status = 400;
        record.response = errorBody(132000, 0, QStringLiteral("OAuthException"),
            QStringLiteral("(#132000) Number of parameters does not match the expected number of "
                           "params"),
            QStringLiteral("body: number of localizable_params (%1) does not match the expected "
                           "number of params (%2)")
                .arg(given)
                .arg(m_templates.value(key)));
        return false;
    }
    return true;
}

void FakeGraphApi::answerMediaUpload(
    GraphRequest &record, const QString &phoneNumberId, const QByteArray &contentType)
{
    const auto fail = [&record](int status, const QJsonObject &body) {
        record.status = status;
        record.response = body;
    };
    if (record.header("Authorization") != "Bearer " + m_account.accessToken.toUtf8()) {
        fail(401,
            errorBody(190, 0, QStringLiteral("OAuthException"),
                QStringLiteral("Invalid OAuth access token - Cannot parse access token")));
        return;
    }
    if (phoneNumberId != m_account.phoneNumberId) {
        fail(400,
            errorBody(100, 33, QStringLiteral("GraphMethodException"),
                QStringLiteral("Unsupported post request. Object with ID '%1' does not exist")
                    .arg(phoneNumberId)));
        return;
    }
    Upload upload;
    bool haveFile = false;
    for (const FormPart &part : parseMultipart(contentType, record.body)) {
        if (part.name == "messaging_product")
            upload.product = QString::fromUtf8(part.body);
        else if (part.name == "type")
            upload.type = QString::fromUtf8(part.body);
        else if (part.name == "file") {
            haveFile = true;
            upload.fileName = QString::fromUtf8(part.fileName);
            upload.contentType = part.contentType;
            upload.bytes = part.body;
        }
    }
    const auto param = [](const QString &message) {
        return errorBody(100, 0, QStringLiteral("OAuthException"), message);
    };
    if (upload.product != QLatin1String("whatsapp")) {
        fail(400, param(QStringLiteral("(#100) The parameter messaging_product is required.")));
        return;
    }
    if (!haveFile || upload.bytes.isEmpty()) {
        fail(400, param(QStringLiteral("(#100) The parameter file is required.")));
        return;
    }
    if (upload.type.isEmpty()) {
        fail(400, param(QStringLiteral("(#100) The parameter type is required.")));
        return;
    }
    if (upload.type.toUtf8() != upload.contentType) {
        // Meta checks the declared type against the file (131053 Media upload error).
        fail(400,
            errorBody(131053, 0, QStringLiteral("OAuthException"),
                QStringLiteral("(#131053) Media upload error"),
                QStringLiteral("Param file must be a file with one of the following types: %1")
                    .arg(upload.type)));
        return;
    }
    upload.id = QString::number(QRandomGenerator::global()->bounded(1000000000, 2000000000))
        + QString::number(m_uploads.size());
    m_uploads.append(upload);
    m_media.insert(upload.id, Media { upload.contentType, upload.bytes });
    record.status = 200;
    record.response = QJsonObject { { QStringLiteral("id"), upload.id } };
}
