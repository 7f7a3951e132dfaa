#include "ai/knowledge/embeddingindexer.h"

#include "ai/knowledge/embeddingsettings.h"
#include "ai/providers/httpllmprovider.h"
#include "ai/providers/providerfactory.h"
#include "ops/logging.h"
#include "storage/storageerror.h"
#include "storage/writequeue.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

namespace jack::ai {

namespace {
// Changes arriving together (an import of many entries) make one pass.
constexpr int kCoalesceMs = 200;
} // namespace

EmbeddingIndexer::EmbeddingIndexer(QString connectionName, storage::WriteQueue *writer,
    const ops::SecretStore *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
    , m_writer(writer)
    , m_secrets(secrets)
    , m_network(network)
    , m_soon(this)
    , m_retry(this)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kCoalesceMs);
    connect(&m_soon, &QTimer::timeout, this, &EmbeddingIndexer::pass);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EmbeddingIndexer::pass);
}

void EmbeddingIndexer::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
    m_nextRetryMs = m_firstRetryMs;
}

void EmbeddingIndexer::schedule()
{
    if (m_stopped)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    // A change is worth trying at once even while waiting out a failure: it may be the fix.
    m_retry.stop();
    m_soon.start();
}

void EmbeddingIndexer::stop()
{
    m_stopped = true;
    ++m_generation;
    m_soon.stop();
    m_retry.stop();
    m_running = false;
    m_pending.clear();
}

void EmbeddingIndexer::pass()
{
    if (m_stopped || m_running || !QSqlDatabase::contains(m_connectionName))
        return;
    auto log = ops::Logging::get("ai");
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    EmbeddingSettings settings;
    int others = 0;
    try {
        settings = EmbeddingSettings::load(db, *m_secrets);
        if (!settings.enabled()) {
            // Vectors of a switched-off provider are kept: switching back needs no re-embedding.
            m_failing = false;
            Q_EMIT upToDate();
            return;
        }
        if (settings.provider != m_provider || settings.model() != m_model)
            m_dimensions = 0;
        m_provider = settings.provider;
        m_model = settings.model();
        m_pending.clear();
        const KnowledgeEmbeddingStore store(db);
        for (const EntryEmbeddingState &state : store.states()) {
            if (state.stale(m_provider, m_model, m_dimensions))
                m_pending.append(state);
        }
        others = store.countOthers(m_provider, m_model);
    } catch (const std::exception &error) {
        log->error("knowledge embedding pass could not read the database: {}", error.what());
        return;
    }
    m_running = true;
    m_again = false;
    if (others > 0) {
        m_writer->submit(
            [provider = m_provider, model = m_model](storage::WriteTx &tx) -> QJsonValue {
                return KnowledgeEmbeddingStore(tx.db()).removeOthers(provider, model);
            },
            this,
            [this, provider = m_provider, model = m_model](const storage::WriteResult &r) {
                if (!r.ok) {
                    ops::Logging::get("ai")->error(
                        "old knowledge vectors not deleted: {}", r.message.toStdString());
                    return;
                }
                ops::Logging::get("ai")->info("deleted {} knowledge vectors not made by {}/{}",
                    r.value.toInt(), provider.toStdString(), model.toStdString());
                Q_EMIT vectorsChanged();
            },
            storage::WriteQueue::Lane::Background);
    }
    if (!m_pending.isEmpty())
        log->info("embedding {} knowledge entries with {}/{}", m_pending.size(),
            m_provider.toStdString(), m_model.toStdString());
    embedNext();
}

void EmbeddingIndexer::embedNext()
{
    if (m_stopped)
        return;
    if (m_pending.isEmpty())
        return finishPass();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    EmbeddingSettings settings;
    try {
        settings = EmbeddingSettings::load(db, *m_secrets);
    } catch (const std::exception &error) {
        return fail(QString::fromUtf8(error.what()));
    }
    if (!settings.enabled() || settings.provider != m_provider || settings.model() != m_model) {
        // The settings changed under the pass: start over with the new ones.
        m_running = false;
        m_pending.clear();
        schedule();
        return;
    }
    const QList<EntryEmbeddingState> batch = m_pending.mid(0, m_batchSize);
    QStringList texts;
    for (const EntryEmbeddingState &state : batch)
        texts.append(state.text);
    HttpLlmProvider *provider = createLlmProvider(m_provider, settings.config, m_network, this);
    if (!provider)
        return fail(QStringLiteral("%1 cannot embed").arg(m_provider));
    const quint64 generation = m_generation;
    provider->embed(texts, [this, provider, batch, generation](const EmbedResult &result) {
        provider->deleteLater();
        if (generation != m_generation || m_stopped)
            return;
        if (!result.ok)
            return fail(result.error);
        int dimensions = 0;
        for (const QList<float> &vector : result.vectors) {
            if (dimensions == 0)
                dimensions = int(vector.size());
            if (vector.size() != dimensions || vector.isEmpty())
                return fail(QStringLiteral("the provider answered vectors of unequal sizes"));
        }
        if (result.vectors.size() != batch.size())
            return fail(QStringLiteral("the provider answered %1 vectors for %2 texts")
                            .arg(result.vectors.size())
                            .arg(batch.size()));
        if (m_failing)
            ops::Logging::get("ai")->info("knowledge embeddings work again ({}/{})",
                m_provider.toStdString(), m_model.toStdString());
        m_failing = false;
        m_nextRetryMs = m_firstRetryMs;
        if (m_dimensions != 0 && m_dimensions != dimensions)
            m_again = true; // the model changed its size: re-check every stored vector
        m_dimensions = dimensions;
        m_writer->submit(
            [batch, vectors = result.vectors, provider = m_provider, model = m_model](
                storage::WriteTx &tx) -> QJsonValue {
                KnowledgeEmbeddingStore store(tx.db());
                int stored = 0;
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    if (store.store(batch.at(i).entryId, provider, model, vectors.at(i),
                            batch.at(i).textHash))
                        ++stored;
                }
                return stored;
            },
            this,
            [this, done = int(batch.size()), generation](const storage::WriteResult &r) {
                if (generation != m_generation || m_stopped)
                    return;
                if (!r.ok)
                    return fail(QStringLiteral("storing vectors failed: %1").arg(r.message));
                m_pending = m_pending.mid(done);
                Q_EMIT vectorsChanged();
                embedNext();
            },
            storage::WriteQueue::Lane::Background);
    });
}

void EmbeddingIndexer::finishPass()
{
    m_running = false;
    if (m_again) {
        m_again = false;
        schedule();
        return;
    }
    Q_EMIT upToDate();
}

void EmbeddingIndexer::fail(const QString &error)
{
    m_running = false;
    m_pending.clear();
    const int wait = m_nextRetryMs;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
    auto log = ops::Logging::get("ai");
    // Logged once per outage; the retries that follow stay quiet until it works again.
    if (!m_failing)
        log->warn("knowledge embeddings with {}/{} failed, retrying in {} s: {}",
            m_provider.toStdString(), m_model.toStdString(), wait / 1000, error.toStdString());
    else
        log->debug("knowledge embeddings still failing: {}", error.toStdString());
    m_failing = true;
    m_again = false;
    m_retry.start(wait);
    Q_EMIT failed(error, wait);
}

} // namespace jack::ai
