#include "ai/providers/httpllmprovider.h"

#include "core/clock.h"
#include "core/retryafter.h"
#include "storage/appsettings.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace jack::ai {

LlmProviderConfig LlmProviderConfig::fromSettings(const storage::AppSettings &settings)
{
    LlmProviderConfig c;
    c.apiKey = settings.value(QStringLiteral("apiKey"));
    c.model = settings.value(QStringLiteral("model"));
    c.utilityModel = settings.value(QStringLiteral("utilityModel"));
    c.embeddingModel = settings.value(QStringLiteral("embeddingModel"));
    c.baseUrl = settings.value(QStringLiteral("baseUrl"));
    while (c.baseUrl.endsWith(QLatin1Char('/')))
        c.baseUrl.chop(1);
    c.maxTokens = std::max(1, settings.integer(QStringLiteral("maxTokens"), c.maxTokens));
    c.timeoutMs = std::max(1, settings.integer(QStringLiteral("timeoutMs"), c.timeoutMs));
    c.inputCostPerMTok
        = std::max(0.0, settings.value(QStringLiteral("inputCostPerMTok")).toDouble());
    c.outputCostPerMTok
        = std::max(0.0, settings.value(QStringLiteral("outputCostPerMTok")).toDouble());
    return c;
}

LlmProviderConfig LlmProviderConfig::load(
    const QSqlDatabase &db, const ops::SecretStore &secrets, const QString &appId)
{
    return fromSettings(storage::AppSettings::load(db, secrets, appId));
}

namespace {

//! The provider's own words about a failure, from the usual error shapes:
//! {"error":{"message"}} (Anthropic, OpenAI) or {"error":"…"} (Ollama).
QString providerMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    QString message = error.isObject() ? error.toObject().value(QLatin1String("message")).toString()
                                       : error.toString();
    message = message.simplified();
    if (message.size() > 200)
        message = message.left(200) + QStringLiteral("…");
    return message;
}
} // namespace

struct HttpLlmProvider::Call {
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
    AnswerCallback done;
    int maxRetries = 0;
    bool useBreaker = true;
    int attempts = 0;
    qint64 startedAt = 0;
};

HttpLlmProvider::HttpLlmProvider(
    LlmProviderConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
    , m_breaker(m_config.breakerThreshold, m_config.breakerCooldownMs)
    , m_clock(&core::Clock::monotonicMs)
{
}

bool HttpLlmProvider::isRetryable(int status)
{
    return status == 0 || status == 408 || status == 429 || (status >= 500 && status <= 599);
}

void HttpLlmProvider::send(const QByteArray &verb, const QString &path, const QJsonDocument &body,
    AnswerCallback done, CallOptions options)
{
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->request = QNetworkRequest(QUrl(m_config.baseUrl + path));
    call->request.setTransferTimeout(m_config.timeoutMs);
    call->request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    authorise(call->request);
    if (verb == "POST")
        call->body = body.toJson(QJsonDocument::Compact);
    call->done = std::move(done);
    call->maxRetries = options.maxRetries < 0 ? m_config.maxRetries : options.maxRetries;
    call->useBreaker = options.useBreaker;
    call->startedAt = now();
    if (call->useBreaker && !m_breaker.allow(now())) {
        HttpAnswer paused;
        paused.breakerOpen = true;
        paused.pausedForMs = m_breaker.remainingCooldownMs(now());
        // Answer asynchronously like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, this, [call, paused]() { call->done(paused); });
        return;
    }
    attempt(call);
}

void HttpLlmProvider::attempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    QNetworkReply *reply = call->verb == "POST" ? m_network->post(call->request, call->body)
                                                : m_network->get(call->request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call]() {
        reply->deleteLater();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An aborted (timed-out) reply is closed; reading it would only warn.
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.attempts = call->attempts;
        if (answer.status == 0) {
            answer.networkError = true;
            answer.networkErrorText = reply->errorString();
            // setTransferTimeout() aborts the reply; nothing else here cancels one.
            answer.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
        }
        if (isRetryable(answer.status) && call->attempts <= call->maxRetries) {
            const qint64 backoff = qint64(m_config.retryBaseMs) << (call->attempts - 1);
            const qint64 delay = std::min<qint64>(m_config.maxRetryDelayMs,
                std::max(backoff, core::RetryAfter::toMs(reply->rawHeader("Retry-After"))));
            QTimer::singleShot(int(delay), this, [this, call]() { attempt(call); });
            return;
        }
        finish(call, std::move(answer));
    });
}

void HttpLlmProvider::finish(const std::shared_ptr<Call> &call, HttpAnswer answer)
{
    answer.latencyMs = now() - call->startedAt;
    if (call->useBreaker) {
        // Only "the provider is unwell" counts; a refused request proves it is up.
        if (isRetryable(answer.status))
            m_breaker.recordFailure(now());
        else
            m_breaker.recordSuccess();
    }
    call->done(answer);
}

LlmResult HttpLlmProvider::failure(const HttpAnswer &answer) const
{
    LlmResult r;
    r.httpStatus = answer.status;
    r.attempts = answer.attempts;
    r.latencyMs = answer.latencyMs;
    r.retryable = isRetryable(answer.status);
    const QString name = displayName();
    const QString message = providerMessage(answer.body);
    const QString detail = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    const QString tries = answer.attempts > 1
        ? QStringLiteral(" after %1 attempts").arg(answer.attempts)
        : QString();
    if (answer.breakerOpen) {
        r.retryable = true;
        r.error = QStringLiteral("%1 is paused after %2 failed calls in a row; trying again in "
                                 "%3 s")
                      .arg(name)
                      .arg(m_breaker.consecutiveFailures())
                      .arg((answer.pausedForMs + 999) / 1000);
    } else if (answer.timedOut) {
        r.error = QStringLiteral("%1 did not answer within %2 s%3")
                      .arg(name)
                      .arg(m_config.timeoutMs / 1000.0)
                      .arg(tries);
    } else if (answer.networkError) {
        r.error = QStringLiteral("%1 could not be reached at %2 (%3)%4")
                      .arg(name, m_config.baseUrl, answer.networkErrorText, tries);
    } else if (answer.status == 401 || answer.status == 403) {
        r.error = QStringLiteral("%1 refused the API key (HTTP %2)%3: check the %1 settings")
                      .arg(name)
                      .arg(answer.status)
                      .arg(detail);
    } else if (answer.status == 404) {
        r.error = QStringLiteral("%1 does not know this model or address (HTTP 404)%2: check "
                                 "the model name and base URL")
                      .arg(name, detail);
    } else if (answer.status == 429) {
        r.error = QStringLiteral("%1 is limiting the request rate (HTTP 429)%2%3")
                      .arg(name, tries, detail);
    } else if (answer.status == 529) {
        r.error = QStringLiteral("%1 is overloaded (HTTP 529)%2%3").arg(name, tries, detail);
    } else if (answer.status >= 500) {
        r.error = QStringLiteral("%1 had a server error (HTTP %2)%3%4")
                      .arg(name)
                      .arg(answer.status)
                      .arg(tries, detail);
    } else {
        r.error = QStringLiteral("%1 refused the request (HTTP %2)%3")
                      .arg(name)
                      .arg(answer.status)
                      .arg(detail);
    }
    return r;
}

bool HttpLlmProvider::parseObject(
    const HttpAnswer &answer, QJsonObject &root, QString &error, bool &retryable) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        root = doc.object();
        return true;
    }
    const bool cutShort = parseError.error == QJsonParseError::UnterminatedObject
        || parseError.error == QJsonParseError::UnterminatedArray
        || parseError.error == QJsonParseError::UnterminatedString
        || parseError.error == QJsonParseError::IllegalNumber;
    // A reply cut short is likely a network hiccup; a page of HTML is a wrong base URL.
    retryable = cutShort;
    error = cutShort ? QStringLiteral("%1 sent an incomplete answer (HTTP %2)")
                           .arg(displayName())
                           .arg(answer.status)
                     : QStringLiteral("%1 answered with something that is not JSON (HTTP %2): "
                                      "check the base URL %3")
                           .arg(displayName())
                           .arg(answer.status)
                           .arg(m_config.baseUrl);
    return false;
}

EmbedResult HttpLlmProvider::embedFailure(const LlmResult &failure)
{
    EmbedResult r;
    r.error = failure.error;
    r.retryable = failure.retryable;
    r.httpStatus = failure.httpStatus;
    r.latencyMs = failure.latencyMs;
    return r;
}

QString HttpLlmProvider::model(const LlmRequest &request) const
{
    return request.model.isEmpty() ? m_config.model : request.model;
}

int HttpLlmProvider::maxTokens(const LlmRequest &request) const
{
    return request.maxTokens > 0 ? request.maxTokens : m_config.maxTokens;
}

void HttpLlmProvider::postChat(
    const QString &path, const QJsonObject &body, ChatReader read, ChatCallback done)
{
    send("POST", path, QJsonDocument(body),
        [this, read = std::move(read), done = std::move(done)](const HttpAnswer &answer) {
            if (answer.status < 200 || answer.status >= 300)
                return done(failure(answer));
            LlmResult r;
            r.httpStatus = answer.status;
            r.attempts = answer.attempts;
            r.latencyMs = answer.latencyMs;
            QJsonObject root;
            if (parseObject(answer, root, r.error, r.retryable))
                r.ok = read(root, r);
            done(r);
        });
}

void HttpLlmProvider::postEmbed(
    const QString &path, const QJsonObject &body, EmbedReader read, EmbedCallback done)
{
    send("POST", path, QJsonDocument(body),
        [this, read = std::move(read), done = std::move(done)](const HttpAnswer &answer) {
            if (answer.status < 200 || answer.status >= 300)
                return done(embedFailure(failure(answer)));
            EmbedResult r;
            r.httpStatus = answer.status;
            r.latencyMs = answer.latencyMs;
            QJsonObject root;
            if (parseObject(answer, root, r.error, r.retryable))
                r.ok = read(root, r);
            if (!r.ok)
                r.vectors.clear();
            done(r);
        });
}

void HttpLlmProvider::testWithObject(const QString &path, TestCallback done,
    std::function<void(const QJsonObject &root, const TestCallback &done)> check)
{
    send(
        "GET", path, {},
        [this, done = std::move(done), check = std::move(check)](const HttpAnswer &answer) {
            if (answer.status < 200 || answer.status >= 300)
                return done(false, failure(answer).error);
            QJsonObject root;
            QString error;
            bool retryable = false;
            if (!parseObject(answer, root, error, retryable))
                return done(false, error);
            check(root, done);
        },
        CallOptions { false, 0 });
}

} // namespace jack::ai
