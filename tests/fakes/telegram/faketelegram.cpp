#include "faketelegram.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

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
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

qint64 chatIdOf(const QJsonValue &v)
{
    // Telegram takes chat_id as an integer or a string of one.
    if (v.isDouble())
        return v.toInteger();
    bool ok = false;
    const qint64 id = v.toString().toLongLong(&ok);
    return ok ? id : 0;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

FakeTelegram::FakeTelegram(QString token, QString botUsername, QObject *parent)
    : QObject(parent)
    , m_token(std::move(token))
    , m_username(std::move(botUsername))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(
                socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
                m_connections.remove(socket);
                if (m_held.socket == socket) {
                    // The client gave up (stopped, reconfigured, killed): forget its poll.
                    delete m_held.timer;
                    m_held = {};
                }
                socket->deleteLater();
            });
        }
    });
}

FakeTelegram::~FakeTelegram() = default;

bool FakeTelegram::start(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("FakeTelegram: cannot listen: %s", qPrintable(m_server->errorString()));
        return false;
    }
    m_port = m_server->serverPort();
    return true;
}

QUrl FakeTelegram::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject FakeTelegram::chatOf(qint64 chatId) const
{
    return { { "id", chatId }, { "first_name", m_chatNames.value(chatId) }, { "type", "private" } };
}

qint64 FakeTelegram::queueText(
    qint64 chatId, const QString &text, const QString &firstName, const QString &lastName)
{
    QJsonObject content { { "text", text } };
    if (!lastName.isEmpty())
        content.insert(QStringLiteral("last_name_of_sender"), lastName);
    return queueMessage(chatId, content, firstName.isEmpty() ? QStringLiteral("Guest") : firstName);
}

qint64 FakeTelegram::queueMessage(
    qint64 chatId, const QJsonObject &content, const QString &firstName)
{
    m_chatNames.insert(chatId, firstName);
    QJsonObject from { { "id", chatId }, { "is_bot", false }, { "first_name", firstName },
        { "language_code", "en" } };
    QJsonObject message = content;
    const QString lastName = message.take(QStringLiteral("last_name_of_sender")).toString();
    if (!lastName.isEmpty())
        from.insert(QStringLiteral("last_name"), lastName);
    message.insert(QStringLiteral("message_id"), nextMessageId(chatId));
    message.insert(QStringLiteral("from"), from);
    message.insert(QStringLiteral("chat"), chatOf(chatId));
    message.insert(QStringLiteral("date"), now());
    const qint64 id = m_nextUpdateId++;
    queueUpdate({ { "update_id", id }, { "message", message } });
    return id;
}

qint64 FakeTelegram::queueEdit(qint64 chatId, qint64 messageId, const QString &newText)
{
    const QJsonObject message { { "message_id", messageId },
        { "from",
            QJsonObject { { "id", chatId }, { "is_bot", false },
                { "first_name", m_chatNames.value(chatId) } } },
        { "chat", chatOf(chatId) }, { "date", now() - 60 }, { "edit_date", now() },
        { "text", newText } };
    const qint64 id = m_nextUpdateId++;
    queueUpdate({ { "update_id", id }, { "edited_message", message } });
    return id;
}

void FakeTelegram::queueUpdate(const QJsonObject &update)
{
    const qint64 id = update.value(QStringLiteral("update_id")).toInteger();
    m_allUpdates.insert(id, update);
    // Update ids only grow: what is queued later comes after this one.
    m_nextUpdateId = std::max(m_nextUpdateId, id + 1);
    m_updates.append(update);
    std::sort(m_updates.begin(), m_updates.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("update_id")).toInteger()
            < b.value(QStringLiteral("update_id")).toInteger();
    });
    if (m_held.socket)
        releaseHeld(false);
}

QJsonObject FakeTelegram::update(qint64 updateId) const
{
    return m_allUpdates.value(updateId);
}

void FakeTelegram::addFile(const QString &fileId, const QString &filePath, const QByteArray &bytes)
{
    m_files.insert(fileId, File { filePath, bytes });
}

void FakeTelegram::failNext(const QString &method, int count, int status,
    const QString &description, int retryAfter, qint64 chatId)
{
    for (int i = 0; i < count; ++i)
        m_failures[method].append(Failure { status, description, retryAfter, chatId });
}

QList<TelegramCall> FakeTelegram::calls(const QString &method) const
{
    QList<TelegramCall> out;
    for (const TelegramCall &c : m_calls) {
        if (c.method == method)
            out.append(c);
    }
    return out;
}

QList<qint64> FakeTelegram::offsetsAsked() const
{
    QList<qint64> out;
    for (const TelegramCall &c : calls(QStringLiteral("getUpdates"))) {
        const QJsonValue offset = c.params.value(QStringLiteral("offset"));
        out.append(offset.isUndefined() ? -1 : chatIdOf(offset));
    }
    return out;
}

QList<TelegramCall> FakeTelegram::sentTo(qint64 chatId) const
{
    QList<TelegramCall> out;
    for (const TelegramCall &c : calls(QStringLiteral("sendMessage"))) {
        if (c.status == 200 && chatIdOf(c.params.value(QStringLiteral("chat_id"))) == chatId)
            out.append(c);
    }
    return out;
}

QJsonObject FakeTelegram::error(int code, const QString &description, int retryAfter)
{
    QJsonObject e { { "ok", false }, { "error_code", code }, { "description", description } };
    if (retryAfter > 0)
        e.insert(QStringLiteral("parameters"), QJsonObject { { "retry_after", retryAfter } });
    return e;
}

void FakeTelegram::onReadyRead(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    c.buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (c.buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = c.buffer.mid(headerEnd + 4, length);
        c.buffer.remove(0, headerEnd + 4 + length);
        dispatch(socket, requestLine.value(0), requestLine.value(1), headers, body);
    }
}

void FakeTelegram::dispatch(QTcpSocket *socket, const QByteArray &httpMethod,
    const QByteArray &target, const QHash<QByteArray, QByteArray> &headers, const QByteArray &body)
{
    const QUrl url(QString::fromUtf8(target));
    const QString path = url.path();
    TelegramCall call;
    call.httpMethod = httpMethod;
    call.atMs = QDateTime::currentMSecsSinceEpoch();
    call.path = path;
    const bool isFile = path.startsWith(QStringLiteral("/file/bot"));
    const QString rest = path.mid(isFile ? 9 : 4); // after "/file/bot" or "/bot"
    const QString token = rest.section(QLatin1Char('/'), 0, 0);
    call.method = isFile ? QStringLiteral("file") : rest.section(QLatin1Char('/'), 1);
    if (headers.value("content-type").startsWith("application/json")) {
        call.params = QJsonDocument::fromJson(body).object();
    } else {
        QUrlQuery query(url.query());
        if (headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
            query = QUrlQuery(QString::fromUtf8(body));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            call.params.insert(key, value);
    }
    m_calls.append(call);
    const int index = m_calls.size() - 1;

    if ((!path.startsWith(QStringLiteral("/bot")) && !isFile) || call.method.isEmpty())
        return answer(socket, 404, error(404, QStringLiteral("Not Found")), index);
    if (token != m_token)
        return answer(socket, 401, error(401, QStringLiteral("Unauthorized")), index);
    if (isFile) {
        const QString filePath = rest.section(QLatin1Char('/'), 1);
        for (const File &f : std::as_const(m_files)) {
            if (f.path == filePath) {
                m_calls[index].status = 200;
                answerBytes(socket, 200, "application/octet-stream", f.bytes);
                Q_EMIT callReceived(m_calls[index]);
                return;
            }
        }
        return answer(socket, 404, error(404, QStringLiteral("Not Found")), index);
    }
    QList<Failure> &failures = m_failures[call.method];
    const qint64 callChat = chatIdOf(call.params.value(QStringLiteral("chat_id")));
    for (qsizetype i = 0; i < failures.size(); ++i) {
        if (failures[i].chatId != 0 && failures[i].chatId != callChat)
            continue;
        const Failure f = failures.takeAt(i);
        return answer(socket, f.status, error(f.status, f.description, f.retryAfter), index);
    }
    const QJsonObject &p = call.params;
    if (call.method == QLatin1String("getMe")) {
        return answer(socket, 200,
            { { "ok", true },
                { "result",
                    QJsonObject { { "id", m_token.section(QLatin1Char(':'), 0, 0).toLongLong() },
                        { "is_bot", true }, { "first_name", "Harbourview Hotel" },
                        { "username", m_username }, { "can_join_groups", true },
                        { "can_read_all_group_messages", false },
                        { "supports_inline_queries", false } } } },
            index);
    }
    if (call.method == QLatin1String("getUpdates"))
        return getUpdates(socket, p, index);
    if (call.method == QLatin1String("sendMessage")) {
        const qint64 chatId = chatIdOf(p.value(QStringLiteral("chat_id")));
        const QString text = p.value(QStringLiteral("text")).toString();
        if (!chatId)
            return answer(
                socket, 400, error(400, QStringLiteral("Bad Request: chat_id is empty")), index);
        if (text.trimmed().isEmpty())
            return answer(socket, 400,
                error(400, QStringLiteral("Bad Request: message text is empty")), index);
        if (text.size() > 4096)
            return answer(
                socket, 400, error(400, QStringLiteral("Bad Request: message is too long")), index);
        if (!m_chatNames.contains(chatId))
            return answer(
                socket, 400, error(400, QStringLiteral("Bad Request: chat not found")), index);
        if (m_blocked.contains(chatId))
            return answer(socket, 403,
                error(403, QStringLiteral("Forbidden: bot was blocked by the user")), index);
        const QJsonObject message { { "message_id", nextMessageId(chatId) },
            { "from",
                QJsonObject { { "id", m_token.section(QLatin1Char(':'), 0, 0).toLongLong() },
                    { "is_bot", true }, { "first_name", "Harbourview Hotel" },
                    { "username", m_username } } },
            { "chat", chatOf(chatId) }, { "date", now() }, { "text", text } };
        return answer(socket, 200, { { "ok", true }, { "result", message } }, index);
    }
    if (call.method == QLatin1String("getFile")) {
        const QString fileId = p.value(QStringLiteral("file_id")).toString();
        if (!m_files.contains(fileId))
            return answer(
                socket, 400, error(400, QStringLiteral("Bad Request: invalid file_id")), index);
        const File &f = m_files[fileId];
        return answer(socket, 200,
            { { "ok", true },
                { "result",
                    QJsonObject { { "file_id", fileId }, { "file_unique_id", fileId.left(8) },
                        { "file_size", f.bytes.size() }, { "file_path", f.path } } } },
            index);
    }
    if (call.method == QLatin1String("setWebhook")) {
        const QString hook = p.value(QStringLiteral("url")).toString();
        if (!QUrl(hook).isValid() || hook.isEmpty())
            return answer(socket, 400,
                error(400, QStringLiteral("Bad Request: bad webhook: invalid URL")), index);
        m_webhookUrl = hook;
        m_webhookSecret = p.value(QStringLiteral("secret_token")).toString();
        if (m_held.socket) {
            answer(m_held.socket, 409,
                error(409,
                    QStringLiteral("Conflict: can't use getUpdates method while webhook is "
                                   "active; use deleteWebhook to delete the webhook first")),
                m_held.callIndex);
            delete m_held.timer;
            m_held = {};
        }
        return answer(socket, 200,
            { { "ok", true }, { "result", true }, { "description", "Webhook was set" } }, index);
    }
    if (call.method == QLatin1String("deleteWebhook")) {
        const bool had = !m_webhookUrl.isEmpty();
        m_webhookUrl.clear();
        m_webhookSecret.clear();
        return answer(socket, 200,
            { { "ok", true }, { "result", true },
                { "description", had ? "Webhook was deleted" : "Webhook is already deleted" } },
            index);
    }
    answer(socket, 404, error(404, QStringLiteral("Not Found")), index);
}

void FakeTelegram::getUpdates(QTcpSocket *socket, const QJsonObject &params, int callIndex)
{
    if (!m_webhookUrl.isEmpty())
        return answer(socket, 409,
            error(409,
                QStringLiteral("Conflict: can't use getUpdates method while webhook is active; "
                               "use deleteWebhook to delete the webhook first")),
            callIndex);
    if (m_held.socket) {
        // Telegram serves one poller per bot: the older request is ended.
        answer(m_held.socket, 409,
            error(409,
                QStringLiteral("Conflict: terminated by other getUpdates request; make sure "
                               "that only one bot instance is running")),
            m_held.callIndex);
        delete m_held.timer;
        m_held = {};
    }
    const QJsonValue offsetValue = params.value(QStringLiteral("offset"));
    const qint64 offset = offsetValue.isUndefined() ? -1 : chatIdOf(offsetValue);
    const int limit = std::clamp(params.value(QStringLiteral("limit")).toInt(100), 1, 100);
    const int timeout = params.value(QStringLiteral("timeout")).toInt(0);
    // An offset confirms every update before it: they are gone for good.
    if (offset >= 0) {
        m_updates.erase(std::remove_if(m_updates.begin(), m_updates.end(),
                            [offset](const QJsonObject &u) {
                                return u.value(QStringLiteral("update_id")).toInteger() < offset;
                            }),
            m_updates.end());
    }
    const QJsonArray ready = takeUpdates(offset, limit);
    if (!ready.isEmpty() || timeout <= 0)
        return answer(socket, 200, { { "ok", true }, { "result", ready } }, callIndex);
    m_held.socket = socket;
    m_held.offset = offset;
    m_held.limit = limit;
    m_held.callIndex = callIndex;
    m_held.timer = new QTimer(this);
    m_held.timer->setSingleShot(true);
    connect(m_held.timer, &QTimer::timeout, this, [this]() { releaseHeld(true); });
    m_held.timer->start(timeout * 1000);
}

QJsonArray FakeTelegram::takeUpdates(qint64 offset, int limit)
{
    QJsonArray out;
    for (const QJsonObject &u : std::as_const(m_updates)) {
        if (out.size() >= limit)
            break;
        if (u.value(QStringLiteral("update_id")).toInteger() >= offset)
            out.append(u);
    }
    return out;
}

void FakeTelegram::releaseHeld(bool timedOut)
{
    const QJsonArray ready = takeUpdates(m_held.offset, m_held.limit);
    if (ready.isEmpty() && !timedOut)
        return;
    HeldPoll held = m_held;
    m_held = {};
    held.timer->deleteLater();
    if (held.socket)
        answer(held.socket, 200, { { "ok", true }, { "result", ready } }, held.callIndex);
}

void FakeTelegram::answer(QTcpSocket *socket, int status, const QJsonObject &json, int callIndex)
{
    if (callIndex >= 0 && callIndex < m_calls.size()) {
        m_calls[callIndex].status = status;
        m_calls[callIndex].response = json;
    }
    answerBytes(
        socket, status, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (callIndex >= 0 && callIndex < m_calls.size())
        Q_EMIT callReceived(m_calls[callIndex]);
}

void FakeTelegram::answerBytes(
    QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Server: nginx/1.18.0\r\nContent-Type: " + type + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + body);
}
