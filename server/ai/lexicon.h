#pragma once
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jack::ai {

//! One word of a guest message: folded (lowercase, no accents) and lightly stemmed.
struct Token {
    QString word;
    QString stem;
};

//! A lexicon entry: a phrase of one or more words, each matched by stem or, with a trailing
//! '*', as a prefix ("funktionier*"); "fire^2" weighs 2.
struct Term {
    QStringList words; //!< stems, or folded prefixes where prefix[i]
    QList<bool> prefix;
    double weight = 1.0;
};

//! A product a guest can ask for ("towels"), with the words that name it in one language.
struct LexiconItem {
    QString name; //!< English, used in tasks: "towels"
    QList<Term> terms;
    QString one; //!< label for the guest reply, singular and plural
    QString many;
};

//! Everything Jack knows about one language: function words, cues, topics, items and the
//! reply templates.
struct LanguageLexicon {
    QString code;
    QHash<QString, double> vocabulary; //!< folded word -> weight for language detection
    QHash<QString, QList<Term>> cues; //!< "question", "request", "problem", "negatedRequest"
    QHash<QString, QList<Term>> topics;
    QHash<QString, int> numbers; //!< folded number word -> value
    QStringList roomWords; //!< folded words introducing a room number ("room", "quarto")
    QList<LexiconItem> items;
    QJsonObject replies; //!< template name -> text with {placeholders}
    QJsonObject labels; //!< intent -> short noun phrase for acknowledgements
    QJsonObject departments; //!< department -> name of the team in this language
};

//! How a topic becomes an intent depending on what the guest does with it.
struct TopicRoute {
    QHash<QString, QString> byAct; //!< "question" | "request" | "problem" | "default" -> intent
    QString negated; //!< intent a negated request turns into ("don't clean" -> request.dnd)
};

//! A group of words in any language that mean the same thing to the knowledge base.
struct Synonym {
    QList<Term> terms;
    QStringList expand; //!< English words or phrases to search for
    bool sentencesOnly = false; //!< only used to pick sentences, never sent to the index
};

//! The lexicons compiled into jack-ai (resources/lexicons), loaded once, and the text
//! normalisation every part of the offline engine shares.
class Lexicon {
public:
    //! The lexicons from :/lexicons; loaded on first use, thread-safe, never unloaded.
    [[nodiscard]] static const Lexicon &shared();

    //! Lowercase, accents removed, ß -> ss, æ/œ -> ae/oe.
    [[nodiscard]] static QString fold(const QString &text);
    //! Folded words; "don't" -> "dont", "l'eau" -> "l", "eau"; hyphens separate words
    //! ("wi-fi" -> "wi", "fi"; "pouvez-vous" -> "pouvez", "vous"), as in the FTS5 tokenizer.
    [[nodiscard]] static QList<Token> tokenize(const QString &text);
    //! Light suffix stripping shared by all languages (plurals, -ing, -ed, -en, -er, -e).
    [[nodiscard]] static QString stem(const QString &word);
    [[nodiscard]] static Term parseTerm(const QString &spec);
    //! Start positions where the term occurs in the tokens.
    [[nodiscard]] static QList<int> find(const QList<Token> &tokens, const Term &term);

    [[nodiscard]] const LanguageLexicon *language(const QString &code) const;
    [[nodiscard]] QStringList languageCodes() const { return m_codes; }
    //! Topic terms that are the same in every language ("wifi", "spa", "taxi").
    [[nodiscard]] const QHash<QString, QList<Term>> &sharedTopics() const { return m_sharedTopics; }
    [[nodiscard]] const QHash<QString, TopicRoute> &routes() const { return m_routes; }
    //! Intents in tie-break order: earlier wins an equal score.
    [[nodiscard]] const QStringList &precedence() const { return m_precedence; }
    [[nodiscard]] const QList<Synonym> &synonyms() const { return m_synonyms; }
    //! Function words of every language; never sent to the knowledge index.
    [[nodiscard]] const QSet<QString> &stopwords() const { return m_stopwords; }
    //! Staff-facing English names of the tasks an intent opens ("Late check-out").
    [[nodiscard]] const QJsonObject &taskLabels() const { return m_taskLabels; }

private:
    Lexicon();
    void loadCommon(const QJsonObject &root);
    void loadLanguage(const QJsonObject &root);

    QStringList m_codes;
    QHash<QString, LanguageLexicon> m_languages;
    QHash<QString, QList<Term>> m_sharedTopics;
    QHash<QString, TopicRoute> m_routes;
    QStringList m_precedence;
    QList<Synonym> m_synonyms;
    QSet<QString> m_stopwords;
    QJsonObject m_taskLabels;
};

} // namespace jack::ai
