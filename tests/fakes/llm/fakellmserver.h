#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

//! One request the fake LLM server received.
struct LlmServerRequest {
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QJsonObject json; //!< the body parsed, empty when it was not a JSON object

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
};

//! In-process stand-in for three LLM dialects on 127.0.0.1: Anthropic (/v1/messages),
//! OpenAI-compatible (/chat/completions, /embeddings, /models; also under /v1) and Ollama
//! (/api/chat, /api/embed, /api/tags). Records every request, answers a scripted reply and
//! can be told to misbehave for the next calls.
class FakeLlmServer : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        Delay, //!< answer normally, but only after delayMs (longer than the client's timeout)
        RateLimit, //!< 429 with Retry-After: retryAfterSeconds
        ServerError, //!< 500
        Overloaded, //!< 529 (Anthropic's "overloaded_error")
        Truncated, //!< 200 with the JSON cut in half
        NotJson, //!< 200 with an HTML page
    };

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_port; }
    //! http://127.0.0.1:PORT
    [[nodiscard]] QString baseUrl() const;

    //! The text of every chat answer, and the token counts reported with it.
    void setReply(const QString &text, int inputTokens = 12, int outputTokens = 7);
    //! Models listed by /models and /api/tags.
    void setInstalledModels(const QStringList &models) { m_models = models; }
    //! The next `count` requests misbehave as `fault`.
    void failNext(int count, Fault fault, int retryAfterSeconds = 0, int delayMs = 3000);

    [[nodiscard]] QList<LlmServerRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    //! The vector the fake hands out for a text: [length, first character, 1.0].
    [[nodiscard]] static QList<float> embeddingOf(const QString &text);
    //! Deterministic "semantic" vectors instead: dimension i counts how many of topic i's
    //! words (lowercase substrings) the lowercased text contains; a text with none of them
    //! gets the zero vector. An empty list restores embeddingOf().
    void setEmbeddingTopics(const QList<QStringList> &topics) { m_topics = topics; }
    [[nodiscard]] static QList<float> topicEmbeddingOf(
        const QString &text, const QList<QStringList> &topics);

Q_SIGNALS:
    void requestReceived(const LlmServerRequest &request);

private:
    struct Failure {
        Fault fault;
        int retryAfterSeconds;
        int delayMs;
    };
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    [[nodiscard]] QPair<int, QJsonObject> answer(const LlmServerRequest &request) const;

    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_replyText = QStringLiteral("Breakfast is served from 7 to 10.");
    int m_inputTokens = 12;
    int m_outputTokens = 7;
    QStringList m_models;
    QList<Failure> m_failures;
    QList<LlmServerRequest> m_requests;
    QList<QStringList> m_topics;
};
