#pragma once
#include "ai/knowledgesearch.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! Reciprocal rank fusion (Cormack et al. 2009): an item's score is the sum over the rankings
//! that hold it of 1 / (k + rank). Robust to rankers whose scores have unrelated scales.
class RankFusion {
public:
    static constexpr int kDefaultK = 60;
    //! Ids with their fused score, best first; equal scores keep the order of first appearance
    //! (the first ranking wins a tie).
    [[nodiscard]] static QList<QPair<QString, double>> fuse(
        const QList<QStringList> &rankings, int k = kDefaultK);
    //! The highest fused score possible with `rankings` lists: first in all of them.
    [[nodiscard]] static double maximum(int rankings, int k = kDefaultK)
    {
        return rankings / double(k + 1);
    }
};

//! The query's embedding and the stored vectors it is compared with (same provider and model).
struct VectorQuery {
    QList<float> query;
    const QHash<QString, QList<float>> *entries = nullptr; //!< entry id -> vector
};

//! Hybrid retrieval over the knowledge base: full-text hits (KnowledgeSearch) and nearest
//! vectors (cosine) merged by reciprocal rank fusion; without a query vector it is the
//! full-text ranking alone.
class HybridSearch {
public:
    //! Vectors below this cosine are not neighbours (keeps "helicopter pad" from matching).
    static constexpr double kMinSimilarity = 0.3;

    explicit HybridSearch(QSqlDatabase db);

    //! Best first, at most `limit`; `score` is the fused score divided by its maximum for the
    //! rankings used, so 0..1 (1: first in every ranking). Never throws.
    [[nodiscard]] QList<KnowledgeHit> search(
        const QString &query, int limit, const VectorQuery *vectors = nullptr) const;

private:
    [[nodiscard]] QList<KnowledgeHit> entries(const QStringList &ids, const QString &query) const;

    QSqlDatabase m_db;
};

} // namespace jack::ai
