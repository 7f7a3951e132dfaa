#include "ai/knowledge/hybridsearch.h"

#include "ai/knowledge/embeddingsettings.h"
#include "ops/logging.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QHash>
#include <algorithm>

namespace jack::ai {

namespace {
// Each ranker contributes this many candidates (or more for a large limit) to the fusion.
constexpr int kCandidates = 20;
} // namespace

QList<QPair<QString, double>> RankFusion::fuse(const QList<QStringList> &rankings, int k)
{
    QList<QPair<QString, double>> fused;
    QHash<QString, qsizetype> index;
    for (const QStringList &ranking : rankings) {
        for (qsizetype rank = 0; rank < ranking.size(); ++rank) {
            const QString &id = ranking.at(rank);
            const double contribution = 1.0 / double(k + rank + 1);
            const auto it = index.constFind(id);
            if (it == index.cend()) {
                index.insert(id, fused.size());
                fused.append({ id, contribution });
            } else {
                fused[*it].second += contribution;
            }
        }
    }
    std::stable_sort(fused.begin(), fused.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    return fused;
}

HybridSearch::HybridSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<KnowledgeHit> HybridSearch::entries(const QStringList &ids, const QString &query) const
{
    QList<KnowledgeHit> hits;
    for (const QString &id : ids) {
        storage::SqlQuery q(m_db,
            QStringLiteral(
                "SELECT title, category, content FROM knowledge WHERE id = ? AND archived = 0"));
        q.bind(id).exec();
        if (!q.next())
            continue;
        KnowledgeHit hit;
        hit.id = id;
        hit.title = q.value(0).toString();
        hit.category = q.value(1).toString();
        hit.content = q.value(2).toString();
        hit.sentences = KnowledgeSearch::relevantSentences(hit.content, query);
        hits.append(hit);
    }
    return hits;
}

QList<KnowledgeHit> HybridSearch::search(
    const QString &query, int limit, const VectorQuery *vectors) const
{
    if (limit <= 0)
        return {};
    const int candidates = std::max(kCandidates, limit * 2);
    const QList<KnowledgeHit> text = KnowledgeSearch(m_db).search(query, candidates);
    QHash<QString, KnowledgeHit> known;
    QStringList textRanking;
    for (const KnowledgeHit &hit : text) {
        known.insert(hit.id, hit);
        textRanking.append(hit.id);
    }

    QList<QStringList> rankings { textRanking };
    QHash<QString, double> similarity;
    if (vectors && vectors->entries && !vectors->query.isEmpty()) {
        QList<QPair<QString, double>> nearest;
        for (auto it = vectors->entries->cbegin(); it != vectors->entries->cend(); ++it) {
            const double s = EmbeddingVector::cosine(vectors->query, it.value());
            if (s >= kMinSimilarity)
                nearest.append({ it.key(), s });
        }
        // Ties (equal vectors) are broken by id so the ranking does not depend on hashing.
        std::sort(nearest.begin(), nearest.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        QStringList vectorRanking;
        for (const auto &[id, s] : std::as_const(nearest)) {
            if (vectorRanking.size() >= candidates)
                break;
            vectorRanking.append(id);
            similarity.insert(id, s);
        }
        rankings.append(vectorRanking);
    }

    const double maximum = RankFusion::maximum(int(rankings.size()));
    QList<KnowledgeHit> hits;
    QStringList missing;
    const QList<QPair<QString, double>> fused = RankFusion::fuse(rankings);
    for (const auto &[id, score] : fused) {
        if (hits.size() >= limit)
            break;
        if (!known.contains(id))
            missing.append(id);
        KnowledgeHit ranked;
        ranked.id = id;
        ranked.score = score / maximum;
        hits.append(ranked);
    }
    try {
        for (const KnowledgeHit &hit : entries(missing, query))
            known.insert(hit.id, hit);
    } catch (const storage::StorageError &error) {
        ops::Logging::get("ai")->error("knowledge vector hits unreadable: {}", error.what());
    }
    QList<KnowledgeHit> result;
    for (const KnowledgeHit &ranked : std::as_const(hits)) {
        if (!known.contains(ranked.id))
            continue; // archived or deleted since it was embedded
        KnowledgeHit hit = known.value(ranked.id);
        hit.score = ranked.score;
        hit.similarity = similarity.value(hit.id);
        hit.vectorRank = rankings.size() > 1 ? int(rankings.at(1).indexOf(hit.id)) + 1 : 0;
        result.append(hit);
    }
    return result;
}

} // namespace jack::ai
