#include "ai/knowledge/typocorrector.h"

#include "ops/logging.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QList>
#include <algorithm>

namespace jack::ai {

namespace {
// Below five letters a single edit turns most words into other real words ("pad" -> "pay").
constexpr int kMinLengthOneEdit = 5;
constexpr int kMinLengthTwoEdits = 8;

struct Candidate {
    QString term;
    int documents = 0;
};
} // namespace

TypoCorrector::TypoCorrector(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int TypoCorrector::allowedDistance(const QString &word)
{
    if (word.size() >= kMinLengthTwoEdits)
        return 2;
    return word.size() >= kMinLengthOneEdit ? 1 : 0;
}

int TypoCorrector::distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    const int n = int(a.size());
    const int m = int(b.size());
    // Three rows: the one before last is needed for transpositions.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

bool TypoCorrector::known(const QString &word) const
{
    storage::SqlQuery exact(
        m_db, QStringLiteral("SELECT 1 FROM knowledge_words_vocab WHERE term = ?"));
    exact.bind(word).exec();
    if (exact.next())
        return true;
    // The stemmed index may still match ("towels" -> towel): then nothing needs fixing.
    QString phrase = word;
    phrase.replace(u'"', QStringLiteral("\"\""));
    storage::SqlQuery stemmed(
        m_db, QStringLiteral("SELECT 1 FROM knowledge_fts WHERE knowledge_fts MATCH ? LIMIT 1"));
    stemmed.bind(u'"' + phrase + u'"').exec();
    return stemmed.next();
}

QStringList TypoCorrector::corrections(const QStringList &words) const
{
    QStringList unknown;
    QStringList result;
    try {
        for (const QString &word : words) {
            if (allowedDistance(word) > 0 && !known(word) && !unknown.contains(word))
                unknown.append(word);
        }
        if (unknown.isEmpty())
            return result;
        int shortest = 1000, longest = 0;
        for (const QString &word : std::as_const(unknown)) {
            shortest = std::min(shortest, int(word.size()) - allowedDistance(word));
            longest = std::max(longest, int(word.size()) + allowedDistance(word));
        }
        QList<Candidate> vocabulary;
        storage::SqlQuery q(m_db,
            QStringLiteral("SELECT term, doc FROM knowledge_words_vocab "
                           "WHERE length(term) BETWEEN ? AND ?"));
        q.bind(shortest).bind(longest).exec();
        while (q.next())
            vocabulary.append({ q.value(0).toString(), q.value(1).toInt() });
        for (const QString &word : std::as_const(unknown)) {
            const int allowed = allowedDistance(word);
            const Candidate *best = nullptr;
            int bestDistance = allowed + 1;
            for (const Candidate &candidate : std::as_const(vocabulary)) {
                // Guests rarely get the first letter wrong, and keeping it keeps real words
                // apart ("around" is not a misspelt "ground").
                if (candidate.term.at(0) != word.at(0))
                    continue;
                const int d = distance(word, candidate.term, std::min(allowed, bestDistance));
                if (d < bestDistance
                    || (d == bestDistance && best && d <= allowed
                        && candidate.documents > best->documents)) {
                    best = &candidate;
                    bestDistance = d;
                }
            }
            if (best && bestDistance <= allowed && !result.contains(best->term))
                result.append(best->term);
        }
    } catch (const storage::StorageError &error) {
        // Without the vocabulary the search still runs, only without spelling fixes.
        ops::Logging::get("ai")->warn("spelling correction unavailable: {}", error.what());
        result.clear();
    }
    return result;
}

} // namespace jack::ai
