#pragma once
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! One knowledge entry that answers a guest's question.
struct KnowledgeHit {
    QString id, title, category, content;
    double score = 0.0; //!< higher is better (negated FTS5 bm25)
    QStringList sentences; //!< the sentences of content most relevant to the query, verbatim
};

//! Full-text search over the hotel's knowledge (FTS5 bm25), with the guest's words expanded
//! through the multilingual synonym lexicon ("contraseña" -> "password", "wifi").
class KnowledgeSearch {
public:
    explicit KnowledgeSearch(QSqlDatabase db);

    //! Best entries first, archived entries never; empty when nothing matches or the query has
    //! no searchable word. Never throws: a database error is logged and gives no hits.
    [[nodiscard]] QList<KnowledgeHit> search(const QString &query, int limit = 5) const;

    //! The FTS5 MATCH expression for a guest's text: every word quoted, OR-ed; empty when
    //! nothing is left to search for. Raw guest text never reaches MATCH.
    [[nodiscard]] static QString matchExpression(const QString &query);
    //! The content split into sentences, verbatim.
    [[nodiscard]] static QStringList sentences(const QString &content);
    //! The sentences of content that contain the query's words (or their synonyms), in order.
    [[nodiscard]] static QStringList relevantSentences(
        const QString &content, const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace jack::ai
