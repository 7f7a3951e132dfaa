#include "ai/knowledgesearch.h"

#include "ai/knowledge/typocorrector.h"
#include "ai/lexicon.h"
#include "ops/logging.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace jack::ai {

namespace {

//! The words of a query worth searching for, and the synonyms they bring in.
struct QueryTerms {
    QStringList words; //!< folded single words from the guest
    QStringList expansions; //!< words or phrases from the synonym lexicon
    QStringList sentenceHints; //!< only used to pick sentences
    QStringList uncovered; //!< words no synonym phrase took: candidates for spelling fixes
};

QueryTerms queryTerms(const QString &query)
{
    const Lexicon &lexicon = Lexicon::shared();
    const QList<Token> tokens = Lexicon::tokenize(query);
    QueryTerms terms;
    for (const Token &token : tokens) {
        if (token.word.size() < 2 || lexicon.stopwords().contains(token.stem))
            continue;
        if (!terms.words.contains(token.word))
            terms.words.append(token.word);
    }
    // Longest synonym phrases first, each word used once: "pequeno almoco" is breakfast,
    // not also "almoco" (lunch).
    struct Found {
        const Synonym *synonym;
        int start;
        int length;
    };
    QList<Found> found;
    for (const Synonym &synonym : lexicon.synonyms()) {
        for (const Term &term : synonym.terms) {
            for (int start : Lexicon::find(tokens, term))
                found.append({ &synonym, start, int(term.words.size()) });
        }
    }
    std::stable_sort(found.begin(), found.end(),
        [](const Found &a, const Found &b) { return a.length > b.length; });
    QList<bool> used(tokens.size(), false);
    QList<const Synonym *> accepted;
    for (const Found &match : std::as_const(found)) {
        // Sentence hints ("how much", "when") never compete with the topic words.
        if (!match.synonym->sentencesOnly) {
            const auto begin = used.begin() + match.start;
            if (std::any_of(begin, begin + match.length, [](bool u) { return u; }))
                continue;
            std::fill(begin, begin + match.length, true);
        }
        if (!accepted.contains(match.synonym))
            accepted.append(match.synonym);
    }
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (!used.at(i) && token.word.size() >= 2 && !lexicon.stopwords().contains(token.stem)
            && !terms.uncovered.contains(token.word))
            terms.uncovered.append(token.word);
    }
    for (const Synonym *synonym : std::as_const(accepted)) {
        for (const QString &expansion : synonym->expand) {
            QStringList &target = synonym->sentencesOnly ? terms.sentenceHints : terms.expansions;
            if (!target.contains(expansion))
                target.append(expansion);
        }
    }
    return terms;
}

QString quoted(const QString &phrase)
{
    QStringList words;
    for (const Token &token : Lexicon::tokenize(phrase))
        words.append(token.word);
    if (words.isEmpty())
        return {};
    QString text = words.join(u' ');
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

QString expression(const QStringList &words)
{
    QStringList parts;
    for (const QString &word : words) {
        const QString part = quoted(word);
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral(" OR "));
}

} // namespace

QJsonObject KnowledgeHit::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("category"), category }, { QStringLiteral("score"), score },
        { QStringLiteral("content"), content },
        { QStringLiteral("sentences"), QJsonArray::fromStringList(sentences) },
        { QStringLiteral("textRank"), textRank }, { QStringLiteral("vectorRank"), vectorRank },
        { QStringLiteral("similarity"), similarity } };
}

KnowledgeSearch::KnowledgeSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString KnowledgeSearch::matchExpression(const QString &query)
{
    const QueryTerms terms = queryTerms(query);
    return expression(terms.words + terms.expansions);
}

QString KnowledgeSearch::tolerantMatchExpression(const QString &query) const
{
    const QueryTerms terms = queryTerms(query);
    const QStringList corrections = TypoCorrector(m_db).corrections(terms.uncovered);
    return expression(terms.words + terms.expansions + corrections);
}

QStringList KnowledgeSearch::sentences(const QString &content)
{
    static const QRegularExpression boundary(QStringLiteral("(?<=[.!?])\\s+"));
    QStringList result;
    for (const QString &sentence : content.split(boundary, Qt::SkipEmptyParts)) {
        const QString trimmed = sentence.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QStringList KnowledgeSearch::relevantSentences(const QString &content, const QString &query)
{
    const QueryTerms terms = queryTerms(query);
    QList<Term> wanted;
    for (const QString &word : terms.words + terms.expansions + terms.sentenceHints) {
        const Term term = Lexicon::parseTerm(word);
        if (!term.words.isEmpty())
            wanted.append(term);
    }
    const QStringList all = sentences(content);
    QList<QPair<int, int>> scored; // (matches, position)
    for (int i = 0; i < all.size(); ++i) {
        const QList<Token> tokens = Lexicon::tokenize(all.at(i));
        int matches = 0;
        for (const Term &term : std::as_const(wanted)) {
            if (!Lexicon::find(tokens, term).isEmpty())
                ++matches;
        }
        if (matches > 0)
            scored.append({ matches, i });
    }
    if (scored.isEmpty())
        return all.isEmpty() ? QStringList() : QStringList { all.first() };
    // At most three sentences, the best ones, told in the entry's own order.
    std::stable_sort(scored.begin(), scored.end(),
        [](const auto &a, const auto &b) { return a.first > b.first; });
    scored = scored.mid(0, 3);
    std::sort(scored.begin(), scored.end(),
        [](const auto &a, const auto &b) { return a.second < b.second; });
    QStringList picked;
    for (const auto &[matches, position] : std::as_const(scored))
        picked.append(all.at(position));
    return picked;
}

QList<KnowledgeHit> KnowledgeSearch::search(const QString &query, int limit) const
{
    QList<KnowledgeHit> hits;
    if (limit <= 0)
        return hits;
    const QueryTerms terms = queryTerms(query);
    const QStringList corrections = TypoCorrector(m_db).corrections(terms.uncovered);
    const QString match = expression(terms.words + terms.expansions + corrections);
    if (match.isEmpty())
        return hits;
    // Sentences are picked with the corrected spelling too ("brekfast" quotes breakfast).
    const QString sentenceQuery
        = corrections.isEmpty() ? query : query + u' ' + corrections.join(u' ');
    QElapsedTimer timer;
    timer.start();
    try {
        // Title and keywords weigh more than the body text.
        storage::SqlQuery q(m_db,
            QStringLiteral("SELECT k.id, k.title, k.category, k.content, "
                           "bm25(knowledge_fts, 4.0, 1.0, 3.0) AS rank "
                           "FROM knowledge_fts JOIN knowledge k ON k.rowid = knowledge_fts.rowid "
                           "WHERE knowledge_fts MATCH ? AND k.archived = 0 "
                           "ORDER BY rank LIMIT ?"));
        q.bind(match).bind(limit).exec();
        while (q.next()) {
            KnowledgeHit hit;
            hit.id = q.value(0).toString();
            hit.title = q.value(1).toString();
            hit.category = q.value(2).toString();
            hit.content = q.value(3).toString();
            hit.score = -q.value(4).toDouble();
            hit.bm25 = hit.score;
            hit.textRank = int(hits.size()) + 1;
            hit.sentences = relevantSentences(hit.content, sentenceQuery);
            hits.append(hit);
        }
    } catch (const storage::StorageError &error) {
        // The guest's words are not logged; the statement's error is enough to find the cause.
        ops::Logging::get("ai")->error(
            "knowledge search failed after {} ms: {}", timer.elapsed(), error.what());
        hits.clear();
    }
    return hits;
}

} // namespace jack::ai
