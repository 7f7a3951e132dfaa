#include "ai/knowledge/embeddingstore.h"

#include "ai/knowledge/embeddingsettings.h"
#include "core/clock.h"
#include "storage/sqlquery.h"

namespace jack::ai {

QList<EntryEmbeddingState> KnowledgeEmbeddingStore::states() const
{
    storage::SqlQuery q(m_db,
        QStringLiteral("SELECT k.id, k.title, k.keywords, k.content, e.entry_id, e.provider, "
                       "e.model, e.text_hash, e.dimensions FROM knowledge k "
                       "LEFT JOIN knowledge_embeddings e ON e.entry_id = k.id "
                       "WHERE k.archived = 0 ORDER BY k.priority DESC, k.id"));
    q.exec();
    QList<EntryEmbeddingState> result;
    while (q.next()) {
        EntryEmbeddingState s;
        s.entryId = q.value(0).toString();
        s.text = EmbeddingSettings::entryText(
            q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
        s.textHash = EmbeddingSettings::textHash(s.text);
        s.stored = !q.value(4).isNull();
        s.provider = q.value(5).toString();
        s.model = q.value(6).toString();
        s.storedHash = q.value(7).toString();
        s.dimensions = q.value(8).toInt();
        result.append(s);
    }
    return result;
}

QHash<QString, QList<float>> KnowledgeEmbeddingStore::vectors(
    const QString &provider, const QString &model) const
{
    storage::SqlQuery q(m_db,
        QStringLiteral("SELECT e.entry_id, e.vector FROM knowledge_embeddings e "
                       "JOIN knowledge k ON k.id = e.entry_id "
                       "WHERE k.archived = 0 AND e.provider = ? AND e.model = ?"));
    q.bind(provider).bind(model).exec();
    QHash<QString, QList<float>> result;
    while (q.next()) {
        const QList<float> vector = EmbeddingVector::fromBlob(q.value(1).toByteArray());
        if (!vector.isEmpty())
            result.insert(q.value(0).toString(), vector);
    }
    return result;
}

int KnowledgeEmbeddingStore::countOthers(const QString &provider, const QString &model) const
{
    storage::SqlQuery q(m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM knowledge_embeddings WHERE provider <> ? OR model <> ?"));
    q.bind(provider).bind(model).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

int KnowledgeEmbeddingStore::count() const
{
    storage::SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM knowledge_embeddings"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

bool KnowledgeEmbeddingStore::store(const QString &entryId, const QString &provider,
    const QString &model, const QList<float> &vector, const QString &textHash)
{
    storage::SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM knowledge WHERE id = ?"));
    exists.bind(entryId).exec();
    if (!exists.next())
        return false; // deleted while it was being embedded
    storage::SqlQuery(m_db,
        QStringLiteral("INSERT INTO knowledge_embeddings (entry_id, provider, model, dimensions, "
                       "vector, text_hash, updated_at) VALUES (?,?,?,?,?,?,?) "
                       "ON CONFLICT(entry_id) DO UPDATE SET provider = excluded.provider, "
                       "model = excluded.model, dimensions = excluded.dimensions, "
                       "vector = excluded.vector, text_hash = excluded.text_hash, "
                       "updated_at = excluded.updated_at"))
        .bind(entryId)
        .bind(provider)
        .bind(model)
        .bind(int(vector.size()))
        .bind(EmbeddingVector::toBlob(vector))
        .bind(textHash)
        .bind(core::Clock::nowIso())
        .exec();
    return true;
}

int KnowledgeEmbeddingStore::removeOthers(const QString &provider, const QString &model)
{
    storage::SqlQuery q(
        m_db, QStringLiteral("DELETE FROM knowledge_embeddings WHERE provider <> ? OR model <> ?"));
    q.bind(provider).bind(model).exec();
    return q.rowsAffected();
}

} // namespace jack::ai
