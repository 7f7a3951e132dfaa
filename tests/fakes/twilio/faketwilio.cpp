#include "faketwilio.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void writeResponse(QHttpServerResponder &responder, int status, const QByteArray &contentType,
    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extra = {})
{
    // Written by hand: QHttpServerResponder 6.4 has no reason phrase for some codes.
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Twilio-Request-Id: RQ" + QByteArray::number(QRandomGenerator::global()->generate())
        + "\r\n";
    for (const auto &h : extra)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    QTcpSocket *socket = responder.socket();
    socket->write(head);
    socket->write(body);
}

void writeJson(QHttpServerResponder &responder, int status, const QJsonObject &json)
{
    writeResponse(
        responder, status, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return pattern.match(number).hasMatch();
}

QString rfc2822Now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date);
}

} // namespace

QByteArray TwilioRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString TwilioRequest::value(const QString &name) const
{
    for (const auto &f : form) {
        if (f.first == name)
            return f.second;
    }
    return {};
}

bool TwilioRequest::has(const QString &name) const
{
    return std::any_of(form.begin(), form.end(), [&](const auto &f) { return f.first == name; });
}

bool TwilioRequest::isMessageSend() const
{
    return method == "POST" && path.endsWith(QLatin1String("/Messages.json"));
}

FakeTwilio::FakeTwilio(const TwilioAccount &account, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, responder);
        });
}

FakeTwilio::~FakeTwilio() = default;

bool FakeTwilio::start(quint16 port)
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakeTwilio: cannot listen: %s", qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_http->bind(tcp);
    auto *storage = new QTcpServer;
    if (!storage->listen(QHostAddress::LocalHost, 0)) {
        qWarning("FakeTwilio: cannot listen: %s", qPrintable(storage->errorString()));
        delete storage;
        return false;
    }
    m_storagePort = storage->serverPort();
    m_http->bind(storage);
    return true;
}

QUrl FakeTwilio::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeTwilio::failNext(int count, int httpStatus, int code, const QString &to)
{
    for (int i = 0; i < count; ++i)
        m_failures.append(Failure { httpStatus, code, to });
}

QString FakeTwilio::addMedia(const QByteArray &mimeType, const QByteArray &bytes)
{
    const QString id = newSid(QStringLiteral("ME"));
    m_media.insert(id, Media { mimeType, bytes });
    return baseUrl().toString()
        + QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2/Media/%3")
              .arg(m_account.accountSid, newSid(QStringLiteral("MM")), id);
}

QList<TwilioRequest> FakeTwilio::messageSends() const
{
    QList<TwilioRequest> out;
    for (const TwilioRequest &r : m_requests) {
        if (r.isMessageSend())
            out.append(r);
    }
    return out;
}

QList<TwilioRequest> FakeTwilio::sendsTo(const QString &to) const
{
    QList<TwilioRequest> out;
    for (const TwilioRequest &r : m_requests) {
        if (r.isMessageSend() && r.value(QStringLiteral("To")) == to)
            out.append(r);
    }
    return out;
}

QList<TwilioRequest> FakeTwilio::acceptedSendsTo(const QString &to) const
{
    QList<TwilioRequest> out;
    for (const TwilioRequest &r : sendsTo(to)) {
        if (r.accepted())
            out.append(r);
    }
    return out;
}

QByteArray FakeTwilio::signature(
    const QString &authToken, const QString &url, const TwilioParams &params)
{
    TwilioParams sorted = params;
    std::sort(sorted.begin(), sorted.end());
    QString data = url;
    for (const auto &p : sorted)
        data += p.first + p.second;
    return QMessageAuthenticationCode::hash(
        data.toUtf8(), authToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray FakeTwilio::encodeForm(const TwilioParams &params)
{
    QByteArray out;
    for (const auto &p : params) {
        if (!out.isEmpty())
            out += '&';
        // Twilio writes spaces as '+', like browsers do.
        out += QUrl::toPercentEncoding(p.first, " ").replace(' ', '+') + '='
            + QUrl::toPercentEncoding(p.second, " ").replace(' ', '+');
    }
    return out;
}

TwilioParams FakeTwilio::decodeForm(const QByteArray &body)
{
    TwilioParams out;
    for (QByteArray pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const int eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return out;
}

QString FakeTwilio::newSid(const QString &prefix)
{
    QString sid = prefix;
    for (int i = 0; i < 32; ++i)
        sid += QLatin1Char("0123456789abcdef"[QRandomGenerator::global()->bounded(16)]);
    return sid;
}

QJsonObject FakeTwilio::errorBody(int status, int code, const QString &message) const
{
    return QJsonObject {
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
        { QStringLiteral("more_info"),
            QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
        { QStringLiteral("status"), status },
    };
}

void FakeTwilio::answerSend(TwilioRequest &record)
{
    const QString recipient = record.value(QStringLiteral("To"));
    const auto failure = std::find_if(m_failures.begin(), m_failures.end(),
        [&](const Failure &f) { return f.to.isEmpty() || f.to == recipient; });
    if (failure != m_failures.end()) {
        const Failure f = *failure;
        m_failures.erase(failure);
        int code = f.code;
        if (code == 0)
            code = f.status == 429 ? 20429
                : f.status >= 500  ? 20500
                : f.status == 401  ? 20003
                                   : 21211;
        record.status = f.status;
        record.response = errorBody(f.status, code,
            code == 21211 ? QStringLiteral("The 'To' number %1 is not a valid phone number.")
                                .arg(record.value(QStringLiteral("To")))
                          : QStringLiteral("Simulated failure"));
        return;
    }
    const QString to = record.value(QStringLiteral("To"));
    const QString from = record.value(QStringLiteral("From"));
    const QString service = record.value(QStringLiteral("MessagingServiceSid"));
    const QString body = record.value(QStringLiteral("Body"));
    if (to.isEmpty()) {
        record.status = 400;
        record.response = errorBody(400, 21604, QStringLiteral("A 'To' phone number is required."));
    } else if (!isE164(to)) {
        record.status = 400;
        record.response = errorBody(
            400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
    } else if (from.isEmpty() && service.isEmpty()) {
        record.status = 400;
        record.response = errorBody(
            400, 21603, QStringLiteral("A 'From' or 'MessagingServiceSid' parameter is required"));
    } else if (!from.isEmpty() && from != m_account.phoneNumber) {
        record.status = 400;
        record.response = errorBody(400, 21606,
            QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone "
                           "number or short code for your account.")
                .arg(from));
    } else if (body.isEmpty() && !record.has(QStringLiteral("MediaUrl"))) {
        record.status = 400;
        record.response = errorBody(400, 21602, QStringLiteral("Message body is required."));
    } else {
        record.sid = newSid(QStringLiteral("SM"));
        record.status = 201;
        const QString now = rfc2822Now();
        record.response = QJsonObject {
            { QStringLiteral("account_sid"), m_account.accountSid },
            { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
            { QStringLiteral("body"), body },
            { QStringLiteral("date_created"), now },
            { QStringLiteral("date_updated"), now },
            { QStringLiteral("date_sent"), QJsonValue::Null },
            { QStringLiteral("direction"), QStringLiteral("outbound-api") },
            { QStringLiteral("error_code"), QJsonValue::Null },
            { QStringLiteral("error_message"), QJsonValue::Null },
            { QStringLiteral("from"), from.isEmpty() ? QJsonValue::Null : QJsonValue(from) },
            { QStringLiteral("messaging_service_sid"),
                service.isEmpty() ? QJsonValue::Null : QJsonValue(service) },
            { QStringLiteral("num_media"), QStringLiteral("0") },
            { QStringLiteral("num_segments"), QStringLiteral("1") },
            { QStringLiteral("price"), QJsonValue::Null },
            { QStringLiteral("sid"), record.sid },
            { QStringLiteral("status"), QStringLiteral("queued") },
            { QStringLiteral("to"), to },
            { QStringLiteral("uri"),
                QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json")
                    .arg(m_account.accountSid, record.sid) },
        };
    }
}

void FakeTwilio::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    TwilioRequest record;
    record.method = request.method() == QHttpServerRequest::Method::Post ? "POST"
        : request.method() == QHttpServerRequest::Method::Get            ? "GET"
                                                                         : "OTHER";
    record.path = request.url().path();
    record.headers = request.headers();
    record.body = request.body();
    record.form = decodeForm(record.body);
    record.authorised = record.header("Authorization")
        == "Basic "
            + (m_account.accountSid + QLatin1Char(':') + m_account.authToken).toUtf8().toBase64();

    const QString accountPrefix = QStringLiteral("/2010-04-01/Accounts/") + m_account.accountSid;
    static const QRegularExpression mediaPath(
        QStringLiteral("^/2010-04-01/Accounts/[^/]+/Messages/[^/]+/Media/([^/]+)$"));
    static const QRegularExpression cdnPath(QStringLiteral("^/cdn/([^/]+)$"));
    const auto media = mediaPath.match(record.path);
    const auto cdn = cdnPath.match(record.path);

    const bool twilioApi = record.path.startsWith(QLatin1String("/2010-04-01/Accounts/"));
    if (twilioApi && !record.authorised) {
        // Twilio answers 401 (code 20003) whatever the resource when the credentials are wrong.
        record.status = 401;
        record.response = errorBody(401, 20003, QStringLiteral("Authenticate"));
        writeJson(responder, record.status, record.response);
    } else if (record.method == "POST" && record.path == accountPrefix + "/Messages.json") {
        answerSend(record);
        writeJson(responder, record.status, record.response);
    } else if (record.method == "GET" && record.path == accountPrefix + ".json") {
        record.status = 200;
        record.response = QJsonObject {
            { QStringLiteral("sid"), m_account.accountSid },
            { QStringLiteral("friendly_name"), m_account.friendlyName },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("type"), QStringLiteral("Full") },
        };
        writeJson(responder, record.status, record.response);
    } else if (record.method == "GET" && media.hasMatch() && m_media.contains(media.captured(1))) {
        // Twilio redirects media to short-lived storage URLs that need no credentials.
        record.status = 307;
        writeResponse(responder, 307, {}, {},
            { { "Location",
                QStringLiteral("http://127.0.0.1:%1/cdn/%2")
                    .arg(m_storagePort)
                    .arg(media.captured(1))
                    .toUtf8() } });
    } else if (record.method == "GET" && cdn.hasMatch() && m_media.contains(cdn.captured(1))) {
        const Media &m = m_media[cdn.captured(1)];
        record.status = 200;
        writeResponse(responder, 200, m.mimeType, m.bytes);
    } else {
        record.status = 404;
        record.response = errorBody(
            404, 20404, QStringLiteral("The requested resource %1 was not found").arg(record.path));
        writeJson(responder, record.status, record.response);
    }
    m_requests.append(record);
    Q_EMIT requestReceived(record);
    if (record.accepted())
        Q_EMIT messageAccepted(record);
}
