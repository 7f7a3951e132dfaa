#include "ai/knowledge/knowledgeservice.h"

#include "ai/knowledge/embeddingindexer.h"
#include "ai/knowledge/embeddingstore.h"
#include "ai/knowledge/hybridsearch.h"
#include "ai/knowledge/llmknowledgeanswerer.h"
#include "ai/knowledge/offlineknowledgeanswerer.h"
#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "core/clock.h"
#include "ops/logging.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>

namespace jack::ai {

namespace {
// A guest-facing search waits at most this long for the query's embedding, without retries:
// a slow provider costs the vector half, never the answer.
constexpr int kQueryEmbedTimeoutMs = 8000;

//! Hands `result` to `done` in the thread of `guard` (when it still exists).
void deliver(const QPointer<QObject> &guard, const core::KnowledgeLookup::Done &done,
    const QJsonObject &result)
{
    if (guard)
        QMetaObject::invokeMethod(guard.data(), [done, result]() { done(result); });
}
} // namespace

//! What retrieval found and how: "vectors" is used | off | paused | unavailable | failed.
struct KnowledgeService::Retrieval {
    QList<KnowledgeHit> hits;
    QString vectors = QStringLiteral("off");
    QString provider, model;

    [[nodiscard]] QJsonObject toJson() const
    {
        QJsonObject json { { "fullText", true }, { "vectors", vectors } };
        if (!provider.isEmpty()) {
            json.insert(QStringLiteral("embeddingProvider"), provider);
            json.insert(QStringLiteral("embeddingModel"), model);
        }
        return json;
    }
};

KnowledgeService::KnowledgeService(QString databasePath, storage::WriteQueue *writer,
    const ops::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_connectionName(QStringLiteral("ai-knowledge-%1").arg(quintptr(this)))
    , m_writer(writer)
    , m_secrets(secrets)
    , m_answerer(std::make_unique<OfflineKnowledgeAnswerer>())
{
}

KnowledgeService::~KnowledgeService()
{
    stop();
}

void KnowledgeService::setAnswerer(std::unique_ptr<KnowledgeAnswerer> answerer)
{
    if (answerer) {
        m_answerer = std::move(answerer);
        m_answererChosen = true;
    }
}

bool KnowledgeService::running() const
{
    return m_started && QSqlDatabase::contains(m_connectionName);
}

void KnowledgeService::start()
{
    (void)storage::Database::open(m_path, m_connectionName);
    m_network = new QNetworkAccessManager(this);
    m_indexer = new EmbeddingIndexer(m_connectionName, m_writer, m_secrets, m_network, this);
    // With a language model configured, answers are written by it (the offline engine stays
    // the fallback); a strategy set by hand is kept.
    if (!m_answererChosen && m_secrets)
        m_answerer = std::make_unique<LlmKnowledgeAnswerer>(m_secrets, m_writer, m_network, this);
    connect(m_indexer, &EmbeddingIndexer::vectorsChanged, this, [this]() { m_vectors.reset(); });
    m_started = true;
    m_indexer->schedule();
}

void KnowledgeService::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_indexer)
        m_indexer->stop();
    m_vectors.reset();
    m_settings.reset();
    if (QSqlDatabase::contains(m_connectionName))
        storage::Database::close(m_connectionName);
}

void KnowledgeService::onChange(const core::Change &change)
{
    if (!m_started)
        return;
    const bool knowledge = change.type.startsWith(QLatin1String("knowledge:"));
    const bool aiSettings = change.type == QLatin1String("settings:updated")
        && change.entityId == QLatin1String("ai");
    const bool providerApp
        = change.type == QLatin1String("app:updated") && isLlmProviderApp(change.entityId);
    if (!knowledge && !aiSettings && !providerApp)
        return;
    if (aiSettings || providerApp)
        m_settings.reset();
    m_vectors.reset();
    m_indexer->schedule();
}

const EmbeddingSettings &KnowledgeService::settings()
{
    if (!m_settings) {
        try {
            m_settings
                = EmbeddingSettings::load(QSqlDatabase::database(m_connectionName), *m_secrets);
        } catch (const std::exception &error) {
            ops::Logging::get("ai")->error("embedding settings unreadable: {}", error.what());
            return *(m_settings = EmbeddingSettings {});
        }
    }
    return *m_settings;
}

const QHash<QString, QList<float>> &KnowledgeService::vectors()
{
    if (!m_vectors) {
        const EmbeddingSettings &s = settings();
        try {
            m_vectors = KnowledgeEmbeddingStore(QSqlDatabase::database(m_connectionName))
                            .vectors(s.provider, s.model());
        } catch (const std::exception &error) {
            ops::Logging::get("ai")->error("knowledge vectors unreadable: {}", error.what());
            m_vectors = QHash<QString, QList<float>> {};
        }
    }
    return *m_vectors;
}

void KnowledgeService::retrieve(const QString &text, int limit, Retrieved next)
{
    auto finish = [this, text, limit, next](const VectorQuery *query, Retrieval retrieval) {
        if (running())
            retrieval.hits
                = HybridSearch(QSqlDatabase::database(m_connectionName)).search(text, limit, query);
        next(retrieval);
    };
    Retrieval retrieval;
    if (!running())
        return next(retrieval);
    const EmbeddingSettings &s = settings();
    if (!s.enabled())
        return finish(nullptr, retrieval);
    retrieval.provider = s.provider;
    retrieval.model = s.model();
    if (core::Clock::monotonicMs() < m_vectorsPausedUntil) {
        retrieval.vectors = QStringLiteral("paused");
        return finish(nullptr, retrieval);
    }
    if (vectors().isEmpty()) {
        retrieval.vectors = QStringLiteral("unavailable"); // nothing embedded yet
        return finish(nullptr, retrieval);
    }
    LlmProviderConfig config = s.config;
    config.timeoutMs = std::min(config.timeoutMs, kQueryEmbedTimeoutMs);
    config.maxRetries = 0;
    HttpLlmProvider *provider = createLlmProvider(s.provider, config, m_network, this);
    if (!provider) {
        retrieval.vectors = QStringLiteral("unavailable");
        return finish(nullptr, retrieval);
    }
    provider->embed({ text }, [this, provider, retrieval, finish](const EmbedResult &result) {
        provider->deleteLater();
        Retrieval r = retrieval;
        if (!result.ok || result.vectors.size() != 1) {
            // Logged once per pause; the searches in the pause do not call the provider.
            ops::Logging::get("ai")->warn(
                "query embedding with {}/{} failed, full text only for {} s: {}",
                r.provider.toStdString(), r.model.toStdString(), m_vectorPauseMs / 1000,
                result.error.toStdString());
            m_vectorsPausedUntil = core::Clock::monotonicMs() + m_vectorPauseMs;
            r.vectors = QStringLiteral("failed");
            return finish(nullptr, r);
        }
        if (!running())
            return finish(nullptr, r);
        const VectorQuery query { result.vectors.first(), &vectors() };
        r.vectors = QStringLiteral("used");
        finish(&query, r);
    });
}

void KnowledgeService::search(const QString &query, int limit, QObject *replyContext, Done done)
{
    QPointer<QObject> guard(replyContext);
    QMetaObject::invokeMethod(this, [this, query, limit, guard, done]() {
        retrieve(query, limit, [guard, done](const Retrieval &r) {
            QJsonArray matches;
            for (const KnowledgeHit &hit : r.hits)
                matches.append(hit.toJson());
            deliver(
                guard, done, QJsonObject { { "matches", matches }, { "retrieval", r.toJson() } });
        });
    });
}

void KnowledgeService::ask(const QString &question, QObject *replyContext, Done done)
{
    QPointer<QObject> guard(replyContext);
    QMetaObject::invokeMethod(this, [this, question, guard, done]() {
        retrieve(question, 5, [this, question, guard, done](const Retrieval &r) {
            if (!running())
                return deliver(guard, done, QJsonObject { { "error", "not running" } });
            m_answerer->answer(question, r.hits, QSqlDatabase::database(m_connectionName),
                [guard, done, r](const KnowledgeAnswer &a) {
                    QJsonArray sources;
                    for (const KnowledgeHit &hit : a.sources) {
                        sources.append(QJsonObject { { "id", hit.id }, { "title", hit.title },
                            { "category", hit.category }, { "score", hit.score },
                            { "sentences", QJsonArray::fromStringList(hit.sentences) } });
                    }
                    deliver(guard, done,
                        QJsonObject { { "answer", a.answer }, { "language", a.language },
                            { "intent", a.intent }, { "confidence", a.confidence },
                            { "provider", a.provider }, { "escalate", a.escalate },
                            { "sources", sources }, { "retrieval", r.toJson() } });
                });
        });
    });
}

} // namespace jack::ai
