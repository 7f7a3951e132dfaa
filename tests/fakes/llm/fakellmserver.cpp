#include "fakellmserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

void writeRaw(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
    int retryAfterSeconds = 0)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (retryAfterSeconds > 0)
        head += "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    head += "\r\n";
    socket->write(head);
    socket->write(body);
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray LlmServerRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool LlmServerRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
{
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, responder);
        });
}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::start()
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        qWarning("FakeLlmServer: cannot listen: %s", qPrintable(tcp->errorString()));
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_http->bind(tcp); // takes ownership
    return true;
}

QString FakeLlmServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeLlmServer::setReply(const QString &text, int inputTokens, int outputTokens)
{
    m_replyText = text;
    m_inputTokens = inputTokens;
    m_outputTokens = outputTokens;
}

void FakeLlmServer::failNext(int count, Fault fault, int retryAfterSeconds, int delayMs)
{
    for (int i = 0; i < count; ++i)
        m_failures.append(Failure { fault, retryAfterSeconds, delayMs });
}

QList<float> FakeLlmServer::embeddingOf(const QString &text)
{
    return { float(text.size()), text.isEmpty() ? 0.0f : float(text.at(0).unicode()), 1.0f };
}

QList<float> FakeLlmServer::topicEmbeddingOf(const QString &text, const QList<QStringList> &topics)
{
    const QString lower = text.toLower();
    QList<float> vector;
    for (const QStringList &words : topics) {
        float hits = 0.0f;
        for (const QString &word : words)
            hits += float(lower.count(word));
        vector.append(hits);
    }
    return vector;
}

QPair<int, QJsonObject> FakeLlmServer::answer(const LlmServerRequest &request) const
{
    const QString &path = request.path;
    const QString model = request.json.value(QLatin1String("model")).toString();
    const QJsonArray input = request.json.value(QLatin1String("input")).toArray();
    const auto vector = [this](const QString &text) {
        QJsonArray v;
        for (float f : m_topics.isEmpty() ? embeddingOf(text) : topicEmbeddingOf(text, m_topics))
            v.append(double(f));
        return v;
    };
    if (path == QLatin1String("/v1/messages")) {
        // https://docs.anthropic.com/en/api/messages
        return { 200,
            { { "id", "msg_fake" }, { "type", "message" }, { "role", "assistant" },
                { "model", model },
                { "content",
                    QJsonArray { QJsonObject { { "type", "text" }, { "text", m_replyText } } } },
                { "stop_reason", "end_turn" },
                { "usage",
                    QJsonObject { { "input_tokens", m_inputTokens },
                        { "output_tokens", m_outputTokens } } } } };
    }
    if (path.endsWith(QLatin1String("/chat/completions"))) {
        return { 200,
            { { "id", "chatcmpl-fake" }, { "object", "chat.completion" }, { "model", model },
                { "choices",
                    QJsonArray { QJsonObject { { "index", 0 },
                        { "message",
                            QJsonObject { { "role", "assistant" }, { "content", m_replyText } } },
                        { "finish_reason", "stop" } } } },
                { "usage",
                    QJsonObject { { "prompt_tokens", m_inputTokens },
                        { "completion_tokens", m_outputTokens },
                        { "total_tokens", m_inputTokens + m_outputTokens } } } } };
    }
    if (path.endsWith(QLatin1String("/embeddings"))) {
        // Listed in reverse: clients must order by "index", as the API does not promise order.
        QJsonArray data;
        for (qsizetype i = input.size() - 1; i >= 0; --i)
            data.append(QJsonObject { { "object", "embedding" }, { "index", int(i) },
                { "embedding", vector(input.at(i).toString()) } });
        return { 200, { { "object", "list" }, { "data", data }, { "model", model } } };
    }
    if (path.endsWith(QLatin1String("/models")) && request.method == "GET") {
        QJsonArray data;
        for (const QString &m : m_models)
            data.append(QJsonObject { { "id", m }, { "object", "model" } });
        return { 200, { { "object", "list" }, { "data", data } } };
    }
    if (path == QLatin1String("/api/chat")) {
        return { 200,
            { { "model", model }, { "created_at", "2026-01-01T00:00:00Z" },
                { "message", QJsonObject { { "role", "assistant" }, { "content", m_replyText } } },
                { "done", true }, { "done_reason", "stop" }, { "prompt_eval_count", m_inputTokens },
                { "eval_count", m_outputTokens } } };
    }
    if (path == QLatin1String("/api/embed")) {
        QJsonArray embeddings;
        for (const QJsonValue &text : input)
            embeddings.append(vector(text.toString()));
        return { 200, { { "model", model }, { "embeddings", embeddings } } };
    }
    if (path == QLatin1String("/api/tags")) {
        QJsonArray models;
        for (const QString &m : m_models)
            models.append(QJsonObject { { "name", m }, { "model", m } });
        return { 200, { { "models", models } } };
    }
    return { 404, { { "error", QJsonObject { { "message", "no such endpoint" } } } } };
}

void FakeLlmServer::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    LlmServerRequest record;
    record.method = request.method() == QHttpServerRequest::Method::Get ? "GET"
        : request.method() == QHttpServerRequest::Method::Post          ? "POST"
                                                                        : "OTHER";
    record.path = request.url().path();
    record.headers = request.headers();
    record.body = request.body();
    const QJsonDocument doc = QJsonDocument::fromJson(record.body);
    if (doc.isObject())
        record.json = doc.object();
    m_requests.append(record);
    Q_EMIT requestReceived(record);

    const auto [status, json] = answer(record);
    QPointer<QTcpSocket> socket = responder.socket();
    if (m_failures.isEmpty()) {
        writeRaw(socket, status, "application/json", compact(json));
        return;
    }
    const Failure failure = m_failures.takeFirst();
    const QJsonObject overloaded { { "type", "error" },
        { "error", QJsonObject { { "type", "overloaded_error" }, { "message", "Overloaded" } } } };
    switch (failure.fault) {
    case Fault::Delay:
        QTimer::singleShot(
            failure.delayMs, this, [socket, status = status, body = compact(json)]() {
                writeRaw(socket, status, "application/json", body);
            });
        return;
    case Fault::RateLimit:
        writeRaw(socket, 429, "application/json",
            compact({ { "error",
                QJsonObject { { "type", "rate_limit_error" }, { "message", "Slow down" } } } }),
            failure.retryAfterSeconds);
        return;
    case Fault::ServerError:
        writeRaw(socket, 500, "application/json",
            compact({ { "error",
                QJsonObject { { "type", "api_error" }, { "message", "Internal error" } } } }));
        return;
    case Fault::Overloaded:
        writeRaw(socket, 529, "application/json", compact(overloaded));
        return;
    case Fault::Truncated: {
        const QByteArray body = compact(json);
        writeRaw(socket, 200, "application/json", body.left(body.size() / 2));
        return;
    }
    case Fault::NotJson:
        writeRaw(socket, 200, "text/html", "<html><body>Welcome to nginx!</body></html>");
        return;
    }
}
