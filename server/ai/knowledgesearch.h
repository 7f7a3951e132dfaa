#pragma once
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! One knowledge entry that answers a guest's question.
struct KnowledgeHit {
    QString id, title, category, content;
    double score = 0.0; //!< higher is better (negated FTS5 bm25; hybrid search: 0..1)
    QStringList sentences; //!< the sentences of content most relevant to the query, verbatim
    double bm25 = 0.0; //!< negated FTS5 bm25, 0 when full-text search did not find it
    double similarity = 0.0; //!< cosine with the query's embedding, 0 without one
    int textRank = 0; //!< 1-based place in the full-text ranking, 0 when absent
    int vectorRank = 0; //!< 1-based place in the vector ranking, 0 when absent

    //! As the search API serves it: id, title, category, score, content, sentences, ranks.
    [[nodiscard]] QJsonObject toJson() const;
};

//! Full-text search over the hotel's knowledge (FTS5 bm25), with the guest's words expanded
//! through the multilingual synonym lexicon ("contraseña" -> "password", "wifi") and words
//! the index does not know replaced by their closest indexed spelling ("brekfast").
class KnowledgeSearch {
public:
    explicit KnowledgeSearch(QSqlDatabase db);

    //! Best entries first, archived entries never; empty when nothing matches or the query has
    //! no searchable word. Never throws: a database error is logged and gives no hits.
    [[nodiscard]] QList<KnowledgeHit> search(const QString &query, int limit = 5) const;

    //! The FTS5 MATCH expression for a guest's text: every word quoted, OR-ed; empty when
    //! nothing is left to search for. Raw guest text never reaches MATCH.
    [[nodiscard]] static QString matchExpression(const QString &query);
    //! matchExpression() plus the spelling corrections this database's vocabulary suggests
    //! for words that match nothing and no synonym covers.
    [[nodiscard]] QString tolerantMatchExpression(const QString &query) const;
    //! The content split into sentences, verbatim.
    [[nodiscard]] static QStringList sentences(const QString &content);
    //! The sentences of content that contain the query's words (or their synonyms), in order.
    [[nodiscard]] static QStringList relevantSentences(
        const QString &content, const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace jack::ai
